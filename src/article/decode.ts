/** Why a file's bytes could not become article text; the CLI prints it after the path. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    message: string,
    readonly code: 'binary' | 'invalid-utf8' | 'too-large' | 'invalid-utf16',
    /** Byte offset of the first offending byte, when there is one. */
    readonly byteOffset: number | null = null,
  ) {
    super(message);
  }
}

export interface DecodeOptions {
  /** Inputs larger than this are refused before decoding; the CLI's `--max-bytes`. */
  maxBytes?: number;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** True when a byte-order mark was dropped; spans index the text without it. */
  bom: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns bytes into the text every span indexes. UTF-8 (BOM dropped) and UTF-16 with a BOM are
 * accepted; anything else throws a DecodeError rather than producing mojibake offsets.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeError(`file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`, 'too-large');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file (NUL byte at offset ${nul})`, 'binary', nul);
  try {
    return { text: utf8.decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf-8', bom };
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DecodeError(`not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at})`, 'invalid-utf8', at);
  }
}

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
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === 'utf-16le';
  out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i + (little ? 0 : 1)] = unit & 0xff;
    out[2 + 2 * i + (little ? 1 : 0)] = unit >> 8;
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    if (text.includes('\u0000')) throw new DecodeError(`binary file (NUL character in ${encoding.toUpperCase()} text)`, 'binary');
    return { text, encoding, bom: true };
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(`not valid ${encoding.toUpperCase()}`, 'invalid-utf16');
  }
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
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
