import stringWidth from 'string-width';

/**
 * Columns a terminal gives text: East Asian wide and fullwidth characters and emoji take two,
 * combining marks and format characters none. The text report lays itself out with these, since
 * counting UTF-16 units misaligns CJK names and overflows lines with accents written as marks.
 * `string-width` carries Unicode's East Asian Width and emoji tables; a fast path keeps the common
 * case (Latin text and typographic punctuation) from segmenting graphemes at all.
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The text's graphemes, read lazily; a cluster is never cut in two when text is wrapped or shortened. */
function* graphemes(text: string): Generator<string> {
  for (const s of segmenter.segment(text)) yield s.segment;
}

/** Columns the text takes on a terminal (text without escape sequences). */
export function displayWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/**
 * Where the longest stretch of whole graphemes from `start` (before `end`) that fits `width`
 * columns ends; at least one grapheme, so a line always moves on. Used to cut a word wider than a
 * line, or to shorten one, without splitting a character from its marks.
 */
export function fitColumns(text: string, start: number, end: number, width: number): number {
  const take = Math.min(end, start + Math.max(1, width));
  if (NARROW.test(text.slice(start, take)) && (take === end || NARROW.test(text[take]!))) return take;
  let used = 0;
  let at = start;
  for (const g of graphemes(text.slice(start, end))) {
    const w = displayWidth(g);
    if (used + w > width && at > start) break;
    used += w;
    at += g.length;
  }
  return at;
}
