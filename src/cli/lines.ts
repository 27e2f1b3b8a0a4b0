/** What a line reader yields in place of a line longer than its cap; the line's bytes were dropped. */
export const LINE_TOO_LONG = Symbol('line over the byte limit');

export type Line = string | typeof LINE_TOO_LONG;

/**
 * Splits a byte stream into UTF-8 lines (LF or CRLF). A line of more than `maxBytes` bytes is
 * never held: its bytes are dropped as they arrive and LINE_TOO_LONG takes its place, so one
 * enormous record cannot exhaust memory and the records after it are still read.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  const take = (part: Uint8Array) => {
    if (tooLong || part.length === 0) return;
    length += part.length;
    if (length > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(part);
  };
  const finish = (): Line => {
    const line = tooLong ? LINE_TOO_LONG : decoder.decode(concat(parts)).replace(/\r$/, '');
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || tooLong) yield finish();
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
