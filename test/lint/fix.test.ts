import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, MAX_FIX_PASSES, removeLines, type Fix } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/lint-text.js';

const fix = (start: number, end: number, text = ''): Fix => ({ range: [start, end], text });

describe('applyFixes', () => {
  it.each([
    ['no fixes', 'abcdef', [], 'abcdef', 0],
    ['one removal', 'abc:def', [fix(3, 4)], 'abcdef', 1],
    ['fixes in any order apply in text order', 'a-b-c', [fix(3, 4, '+'), fix(1, 2, '+')], 'a+b+c', 2],
    ['an insertion', 'ab', [fix(1, 1, 'X')], 'aXb', 1],
    ['an overlapping fix is skipped', 'abcdef', [fix(1, 4, 'X'), fix(2, 5, 'Y')], 'aXef', 1],
    ['a fix touching the one before is skipped, as in ESLint', 'abcdef', [fix(1, 3, 'X'), fix(3, 4, 'Y')], 'aXdef', 1],
    ['a fix out of the text is skipped', 'abc', [fix(2, 9, 'X')], 'abc', 0],
  ])('%s', (_name, text, fixes, output, applied) => {
    const result = applyFixes(text, fixes);
    expect(result.output).toBe(output);
    expect(result.applied).toHaveLength(applied);
    expect(result.applied.length + result.skipped.length).toBe(fixes.length);
  });
});

describe('fixText', () => {
  it('lints again after each pass until nothing is left to fix', () => {
    // Each pass removes one colon; the next lint finds the next one.
    const lint = (text: string) => ({ messages: text.includes(':') ? [{ fix: fix(text.indexOf(':'), text.indexOf(':') + 1) }] : [] });
    expect(fixText('a:b:c:', lint)).toEqual({ messages: [], output: 'abc' });
  });
  it(`stops after ${MAX_FIX_PASSES} passes of fixes that keep making fixes`, () => {
    let passes = 0;
    const lint = (text: string) => {
      passes++;
      return { messages: [{ fix: fix(0, 0, 'x') }], length: text.length };
    };
    expect(fixText('', lint).output).toBe('x'.repeat(MAX_FIX_PASSES));
    expect(passes).toBe(MAX_FIX_PASSES + 1);
  });
  it('has no output when nothing changed', () => {
    expect(fixText('clean', () => ({ messages: [{}] }))).toEqual({ messages: [{}] });
  });
  it('fixes the seed-like article in two passes and leaves the problems that have no fix', () => {
    const text = [
      'Council backs bike lanes',
      "Here's the Rewritten Article:",
      'Council Backs Bike Lanes:',
      'The council voted on Monday to build bike lanes on Main Street. The mayor wouldnâ€™t comment.',
      'The lanes open in May within the broader context of war-and-conflicts, politics, and general-news.',
      '',
      'Tags: politics, us-politics',
      '',
    ].join('\n');
    const result = fixText(text, (t) => lintText(t));
    expect(result.output).toBe(
      [
        'Council backs bike lanes',
        'Council Backs Bike Lanes',
        'The council voted on Monday to build bike lanes on Main Street. The mayor wouldn’t comment.',
        'The lanes open in May.',
        '',
      ].join('\n'),
    );
    expect(result.messages.filter((m) => m.fix)).toEqual([]);
  });
});

describe('removeLines', () => {
  it.each([
    ['a line between others', 'a\nPRE\nb', 'a\nb'],
    ['a line and the blank lines after it', 'a\n\nPRE\n\n\nb\n', 'a\n\nb\n'],
    ['the first line', 'PRE\nb', 'b'],
    ['CRLF line ends', 'a\r\nPRE\r\n\r\nb\r\n', 'a\r\nb\r\n'],
    ['the last line, keeping the final line break', 'a\n\nPRE\n', 'a\n'],
    ['the last line of a text without a final line break', 'a\n\nPRE', 'a'],
    ['the only line', 'PRE\n', ''],
    ['the next line keeps its indent', 'a\nPRE\n  b', 'a\n  b'],
  ])('%s', (_name, text, output) => {
    const start = text.indexOf('PRE');
    const removal = removeLines(text, { start, end: start + 3 });
    expect(removal).not.toBeNull();
    expect(applyFixes(text, [removal!]).output).toBe(output);
  });
  it('gives no fix when the range shares its line with other words', () => {
    expect(removeLines('a PRE\nb', { start: 2, end: 5 })).toBeNull();
    expect(removeLines('PRE b\nc', { start: 0, end: 3 })).toBeNull();
  });
});
