import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('where findings are', () => {
  it('gives lines and UTF-16 columns with CRLF, LF and CR line ends', () => {
    const text = 'Title Here\r\n\r\nb\nc\rd🚢\u0007e';
    const [message] = run('encoding', text);
    expect(message).toMatchObject({ span: { start: 21, end: 22, text: '\u0007' }, line: 5, column: 4, endLine: 5, endColumn: 5 });
  });
});
