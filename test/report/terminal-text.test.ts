import { describe, expect, it } from 'vitest';
import { shortenLine, terminalLine } from '../../src/report/terminal-text.js';

/** What a terminal would act on: any of these reaching stdout raw is an injection. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalLine', () => {
  it.each([
    ['plain prose', 'The council said so.', 'The council said so.'],
    ['curly quotes, accents, emoji, CJK and Arabic', '“Café” 🚢👩‍👩‍👧 東京 سلام', '“Café” 🚢👩‍👩‍👧 東京 سلام'],
    ['a literal backslash stays', 'C:\\news\\x1b', 'C:\\news\\x1b'],
    ['tabs and line breaks become one space', 'a\t\tb\r\nc\n\nd', 'a b c d'],
    ['ESC[2J (clear screen)', 'before\x1b[2Jafter', 'before\\x1b[2Jafter'],
    ['OSC 0 window title ended by BEL', '\x1b]0;pwned\x07text', '\\x1b]0;pwned\\x07text'],
    ['OSC 8 hyperlink', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', '\\x1b]8;;https://evil.example\\x1b\\click\\x1b]8;;\\x1b\\'],
    ['a C1 CSI and DEL', 'a\u009b2Jb\u007f', 'a\\x9b2Jb\\x7f'],
    ['a lone carriage return cannot overwrite the line', 'safe\rforged', 'safe forged'],
    ['bidi override and isolate', 'abc\u202edcba\u2066x\u2069', 'abc\\u202edcba\\u2066x\\u2069'],
    ['NUL and backspace', 'a\u0000b\bc', 'a\\x00b\\x08c'],
  ])('%s', (_name, input, expected) => {
    expect(terminalLine(input)).toBe(expected);
    expect(terminalLine(input)).not.toMatch(RAW_CONTROL);
  });
});

describe('shortenLine', () => {
  it.each([
    ['short text is kept whole', 'Short.', 10, 'Short.'],
    ['long text is cut with an ellipsis', 'abcdefghijkl', 8, 'abcdefg…'],
    ['a cut never splits a spelled-out escape', 'abcd\x1b[2J', 8, 'abcd…'],
    ['an escape that fits is kept whole', 'ab\x1b[2Jcdefgh', 10, 'ab\\x1b[2J…'],
    ['a cut never splits a surrogate pair', 'abcdef🚢gh', 8, 'abcdef…'],
    ['a cut never splits an emoji sequence', 'ab👩‍👩‍👧cdefghijkl', 8, 'ab…'],
  ])('%s', (_name, input, max, expected) => {
    const short = shortenLine(input, max);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(max);
    expect(short).not.toMatch(RAW_CONTROL);
  });
});
