/** A stretch of text between quote marks, found by one linear scan. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote stops at a paragraph end without one. */
  close: number | null;
  /** The words inside the marks, surrounding spaces trimmed. */
  start: number;
  end: number;
  style: 'double' | 'single';
  /**
   * True when the quote stops at a paragraph end because the next paragraph reopens it (the
   * convention for a quotation running over several paragraphs).
   */
  continues: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»']);
const OPENING_DOUBLE = new Set(['“', '„', '«']);
const SINGLE = new Set(["'", '‘', '’']);
/** Characters after which a mark can only open a quote. */
const BEFORE_OPENING = new Set(['(', '[', '{', '—', '–', '-', '/', ':']);
/** Elisions that begin with an apostrophe rather than open a quote. */
const ELISIONS = new Set(['em', 'til', 'till', 'cause', 'tis', 'twas', 'n', 'bout', 'round', 'kay', 'nuff', 'ello']);
/** A single-quoted stretch longer than this is an apostrophe pairing with a far one, not a quote. */
const MAX_SINGLE_LENGTH = 400;
/** A quote left open longer than this many line breaks is a stray mark. */
const MAX_OPEN_LINES = 12;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds quotations in one pass over `text`. Straight double marks alternate; curly ones say which
 * way they face, except that a mark facing the wrong way at a word's edge is read by its position.
 * A quote still open at a paragraph's end stops there when the next paragraph reopens it, or when
 * a later mark can only be an opening one (the first mark was stray), so a broken mark never
 * swallows the rest of the article and the scan stays linear however many marks there are.
 * Single marks are read only outside double quotes, and an apostrophe ("don't", "Trump's",
 * "'90s") never opens or closes one.
 */
export function scanQuoteMarks(text: string): MarkedSpan[] {
  const doubles = scanDouble(text);
  const singles = scanSingle(text, doubles);
  if (singles.length === 0) return doubles;
  // A double-quoted stretch inside a single-quoted one is a quote within the quote.
  const kept = doubles.filter((d) => !singles.some((s) => s.open < d.open && s.close !== null && d.open < s.close));
  return [...kept, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * The double mark at `at`: which way it faces ("either" for a straight one) and how long it is,
 * counting the two-character marks of text rebuilt from tokens (``…'').
 */
function doubleMarkAt(text: string, at: number): { faces: 'open' | 'close' | 'either'; length: number } | null {
  const c = text[at]!;
  if (c === '"') return { faces: 'either', length: 1 };
  if (OPENING_DOUBLE.has(c)) return { faces: 'open', length: 1 };
  if (c === '”' || c === '»') return { faces: 'close', length: 1 };
  if (c === '`' && text[at + 1] === '`' && text[at - 1] !== '`' && text[at + 2] !== '`') return { faces: 'open', length: 2 };
  if (c === "'" && text[at + 1] === "'" && text[at - 1] !== "'" && text[at + 2] !== "'") return { faces: 'close', length: 2 };
  return null;
}

/** A mark placed where only an opening mark fits: after a space or bracket, before a word. */
function opensHere(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  return (isSpace(before) || BEFORE_OPENING.has(before!)) && !isSpace(text[at + length]);
}

function scanDouble(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open = -1;
  let openLength = 1;
  /** Offset of the first line break inside the open quote, or -1. */
  let firstBreak = -1;
  let breaks = 0;

  const emit = (to: number, close: number | null, continues: boolean) => {
    const span = trim(text, open + openLength, to);
    if (span) spans.push({ open, close, ...span, style: 'double', continues });
    open = -1;
    firstBreak = -1;
    breaks = 0;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isBreak(c)) {
      if (open < 0) continue;
      if (c === '\r' && text[i + 1] === '\n') continue;
      if (firstBreak < 0) firstBreak = i;
      breaks++;
      // Look past the blank space to the next paragraph's first character.
      let next = i + 1;
      let blankLine = false;
      while (next < text.length && isSpace(text[next])) {
        if (text[next] === '\n') blankLine = true;
        next++;
      }
      const reopens = next < text.length && doubleMarkAt(text, next) !== null && doubleMarkAt(text, next)!.faces !== 'close';
      if (reopens || blankLine || breaks > MAX_OPEN_LINES) emit(firstBreak, null, reopens && firstBreak === i);
      continue;
    }
    const mark = doubleMarkAt(text, i);
    if (!mark) continue;
    const opening = opensHere(text, i, mark.length);
    if (open < 0) {
      // A closing mark with nothing open opens only if it sits before a word.
      if (mark.faces !== 'close' || opening) {
        open = i;
        openLength = mark.length;
      }
    } else if (firstBreak >= 0 && opening) {
      // The open quote never closed: keep its first paragraph and start afresh here.
      emit(firstBreak, null, false);
      open = i;
      openLength = mark.length;
    } else if (!(mark.faces === 'open' && opening && text[i - 1] !== ':')) {
      // (An opening curly mark before a word inside a quote is a nested one; the quote goes on.)
      emit(i, i, false);
    }
    i += mark.length - 1;
  }
  if (open >= 0) emit(firstBreak >= 0 ? firstBreak : text.length, null, false);
  return spans;
}

function scanSingle(text: string, doubles: MarkedSpan[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open = -1;
  /** Best closing mark so far for the open quote; a plural possessive ("players' union") is a weak one. */
  let close = -1;
  let weak = false;
  let d = 0;

  const flush = () => {
    if (open >= 0 && close > open) {
      const span = trim(text, open + 1, close);
      if (span) spans.push({ open, close, ...span, style: 'single', continues: false });
    }
    open = -1;
    close = -1;
    weak = false;
  };

  for (let i = 0; i < text.length; i++) {
    // Skip the inside of double quotes: single marks there are quotes within quotes.
    while (d < doubles.length && (doubles[d]!.close ?? doubles[d]!.end) < i) d++;
    const inner = doubles[d];
    if (inner && i > inner.open && i < (inner.close ?? inner.end)) {
      flush();
      i = (inner.close ?? inner.end) - 1;
      continue;
    }
    const c = text[i]!;
    if (isBreak(c)) {
      flush();
      continue;
    }
    if (open >= 0 && i - open > MAX_SINGLE_LENGTH) flush();
    if (!SINGLE.has(c)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue; // don't, Trump's
    if (c === "'" && (before === "'" || after === "'")) continue; // ''…'' is a double mark
    if (c !== '’' && opensSingle(text, i)) {
      // A pair already closed (weakly) is kept; an opener that never closed gives way to this one.
      if (close > open) flush();
      open = i;
      continue;
    }
    if (open >= 0 && !isSpace(before) && !isWordChar(after)) {
      close = i;
      const next = text[i + 2];
      weak = (before === 's' || before === 'S') && after === ' ' && isWordChar(next) && next === next!.toLowerCase();
      if (!weak) flush();
    }
  }
  flush();
  return spans;
}

/** An opening single mark: after a space, bracket or dash, before a word that is not an elision or a decade. */
function opensSingle(text: string, at: number): boolean {
  if (!opensHere(text, at, 1) && !DOUBLE.has(text[at - 1] ?? '')) return false;
  if (!isWordChar(text[at + 1])) return false;
  let end = at + 1;
  while (end < text.length && isWordChar(text[end]) && end - at < 8) end++;
  const word = text.slice(at + 1, end).toLowerCase();
  if (/^\d{2}s?$/.test(word)) return false;
  return !ELISIONS.has(word);
}

function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  for (let i = start; i < end; i++) if (isWordChar(text[i])) return { start, end };
  return null;
}
