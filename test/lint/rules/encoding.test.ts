import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lint/rules/index.js';
import { repairMojibake } from '../../../src/lint/rules/encoding.js';
import { decodeBytes } from '../../../src/article/decode.js';
import { lintText, unreadableResult } from '../../../src/lint/lint-text.js';
import { article, only } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const BROKEN = article('Ferry Resumes', 'The pier wouldnâ€™t have survived; the cafÃ© reopens. Bad \uFFFD\uFFFD here and a bell \u0007 there.');

ruleTester('encoding', {
  valid: [
    { name: 'accented text, tabs and CRLF line ends', text: article('Café Owners Protest', 'Renée Martin runs a café in São Paulo.\tShe said so.\r\nThe end.') },
    { name: 'curly quotes and dashes written as themselves', text: article('Talks Go On', '“We’re close,” she said — and left.') },
  ],
  invalid: [
    {
      name: 'mojibake with the character it meant, replacement and control characters',
      text: BROKEN,
      errors: [
        { messageId: 'mojibake', data: { text: 'â€™', fix: ' (meant "’")' }, text: 'â€™', message: 'Mojibake "â€™": UTF-8 that was read as Windows-1252 (meant "’").' },
        { messageId: 'mojibake', data: { text: 'Ã©', fix: ' (meant "é")' }, text: 'Ã©' },
        { messageId: 'replacement', text: '\uFFFD\uFFFD' },
        { messageId: 'control', data: { code: 'U+0007' }, text: '\u0007' },
      ],
      output: BROKEN.replace('â€™', '’').replace('Ã©', 'é'),
    },
    {
      name: 'a byte-order mark read as Windows-1252',
      text: article('Ferry Resumes', 'ï»¿The pier reopened on Friday.'),
      errors: [{ messageId: 'mojibake', data: { text: 'ï»¿', fix: ' (meant "byte-order mark")' }, text: 'ï»¿' }],
      output: article('Ferry Resumes', 'The pier reopened on Friday.'),
    },
    {
      name: 'only control characters: nothing to fix',
      text: article('Ferry Resumes', 'A bell \u0007 rang.'),
      errors: [{ messageId: 'control', data: { code: 'U+0007' }, text: '\u0007' }],
      output: null,
    },
  ],
});

describe('encoding: files that are not text', () => {
  it.each([
    ['binary', 'binary file (NUL byte at offset 3)', 'binary', { problem: 'NUL byte at offset 3' }],
    ['invalid-utf8', 'not valid UTF-8 (byte 0xE9 at offset 10)', 'notUtf8', { problem: 'not valid UTF-8 (byte 0xE9 at offset 10)' }],
  ])('%s is a fatal encoding finding', (code, problem, messageId, data) => {
    const [message] = unreadableResult('x.txt', { code, message: problem }, only('encoding')).messages;
    expect(message).toMatchObject({ ruleId: 'encoding', messageId, data, fatal: true, severity: 'error' });
    expect(message!.message).toBe(rules.get('encoding')!.meta.messages[messageId]!.replace('{{problem}}', data.problem));
  });

  it('is a fatal message without a rule when encoding is off', () => {
    const [message] = unreadableResult('x.txt', { code: 'binary', message: 'binary file (NUL byte at offset 3)' }, only('title-style')).messages;
    expect(message).toMatchObject({ ruleId: null, message: 'Cannot lint this file: binary file (NUL byte at offset 3).', fatal: true });
    expect(message!.messageId).toBeUndefined();
  });
});

describe('encoding: a file read as Windows-1252', () => {
  const bytes = Buffer.from('Fuel Duty Rises\n\nThe levy rose by 5p to \xa352.95 a barrel, the Treasury said.\n', 'latin1');

  it('reports the first byte that is not UTF-8 at its own line and column, and lints the rest', () => {
    const { text, fallback } = decodeBytes(bytes);
    const { messages } = lintText(text, { config: only('encoding'), fallback });
    expect(messages).toMatchObject([
      { ruleId: 'encoding', messageId: 'readAsWindows1252', data: { byte: 'a3' }, line: 3, column: 24, span: { start: 40, end: 41, text: '£' }, severity: 'error' },
    ]);
    expect(messages[0]!.fatal).toBeUndefined();
    expect(messages[0]!.message).toBe('The file is not valid UTF-8 (byte 0xa3 here) and was read as Windows-1252; save it as UTF-8.');
  });

  it.each([
    ['UTF-8', Buffer.from('Fuel Duty Rises\n\nThe levy rose by 5p to £52.95.\n'), 'auto'],
    ['Windows-1252 asked for by name', bytes, 'windows-1252'],
  ] as const)('says nothing for %s', (_name, input, encoding) => {
    const { text, fallback } = decodeBytes(input, { encoding });
    expect(lintText(text, { config: only('encoding'), fallback }).messages).toEqual([]);
  });

  it('puts a fatal finding on a file named UTF-8 at its first bad byte, not at 1:1', () => {
    const position = { offset: 40, line: 3, column: 24 };
    const [message] = unreadableResult('x.txt', { code: 'invalid-utf8', message: 'not valid UTF-8 (byte 0xa3 at line 3, column 24, offset 40)', position }, only('encoding')).messages;
    expect(message).toMatchObject({ ruleId: 'encoding', messageId: 'notUtf8', fatal: true, line: 3, column: 24, endLine: 3, endColumn: 24, span: { start: 40, end: 40, text: '' } });
  });
});

describe('repairMojibake', () => {
  it('reads mojibake back into the bytes it came from', () => {
    expect(repairMojibake('â€œ')).toBe('“');
    expect(repairMojibake('Ã©')).toBe('é');
    expect(repairMojibake('ï»¿')).toBe('byte-order mark');
    expect(repairMojibake('Ã(')).toBeNull();
  });
});
