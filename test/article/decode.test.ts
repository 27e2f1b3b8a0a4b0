import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError, encodeText } from '../../src/article/decode.js';

const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Uint8Array.from([0xfe, 0xff, ...be]);
};

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Café “quoted”'), 'Café “quoted”', false],
    ['UTF-8 with a BOM (dropped)', Buffer.from('\uFEFFHello'), 'Hello', true],
    ['UTF-16LE with a BOM', utf16le('Zelenskyy said “no”'), 'Zelenskyy said “no”', true],
    ['UTF-16BE with a BOM', utf16be('Kyiv'), 'Kyiv', true],
    ['empty', new Uint8Array(), '', false],
  ])('%s', (_name, bytes, text, bom) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.bom).toBe(bom);
  });

  it.each([
    ['Latin-1 bytes', Buffer.from('caf\xe9 au lait', 'latin1'), 'invalid-utf8', /not valid UTF-8 \(byte 0xe9 at offset 3\)/],
    ['a NUL byte', Buffer.from('abc\0def'), 'binary', /binary file \(NUL byte at offset 3\)/],
    ['a truncated sequence', Uint8Array.from([0x61, 0xe2, 0x80]), 'invalid-utf8', /offset 1/],
  ])('rejects %s with a one-line reason', (_name, bytes, code, message) => {
    let error: unknown;
    try {
      decodeBytes(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).code).toBe(code);
    expect((error as DecodeError).message).toMatch(message);
    expect((error as DecodeError).message).not.toContain('\n');
  });

  it('refuses input over the size limit before decoding', () => {
    expect(() => decodeBytes(new Uint8Array(11), { maxBytes: 10 })).toThrow(/over the 10 bytes limit/);
  });
});

describe('encodeText', () => {
  it.each([
    ['UTF-8', [...new TextEncoder().encode('Café “ok”\r\n')]],
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café “ok”\r\n')]],
    ['UTF-16LE', [0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde]],
    ['UTF-16BE', [0xfe, 0xff, 0x00, 0x43, 0x00, 0xe9, 0xd8, 0x3d, 0xde, 0x00]],
  ])('gives back the bytes %s text was decoded from', (_name, bytes) => {
    const decoded = decodeBytes(new Uint8Array(bytes));
    expect([...encodeText(decoded)]).toEqual(bytes);
  });
});
