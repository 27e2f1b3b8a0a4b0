/**
 * Control characters a terminal would act on rather than show: C0 (but tab and line feed, which
 * callers flatten), DEL, C1 (0x9b alone starts a CSI sequence on some terminals) and the bidi
 * embeddings, overrides and isolates, which reorder what is shown.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text from an article, a file name or a record id made safe for one line of a terminal:
 * whitespace runs become one space and every control character is spelled out (`\x1b`,
 * `\u202e`), so an article cannot clear the screen, retitle the window or plant a hyperlink, with
 * or without colour. Every human-readable writer (report, lint and summary text) goes through it.
 */
export function terminalLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(CONTROL, spell);
}

/**
 * `terminalLine(text)` in at most `max` characters, cut before the ellipsis at a grapheme
 * boundary of the original text, so the cut never splits a spelled-out escape, a surrogate pair
 * or an emoji sequence.
 */
export function shortenLine(text: string, max: number): string {
  const line = terminalLine(text);
  if (line.length <= max) return line;
  let kept = '';
  for (const { segment } of graphemes.segment(text.replace(/\s+/g, ' '))) {
    const shown = segment.replace(CONTROL, spell);
    if (kept.length + shown.length > max - 1) break;
    kept += shown;
  }
  return `${kept}…`;
}

function spell(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
