/** Why a file's bytes could not become article text; the CLI prints it after the path. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    message: string,
    readonly code: 'binary' | 'invalid-utf8' | 'too-large' | 'invalid-utf16',
    /** Byte offset of the first offending byte, when there is one. */
    readonly byteOffset: number | null = null,
    /** Where that byte stands, as an editor shows it, when there is one. */
    readonly position: BytePosition | null = null,
  ) {
    super(message);
  }
}

/** The encodings newsx reads; `latin1` is ISO-8859-1, whose bytes 0x80–0x9F are control characters. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';
/** What `--encoding` accepts: an encoding, or `auto` to tell it from the bytes. */
export type EncodingChoice = 'auto' | Encoding;
export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'];

export interface DecodeOptions {
  /** Inputs larger than this are refused before decoding; the CLI's `--max-bytes`. */
  maxBytes?: number;
  /** `auto` (the default): UTF-8 when valid, UTF-16 by its BOM or its NUL bytes, otherwise Windows-1252. */
  encoding?: EncodingChoice;
}

/**
 * A byte placed for a person: lines and columns from 1, columns in UTF-16 units of the text decoded
 * up to it, lines ended by LF, CRLF or CR, as lint positions count them; `offset` is the index in
 * that decoded text.
 */
export interface BytePosition {
  offset: number;
  line: number;
  column: number;
}

/** `auto` read a file that is not UTF-8 as Windows-1252: the first byte that is not UTF-8, and where. */
export interface Fallback extends BytePosition {
  byte: number;
  byteOffset: number;
}

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** True when a byte-order mark was dropped; spans index the text without it. */
  bom: boolean;
  /** Set when `auto` fell back to Windows-1252, for a warning; null otherwise. */
  fallback: Fallback | null;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns bytes into the text every span indexes. With `auto`, UTF-8 (BOM dropped) when the bytes
 * are valid UTF-8, UTF-16 by its BOM or by the NUL bytes of mostly-ASCII text, and otherwise
 * Windows-1252, which reads every byte, with `fallback` naming the first byte that was not UTF-8
 * (news from older systems: a pound sign saved as byte 0xA3). A named encoding is used as given.
 * NUL bytes in single-byte text, invalid UTF-8 or UTF-16 and oversized input throw a DecodeError.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeError(`file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`, 'too-large');
  }
  const choice = options.encoding ?? 'auto';
  const encoding = choice === 'auto' ? sniffUtf16(bytes) : choice;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file (NUL byte at offset ${nul})`, 'binary', nul);
  if (encoding === 'windows-1252' || encoding === 'latin1') return { text: decodeSingleByte(bytes, encoding), encoding, bom: false, fallback: null };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom, fallback: null };
  } catch {
    const at = firstInvalidUtf8(body);
    const byteOffset = at + (bom ? 3 : 0);
    const byte = body[at]!;
    if (choice === 'auto' && !bom) {
      const text = decodeSingleByte(bytes, 'windows-1252');
      return { text, encoding: 'windows-1252', bom: false, fallback: { byte, byteOffset, ...positionOf(text, at) } };
    }
    const position = positionOf(utf8.decode(body.subarray(0, at)), at);
    throw new DecodeError(`not valid UTF-8 (byte 0x${hex(byte)} at line ${position.line}, column ${position.column}, offset ${byteOffset})`, 'invalid-utf8', byteOffset, position);
  }
}

/**
 * UTF-16 by its byte-order mark, or, without one, by its NUL bytes: English text in UTF-16 has a
 * NUL in nearly every other byte (the high byte of each ASCII character), on the odd bytes for
 * little-endian and the even ones for big-endian. A NUL beside a control character or another
 * NUL, in either place, is binary, not text. The first 4 KB are enough to tell.
 */
function sniffUtf16(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let little = 0;
  let big = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    const first = bytes[i]!;
    const second = bytes[i + 1]!;
    if (first !== 0 && second !== 0) continue;
    if (second === 0 && isTextByte(first)) little++;
    else if (first === 0 && isTextByte(second)) big++;
    else return 'utf-8';
  }
  if (little >= pairs * 0.4 && big === 0) return 'utf-16le';
  if (big >= pairs * 0.4 && little === 0) return 'utf-16be';
  return 'utf-8';
}

/** A byte that, as a character, is printable or a tab or line break. */
const isTextByte = (byte: number) => (byte >= 0x20 && byte !== 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The bytes of `decoded.text` in the encoding it was read from, with the byte-order mark it had:
 * the inverse of `decodeBytes`, so a fixed file is written back as it came (line endings are in
 * the text and stay as they are).
 */
export function encodeText(decoded: DecodedText): Uint8Array {
  const { text, encoding, bom } = decoded;
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  if (encoding === 'windows-1252' || encoding === 'latin1') return encodeSingleByte(text, encoding);
  const head = bom ? 2 : 0;
  const out = new Uint8Array(head + text.length * 2);
  const little = encoding === 'utf-16le';
  if (bom) out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[head + 2 * i + (little ? 0 : 1)] = unit & 0xff;
    out[head + 2 * i + (little ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** A single-byte text back to its bytes; a character the encoding lacks (a fix never writes one) becomes "?". */
function encodeSingleByte(text: string, encoding: 'windows-1252' | 'latin1'): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const high = encoding === 'windows-1252' ? WINDOWS_1252_HIGH.indexOf(unit) : -1;
    out[i] = high >= 0 ? 0x80 + high : unit <= 0xff ? unit : 0x3f;
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(2) : bytes);
    if (text.includes('\u0000')) throw new DecodeError(`binary file (NUL character in ${encoding.toUpperCase()} text)`, 'binary');
    return { text, encoding, bom, fallback: null };
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(`not valid ${encoding.toUpperCase()}`, 'invalid-utf16');
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined read as the control
 * characters of the same number, as the WHATWG Encoding Standard has it). Node's own TextDecoder
 * decodes "windows-1252" as Latin-1 since 20.18.3 (nodejs/node#56542), so the table is here.
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** One byte, one UTF-16 unit, so an offset in the text is the byte's offset in the file. */
function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'latin1'): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = encoding === 'windows-1252' && b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** Line and column of `offset` in `text`. */
function positionOf(text: string, offset: number): BytePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const end = Math.min(offset, text.length);
  return { offset: end, line, column: end - lineStart + 1 };
}

/** Finds the first byte where UTF-8 decoding fails, so the message can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

const hex = (byte: number) => byte.toString(16).padStart(2, '0');

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
