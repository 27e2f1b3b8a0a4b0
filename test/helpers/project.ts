import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const lintCorpus = path.resolve(__dirname, '../../fixtures/lint/corpus');

/** A temporary project with some of the lint fixture corpus copied into `corpus/`, and files written as given. */
export function project(files: Record<string, string> = {}, copy: string[] = ['clean.txt']): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-project-'));
  mkdirSync(path.join(dir, 'corpus'));
  for (const name of copy) cpSync(path.join(lintCorpus, name), path.join(dir, 'corpus', name));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
