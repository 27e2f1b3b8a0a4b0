import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/lint/diff.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('');

describe('unifiedDiff', () => {
  it.each([
    ['equal texts give nothing', 'a\nb\n', 'a\nb\n', ''],
    ['a removed line with its context', 'a\nb\nc\n', 'a\nc\n', '--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,2 @@\n a\n-b\n c\n'],
    ['a changed line: removal before addition', 'a\nb\nc\n', 'a\nB\nc\n', '--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'],
    [
      'changes far apart make two hunks with three lines of context',
      lines(20),
      lines(20).replace('line 2\n', 'line two\n').replace('line 18\n', 'line eighteen\n'),
      '--- a/f.txt\n+++ b/f.txt\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n' +
        '@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+line eighteen\n line 19\n line 20\n',
    ],
    ['CRLF lines keep their CRs', 'a\r\nPRE\r\nb\r\n', 'a\r\nb\r\n', '--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,2 @@\n a\r\n-PRE\r\n b\r\n'],
    ['a last line without a line break is marked', 'a\nb', 'a\nc', '--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n'],
    ['everything removed', 'x\n', '', '--- a/f.txt\n+++ b/f.txt\n@@ -1 +0,0 @@\n-x\n'],
  ])('%s', (_name, before, after, diff) => {
    expect(unifiedDiff('f.txt', before, after)).toBe(diff);
  });
});
