import { WINDOWS_1252_HIGH } from '../../article/decode.js';
import type { FileRule } from '../rule.js';

/** Windows-1252's characters for bytes 0x80–0x9F, by code point, so mojibake can be read back as bytes. */
const CP1252: Record<number, number> = Object.fromEntries(WINDOWS_1252_HIGH.map((code, i) => [code, 0x80 + i]).filter(([code]) => code! > 0xff));
/** A byte 0x80–0xBF as Latin-1 or Windows-1252 shows it. */
const CONTINUATION = `[\\u0080-\\u00BF${Object.keys(CP1252).map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`).join('')}]`;

/**
 * UTF-8 read as Windows-1252 or Latin-1: a lead byte shown as Â, Ã or â followed by continuation
 * bytes ("â€™" for ’, "Ã©" for é), and a byte-order mark shown as "ï»¿". Then U+FFFD, then control
 * characters other than tab and line breaks. Each alternative is a fixed-length run, so the scan is linear.
 */
const PROBLEMS = new RegExp(
  `(â${CONTINUATION}{1,2}|[ÂÃ]${CONTINUATION}|ï»¿)|(\\uFFFD+)|([\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]+)`,
  'gu',
);

export const encoding: FileRule = {
  id: 'encoding',
  meta: {
    description: 'Disallow mojibake ("wouldnâ€™t"), replacement characters, control characters, and files that are binary or not UTF-8.',
    defaultSeverity: 'error',
    scope: 'file',
    messages: {
      mojibake: 'Mojibake "{{text}}": UTF-8 that was read as Windows-1252{{fix}}.',
      replacement: 'Replacement character (U+FFFD): characters were lost when this text was decoded.',
      control: 'Control character {{code}} in the text.',
      binary: 'Binary file, not text: {{problem}}.',
      notUtf8: 'The file is {{problem}}; save it as UTF-8 (it may be Latin-1 or Windows-1252).',
      readAsWindows1252: 'The file is not valid UTF-8 (byte 0x{{byte}} here) and was read as Windows-1252; save it as UTF-8.',
      notUtf16: 'The file starts with a UTF-16 byte-order mark but is {{problem}}.',
    },
    options: {},
  },
  check(context) {
    const { fallback } = context;
    if (fallback) {
      const range = { start: fallback.offset, end: Math.min(fallback.offset + 1, context.text.length) };
      context.report({ messageId: 'readAsWindows1252', range, data: { byte: fallback.byte.toString(16).padStart(2, '0') } });
    }
    for (const m of context.text.matchAll(PROBLEMS)) {
      const range = { start: m.index, end: m.index + m[0].length };
      if (m[1]) {
        const fixed = repairMojibake(m[1]);
        // The bytes read back as UTF-8 are the one repair; a byte-order mark in the middle of text goes.
        const repair = fixed === null ? null : { range: [range.start, range.end] as [number, number], text: fixed === 'byte-order mark' ? '' : fixed };
        context.report({ messageId: 'mojibake', range, data: { text: m[1], fix: fixed ? ` (meant "${fixed}")` : '' }, fix: repair });
      } else if (m[2]) {
        context.report({ messageId: 'replacement', range });
      } else {
        const code = [...m[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
        context.report({ messageId: 'control', range, data: { code } });
      }
    }
  },
};

/** What the bytes behind mojibake spelled, or null when they are not UTF-8 after all. */
export function repairMojibake(text: string): string | null {
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const byte = code <= 0xff ? code : CP1252[code];
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    const fixed = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
    return fixed === '\uFEFF' ? 'byte-order mark' : fixed;
  } catch {
    return null;
  }
}
