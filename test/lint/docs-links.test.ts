import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { main } from '../../src/cli/main.js';
import { docsLinksFromPackage, ruleDocsUrl, type PackageLinks } from '../../src/lint/docs-links.js';
import { fakeIo } from '../helpers/io.js';

describe('docsLinksFromPackage', () => {
  const GITHUB = { base: 'https://github.com/acme/newsx/blob/HEAD/docs/rules/', home: 'https://github.com/acme/newsx' };
  it.each<[string, PackageLinks, ReturnType<typeof docsLinksFromPackage>]>([
    ['neither field: no web links', {}, null],
    ['a GitHub shorthand', { repository: 'github:acme/newsx' }, GITHUB],
    ['a bare owner/name, which npm reads as GitHub', { repository: 'acme/newsx' }, GITHUB],
    ['a git+https URL in an object', { repository: { type: 'git', url: 'git+https://github.com/acme/newsx.git' } }, GITHUB],
    ['an ssh URL on GitLab', { repository: 'git@gitlab.com:acme/newsx.git' }, { base: 'https://gitlab.com/acme/newsx/-/blob/HEAD/docs/rules/', home: 'https://gitlab.com/acme/newsx' }],
    [
      'a package in a monorepo directory',
      { repository: { url: 'https://github.com/acme/mono.git', directory: 'packages/newsx' } },
      { base: 'https://github.com/acme/mono/blob/HEAD/packages/newsx/docs/rules/', home: 'https://github.com/acme/mono' },
    ],
    ['a homepage on GitHub', { homepage: 'https://github.com/acme/newsx#readme' }, GITHUB],
    ['a homepage of its own', { homepage: 'https://newsx.example.org/' }, { base: 'https://newsx.example.org/docs/rules/', home: 'https://newsx.example.org/' }],
    ['a repository on an unknown host falls back to the homepage', { repository: 'https://example.org/x/y.git', homepage: 'https://newsx.example.org' }, { base: 'https://newsx.example.org/docs/rules/', home: 'https://newsx.example.org' }],
  ])('%s', (_name, pkg, links) => {
    expect(docsLinksFromPackage(pkg)).toEqual(links);
  });

  it('puts a rule page under its base, or at its path in the package', () => {
    expect(ruleDocsUrl('encoding', GITHUB.base)).toBe('https://github.com/acme/newsx/blob/HEAD/docs/rules/encoding.md');
    expect(ruleDocsUrl('encoding')).toBe('docs/rules/encoding.md');
  });
});

describe('newsx rules links every rule to a page that exists', () => {
  it('with no repository or homepage in package.json, to the pages shipped in the package', async () => {
    const io = fakeIo();
    expect(await main(['rules', '--format', 'json'], io)).toBe(0);
    const list = JSON.parse(io.out()) as Array<{ id: string; docs: string }>;
    const web = docsLinksFromPackage(packageJson as PackageLinks);
    for (const { id, docs } of list) {
      if (web) expect(docs).toBe(`${web.base}${id}.md`);
      else expect(existsSync(docs), docs).toBe(true);
    }
  });
});
