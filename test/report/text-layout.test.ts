import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/display-width.js';
import { columnWidths, table, wrapRuns } from '../../src/report/text-layout.js';

const plain = (lines: Array<{ text: string }>) => lines.map((l) => l.text);

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'Kyiv', 4],
    ['an empty string', '', 0],
    ['Latin letters with precomposed accents', 'Zelenskyy café', 14],
    ['a letter and a combining acute', 'Cafe\u0301', 4],
    ['Chinese, two columns each', '习近平', 6],
    ['Japanese kana', 'トランプ', 8],
    ['Hangul syllables', '서울', 4],
    ['fullwidth Latin', 'ＡＢ', 4],
    ['an emoji', '👍', 2],
    ['a family emoji joined by ZWJ, one grapheme', '👨‍👩‍👧', 2],
    ['a flag, two regional indicators', '🇺🇦', 2],
    ['zero-width space and joiner', 'a\u200bb\u200d', 2],
    ['Greek and Cyrillic, narrow', 'Ωмир', 4],
    ['typographic quotes and an ellipsis, narrow', '“…”', 3],
  ])('%s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapRuns', () => {
  it.each([
    ['fits on one line', 'Trump wrote on Friday', 40, ['Trump wrote on Friday']],
    ['breaks at spaces, never mid-word', 'the discussions were constructive and focused', 16, ['the discussions', 'were', 'constructive and', 'focused']],
    ['collapses newlines and runs of spaces', 'one\n two   three', 20, ['one two three']],
    ['cuts a word only when it is wider than the line', 'a supercalifragilistic word', 8, ['a', 'supercal', 'ifragili', 'stic', 'word']],
    ['cuts wide characters between graphemes', '中华人民共和国', 5, ['中华', '人民', '共和', '国']],
    ['keeps a letter with its combining mark', 'Cafe\u0301s', 4, ['Cafe\u0301', 's']],
    ['gives nothing for an empty cell', '', 10, []],
  ])('%s', (_, text, width, lines) => {
    expect(plain(wrapRuns([{ text }], width))).toEqual(lines);
  });

  it('shortens past maxLines with an ellipsis, at a word when one is near', () => {
    const lines = wrapRuns([{ text: 'one two three four five six seven eight nine ten' }], 12, 2);
    expect(plain(lines)).toEqual(['one two', 'three four…']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(12);
  });

  it('indents lines after the first by the hang, within the width', () => {
    const lines = wrapRuns([{ text: 'alpha beta gamma delta epsilon' }], 12, Infinity, 2);
    expect(plain(lines)).toEqual(['alpha beta', '  gamma', '  delta', '  epsilon']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(12);
  });

  it('styles each run after layout, so escape codes never count as columns', () => {
    const star = (s: string) => `*${s}*`;
    const lines = wrapRuns([{ text: 'Trump', style: star }, { text: ' wrote: ' }, { text: '“STOP now”', style: star }], 14);
    expect(plain(lines)).toEqual(['*Trump* wrote:', '*“STOP now”*']);
    expect(lines.map((l) => l.width)).toEqual([12, 10]);
  });
});

describe('table', () => {
  it('aligns columns by display width, so wide names line up', () => {
    const lines = table(
      [{ cells: [[{ text: '习近平' }], [{ text: 'Kyiv' }]] }, { cells: [[{ text: 'person' }], [{ text: 'place' }]] }],
      40,
    );
    expect(lines).toEqual(['  习近平  person', '  Kyiv    place']);
  });

  it('wraps a cell too long for its column under itself and keeps the row together', () => {
    const lines = table([{ cells: [[{ text: 'the early weeks of the conflict' }]] }, { cells: [[{ text: 'DATE' }]] }, { cells: [[{ text: 'unresolved' }]] }], 30);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[0]).toMatch(/^ {2}the early\b.* DATE {2}unresolved$/);
    expect(lines.slice(1).every((line) => line.startsWith('  ') && !line.includes('DATE'))).toBe(true);
  });

  it('gives no lines for no rows', () => {
    expect(table([{ cells: [] }], 80)).toEqual([]);
  });
});

describe('columnWidths', () => {
  it.each([
    ['all natural when they fit', [10, 8, 20], 80, [10, 8, 58], []],
    ['shrinks the widest first, leaving the last a fair share', [40, 8, 30], 60, [26, 8, 22], []],
    ['keeps a fixed column and shrinks the others', [30, 20, 30], 60, [14, 20, 22], [false, true]],
    ['gives way on a fixed column when nothing else fits', [12, 12, 30], 20, [2, 2, 12], [false, true]],
    ['one column takes everything', [100], 60, [60], []],
  ])('%s', (_, natural, available, widths, fixed: boolean[] = []) => {
    const got = columnWidths(natural, available, 2, fixed);
    expect(got).toEqual(widths);
    expect(got.reduce((a, b) => a + b, 0) + 2 * (got.length - 1)).toBe(available);
  });
});
