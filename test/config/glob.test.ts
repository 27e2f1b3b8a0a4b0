import { describe, expect, it } from 'vitest';
import { compileGlob, ignoreSource, isIgnored, matchesAny } from '../../src/config/glob.js';

const matches = (pattern: string, file: string) => matchesAny(file, [compileGlob(pattern)]);

describe('globs', () => {
  it.each([
    ['*.md', 'notes/a.md', true],
    ['*.md', 'a.md', true],
    ['*.md', 'a.txt', false],
    ['/*.md', 'notes/a.md', false],
    ['drafts/**', 'drafts/x/y.txt', true],
    ['drafts/**', 'news/drafts/y.txt', false],
    ['**/drafts/*.txt', 'news/drafts/y.txt', true],
    ['**/drafts/*.txt', 'drafts/y.txt', true],
    ['corpus/*.{txt,md}', 'corpus/a.md', true],
    ['corpus/*.{txt,md}', 'corpus/a.json', false],
    ['corpus/file-?.txt', 'corpus/file-1.txt', true],
    ['corpus/[!a]*.txt', 'corpus/a.txt', false],
    ['corpus/[!a]*.txt', 'corpus/b.txt', true],
    ['a+b (1).txt', 'x/a+b (1).txt', true],
  ])('%s matches %s: %s', (pattern, file, expected) => {
    expect(matches(pattern, file)).toBe(expected);
  });
});

describe('isIgnored', () => {
  const sources = [ignoreSource('/p', ['# comment', '', 'build/', '*.tmp', '/top.txt', 'corpus/*', '!corpus/keep.txt', 'drafts/', '!drafts/keep.txt'])];

  it.each([
    ['/p/build/a.txt', true],
    ['/p/x/build/a.txt', true],
    ['/p/build.txt', false],
    ['/p/a.tmp', true],
    ['/p/top.txt', true],
    ['/p/x/top.txt', false],
    ['/p/corpus/a.txt', true],
    ['/p/corpus/keep.txt', false],
    // Git cannot re-include a file inside an ignored directory, and neither does newsx.
    ['/p/drafts/keep.txt', true],
    ['/q/build/a.txt', false],
  ])('%s ignored: %s', (file, expected) => {
    expect(isIgnored(file, sources)).toBe(expected);
  });
});
