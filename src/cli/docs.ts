import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import { docsLinksFromPackage, type PackageLinks } from '../lint/docs-links.js';

/**
 * Where `newsx rules` and SARIF link each rule: the web folder package.json names (`repository`
 * or `homepage`), else the pages shipped in the installed package, by their absolute path, so
 * every link opens something.
 */
export function ruleDocsLinks(): { docsBase: string; homepage?: string } {
  const links = docsLinksFromPackage(packageJson as PackageLinks);
  if (links) return { docsBase: links.base, homepage: links.home };
  return { docsBase: `${path.join(packageRoot(), 'docs', 'rules')}${path.sep}` };
}

/** The folder of newsx's package.json, found upwards from this module (dist/ when built, src/cli/ in tests). */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === packageJson.name) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
