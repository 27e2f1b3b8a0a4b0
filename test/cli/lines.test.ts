import { describe, expect, it } from 'vitest';
import { LINE_TOO_LONG, splitLines } from '../../src/cli/lines.js';

async function lines(chunks: string[], maxBytes?: number) {
  const out = [];
  for await (const line of splitLines(chunks.map((chunk) => new TextEncoder().encode(chunk)), maxBytes)) out.push(line);
  return out;
}

describe('splitLines', () => {
  it.each([
    ['LF and CRLF lines', ['a\nb\r\nc'], undefined, ['a', 'b', 'c']],
    ['a final line break adds no empty line', ['a\n'], undefined, ['a']],
    ['blank lines are kept (callers skip them and count them)', ['a\n\nb\n'], undefined, ['a', '', 'b']],
    ['lines across chunks', ['ab', 'c\nd', 'e'], undefined, ['abc', 'de']],
    ['a line at the cap is kept', ['abcd\nef'], 4, ['abcd', 'ef']],
    ['a line over the cap is replaced, the next ones kept', ['ab', 'cde', 'f\ng\n'], 4, [LINE_TOO_LONG, 'g']],
    ['an unterminated last line over the cap', ['ok\nabcdef'], 4, ['ok', LINE_TOO_LONG]],
    ['no input, no line', [], 4, []],
  ])('%s', async (_name, chunks, maxBytes, expected) => {
    expect(await lines(chunks, maxBytes)).toEqual(expected);
  });

  it('decodes a character split between two chunks', async () => {
    const bytes = new TextEncoder().encode('café\n');
    const out = [];
    for await (const line of splitLines([bytes.subarray(0, 4), bytes.subarray(4)])) out.push(line);
    expect(out).toEqual(['café']);
  });
});
