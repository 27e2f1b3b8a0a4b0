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
    ['Latin-1 bytes read as UTF-8', Buffer.from('caf\xe9 au lait', 'latin1'), 'invalid-utf8', /not valid UTF-8 \(byte 0xe9 at line 1, column 4, offset 3\)/],
    ['a NUL byte', Buffer.from('abc\0def'), 'binary', /binary file \(NUL byte at offset 3\)/],
    ['a truncated sequence', Uint8Array.from([0x61, 0xe2, 0x80]), 'invalid-utf8', /offset 1/],
  ])('rejects %s with a one-line reason', (_name, bytes, code, message) => {
    let error: unknown;
    try {
      decodeBytes(bytes, { encoding: 'utf-8' });
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

/** A line as a BBC page saved from an old system has it: Windows-1252, £ as byte 0xA3. */
const BBC = Buffer.from('Fuel duty\r\n\r\nThe levy rose by 5p to \xa352.95 a barrel, the Treasury said.\r\n', 'latin1');
const cp1252 = (...bytes: number[]) => Uint8Array.from(bytes);

describe('decodeBytes --encoding auto', () => {
  it.each([
    ['UTF-8 stays UTF-8', Buffer.from('Price: £5'), 'Price: £5', 'utf-8', null],
    ['a BBC line with £ as byte 0xA3 falls back to Windows-1252', BBC, 'Fuel duty\r\n\r\nThe levy rose by 5p to £52.95 a barrel, the Treasury said.\r\n', 'windows-1252', { byte: 0xa3, byteOffset: 36, offset: 36, line: 3, column: 24 }],
    ['curly quotes and a euro sign as Windows-1252 bytes', cp1252(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35), '“Hi” €5', 'windows-1252', { byte: 0x93, byteOffset: 0, offset: 0, line: 1, column: 1 }],
    ['the five bytes Windows-1252 leaves undefined become control characters', cp1252(0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d), 'A\u0081\u008d\u008f\u0090\u009d', 'windows-1252', { byte: 0x81, byteOffset: 1, offset: 1, line: 1, column: 2 }],
    ['valid UTF-8 before the first bad byte is read as Windows-1252 too', Buffer.concat([Buffer.from('é\n'), cp1252(0xe9)]), 'Ã©\né', 'windows-1252', { byte: 0xe9, byteOffset: 3, offset: 3, line: 2, column: 1 }],
    ['UTF-16LE without a BOM, by its NUL bytes', Buffer.from('Kyiv said “no”.', 'utf16le'), 'Kyiv said “no”.', 'utf-16le', null],
    ['UTF-16BE without a BOM, by its NUL bytes', Buffer.from('Kyiv', 'utf16le').swap16(), 'Kyiv', 'utf-16be', null],
  ])('%s', (_name, bytes, text, encoding, fallback) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.fallback).toEqual(fallback);
    // The offset points at the bad byte's character in the decoded text.
    if (fallback) expect(decoded.text[fallback.offset]).toBe(decodeBytes(Uint8Array.of(fallback.byte), { encoding: 'windows-1252' }).text);
  });

  it.each([
    ['a NUL byte in text that is not UTF-16', Buffer.from('abc\0def'), 'binary'],
    ['a UTF-8 BOM before bytes that are not UTF-8', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xa3]), 'invalid-utf8'],
    ['a file of NUL bytes', new Uint8Array(64), 'binary'],
    ['NUL bytes beside control characters, as in the head of a binary file', Uint8Array.from([0x89, 0x50, 0x00, 0x01]), 'binary'],
    ['UTF-16-like NUL bytes with a NUL pair among them', Buffer.concat([Buffer.from('Kyiv', 'utf16le'), new Uint8Array(2)]), 'binary'],
  ])('still refuses %s', (_name, bytes, code) => {
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
    try {
      decodeBytes(bytes);
    } catch (error) {
      expect((error as DecodeError).code).toBe(code);
    }
  });
});

describe('decodeBytes with a named encoding', () => {
  it.each([
    ['windows-1252', cp1252(0xa3, 0x80, 0x92), '£€’'],
    ['latin1', cp1252(0xa3, 0x80, 0x92), '£\u0080\u0092'],
    ['utf-16le', Buffer.from('Kyiv', 'utf16le'), 'Kyiv'],
    ['utf-16be', Buffer.from('\ufeffKyiv', 'utf16le').swap16(), 'Kyiv'],
    ['utf-8', Buffer.from('\ufeff£5'), '£5'],
  ] as const)('%s', (encoding, bytes, text) => {
    const decoded = decodeBytes(bytes, { encoding });
    expect(decoded).toMatchObject({ text, encoding, fallback: null });
  });

  it('keeps offsets as indices into the decoded text: one byte, one unit, in a single-byte encoding', () => {
    const decoded = decodeBytes(BBC, { encoding: 'windows-1252' });
    expect(decoded.text.length).toBe(BBC.length);
    expect(decoded.text.indexOf('£')).toBe(BBC.indexOf(0xa3));
  });

  it('places the first bad byte of a file named UTF-8 at its line and column, counted in the text before it', () => {
    const bytes = Buffer.concat([Buffer.from('Title\r\n\r\n“Quoted” 😀 then '), cp1252(0xa3), Buffer.from('5')]);
    let error: DecodeError | null = null;
    try {
      decodeBytes(bytes, { encoding: 'utf-8' });
    } catch (e) {
      error = e as DecodeError;
    }
    expect(error?.code).toBe('invalid-utf8');
    // “, ” and the emoji are three or four bytes but one or two UTF-16 units: column 18, offset 9 + 17 in the text.
    expect(error?.position).toEqual({ offset: 26, line: 3, column: 18 });
    expect(error?.byteOffset).toBe(bytes.indexOf(0xa3));
    expect(error?.message).toBe(`not valid UTF-8 (byte 0xa3 at line 3, column 18, offset ${bytes.indexOf(0xa3)})`);
  });
});

describe('encodeText', () => {
  it.each([
    ['UTF-8', [...new TextEncoder().encode('Café “ok”\r\n')]],
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café “ok”\r\n')]],
    ['UTF-16LE', [0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde]],
    ['UTF-16BE', [0xfe, 0xff, 0x00, 0x43, 0x00, 0xe9, 0xd8, 0x3d, 0xde, 0x00]],
    ['UTF-16LE without a byte-order mark', [...Buffer.from('Kyiv said no.', 'utf16le')]],
    ['Windows-1252 read by falling back', [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0xa3]],
  ])('gives back the bytes %s text was decoded from', (_name, bytes) => {
    const decoded = decodeBytes(new Uint8Array(bytes));
    expect([...encodeText(decoded)]).toEqual(bytes);
  });
});
