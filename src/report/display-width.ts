/**
 * Columns a terminal gives text: East Asian wide and fullwidth characters and emoji take two,
 * combining marks and format characters none. The text report lays itself out with these, since
 * counting UTF-16 units misaligns CJK names and overflows lines with accents written as marks.
 * (`string-width` does the same with Unicode's full tables; it is not a dependency yet.)
 */

// Wide and fullwidth blocks of Unicode's EastAsianWidth.txt, as [first, last] code points.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff]+$/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = WIDE[mid]!;
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one grapheme (a user-perceived character: base, marks, joiners) takes: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0)!) ? 2 : 1;
}

/** The text's graphemes, read lazily; a cluster is never cut in two when text is wrapped or shortened. */
function* graphemes(text: string): Generator<string> {
  for (const s of segmenter.segment(text)) yield s.segment;
}

/** Columns the text takes on a terminal (text without escape sequences). */
export function displayWidth(text: string): number {
  // Most of an English article: Latin letters without separate marks, and typographic punctuation
  // (quotes, dashes, the ellipsis), one column a character.
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const g of graphemes(text)) width += graphemeWidth(g);
  return width;
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
    const w = graphemeWidth(g);
    if (used + w > width && at > start) break;
    used += w;
    at += g.length;
  }
  return at;
}
