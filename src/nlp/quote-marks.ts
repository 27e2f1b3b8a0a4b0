/** A stretch of text between quote marks, found by one linear scan. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /**
   * Offset of the closing mark (or of the opening mark of a quotation nested in this one, where
   * this one stops), or null when the quote was never closed: it stops at a paragraph end, or
   * where a mark that can only open starts another quote.
   */
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
/** Characters before which a mark right after a word can only close a quote. */
const AFTER_CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}']);
/** Elisions that begin with an apostrophe rather than open a quote. */
const ELISIONS = new Set(['em', 'til', 'till', 'cause', 'tis', 'twas', 'n', 'bout', 'round', 'kay', 'nuff', 'ello']);
/** A single-quoted stretch longer than this is an apostrophe pairing with a far one, not a quote. */
const MAX_SINGLE_LENGTH = 400;
/** A quote left open longer than this many line breaks is a stray mark. */
const MAX_OPEN_LINES = 12;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Quotations and the double marks that close nothing, from one scan. */
export interface QuoteScan {
  /** Quotations in text order: double-quoted, and single-quoted outside double quotes. */
  quotes: MarkedSpan[];
  /** Offsets of double marks that can only close a quote but come when none is open. */
  strays: number[];
  /**
   * Offsets of closing marks that stand where a quote opens (after a space, before the words) and
   * open the quotation the next mark closes: an opening mark typed the wrong way round
   * (`” … what I learned … is terroristic,” he said`). Each is the one mark at fault, so the mark
   * after it is not a stray.
   */
  reversed: number[];
}

/**
 * Finds quotations in one pass over `text`. Double marks pair by the way they face: a curly mark
 * says it, a straight one is read by where it stands (after a space and before a word it opens,
 * after a word or punctuation and before a space it closes, elsewhere it does what the quote
 * needs). A mark that can only open, met while a quote is open, opens a quotation within it
 * when it is curly or the next two marks close; otherwise the open quote was never closed: it
 * ends there and a new one starts, so one missing mark costs one quotation, not the pairing of
 * every mark after it. A mark that can only close, met when no quote is open, is a stray. A
 * quote still open at a paragraph's end stops there when the next paragraph reopens it (news
 * style for a quotation running over several paragraphs), or at a blank line, so a broken mark
 * never swallows the rest of the article and the scan stays linear however many marks there
 * are. Single marks are read only outside double quotes, and an apostrophe ("don't", "Trump's",
 * "'90s") never opens or closes one.
 */
export function scanQuotations(text: string): QuoteScan {
  const { spans: doubles, strays, reversed } = scanDouble(text);
  const singles = scanSingle(text, doubles);
  if (singles.length === 0) return { quotes: doubles, strays, reversed };
  // A double-quoted stretch inside a single-quoted one is a quote within the quote.
  const kept = doubles.filter((d) => !singles.some((s) => s.open < d.open && s.close !== null && d.open < s.close));
  return { quotes: [...kept, ...singles].sort((a, b) => a.open - b.open), strays, reversed };
}

type DoubleMark = { faces: 'open' | 'close' | 'either'; length: number };

/**
 * The double mark at `at`: which way it faces ("either" for a straight one) and how long it is,
 * counting the two-character marks of text rebuilt from tokens (``…'').
 */
function doubleMarkAt(text: string, at: number): DoubleMark | null {
  const c = text[at]!;
  if (c === '"') return { faces: 'either', length: 1 };
  if (OPENING_DOUBLE.has(c)) return { faces: 'open', length: 1 };
  if (c === '”' || c === '»') return { faces: 'close', length: 1 };
  if (c === '`' && text[at + 1] === '`' && text[at - 1] !== '`' && text[at + 2] !== '`') return { faces: 'open', length: 2 };
  if (c === "'" && text[at + 1] === "'") {
    if (text[at - 1] !== "'" && text[at + 2] !== "'") return { faces: 'close', length: 2 };
    // ''' is a double and a single mark: ''' before a word opens both (the double first),
    // after one closes both (the double last).
    if (text[at - 1] !== "'" && text[at + 2] === "'" && isWordChar(text[at + 3])) return { faces: 'close', length: 2 };
    if (text[at - 1] === "'" && text[at - 2] !== "'" && text[at + 2] !== "'" && !isWordChar(text[at + 2])) return { faces: 'close', length: 2 };
  }
  return null;
}

/** The family of the mark at `at`, so that a quotation's inner marks can be told from its own. */
function familyAt(text: string, at: number): 'straight' | 'curly' | 'tokens' {
  const c = text[at];
  return c === '"' ? 'straight' : c === '`' || c === "'" ? 'tokens' : 'curly';
}

/**
 * The offset of the `>` that ends an HTML tag starting at `at` on the same line, or -1. Quote marks
 * inside a tag (`<a href=”…” target=”_blank”>`) delimit attributes, not quotations. `scanned` is
 * where an earlier look found no `>` before the line ended, so no stretch of a line is looked at twice.
 */
function tagEnd(text: string, at: number, scanned: { until: number }): number {
  if (text[at] !== '<' || !/[A-Za-z/!]/.test(text[at + 1] ?? '') || at < scanned.until) return -1;
  let i = at + 1;
  for (; i < text.length && !isBreak(text[i]); i++) {
    if (text[i] === '>') return i;
  }
  scanned.until = i;
  return -1;
}

/** A mark placed where only an opening mark fits: after a space or bracket, before a word. */
function opensHere(text: string, at: number, length: number): boolean {
  return standsToOpen(text, at) && !isSpace(text[at + length]);
}

/** A mark after a space, a bracket or the start of the text: where a quote opens, whatever comes after it. */
function standsToOpen(text: string, at: number): boolean {
  const before = text[at - 1];
  return isSpace(before) || BEFORE_OPENING.has(before!);
}

/** A mark placed where only a closing mark fits: after a word or punctuation, before a space or a closing stop. */
function closesHere(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  if (isSpace(before) || BEFORE_OPENING.has(before!)) return false;
  // After a full stop and before no word (`stand.“[HuffPost.]`) only a closing mark fits.
  return isSpace(after) || AFTER_CLOSING.has(after!) || (/[.!?]/.test(before!) && !isWordChar(after));
}

/**
 * `12"`, `5'11"` or, in text rebuilt from tokens, `15 ''`: a closing mark right after a digit, not
 * before a letter, is a unit of length.
 */
function isInchMark(text: string, at: number, length: number): boolean {
  const before = length === 2 && text[at - 1] === ' ' ? at - 2 : at - 1;
  return /\d/.test(text[before] ?? '') && !/\p{L}/u.test(text[at + length] ?? '');
}

/**
 * Whether the next double mark before the line ends (or, `acrossLines`, before the paragraph ends)
 * stands where it can close. Then a straight mark in closing position with nothing open was an
 * opening one written against the word before it (`communities," For example … exercise".`). The
 * look stops at the next mark, so the scan stays linear.
 */
function nextMarkCloses(text: string, from: number, acrossLines = false): boolean {
  let breaks = 0;
  for (let i = from; i < text.length; i++) {
    if (isBreak(text[i])) {
      if (!acrossLines) return false;
      if (text[i] === '\r' && text[i + 1] === '\n') continue;
      if (++breaks > MAX_OPEN_LINES || blankLineAfter(text, i)) return false;
      continue;
    }
    const mark = doubleMarkAt(text, i);
    if (mark) return roleOf(text, i, mark) !== 'open';
  }
  return false;
}

/** Whether the line break at `at` is followed by a blank line: the paragraph ends there. */
function blankLineAfter(text: string, at: number): boolean {
  let k = text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
  while (k < text.length && isSpace(text[k]) && !isBreak(text[k])) k++;
  return isBreak(text[k]);
}

/** Whether the first character after the line break at `at` and the blank space after it is a mark that can open. */
function opensParagraph(text: string, at: number): boolean {
  let next = at + 1;
  while (next < text.length && isSpace(text[next])) next++;
  const mark = next < text.length ? doubleMarkAt(text, next) : null;
  return mark !== null && mark.faces !== 'close';
}

/** Whether the last character before the spaces in front of `at` is a comma. */
function afterComma(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return text[k] === ',';
}

/** Whether the next two double marks on the line both close: this mark opens a quote within the open one. */
function nestsHere(text: string, from: number): boolean {
  let closing = 0;
  for (let i = from; i < text.length && !isBreak(text[i]); i++) {
    const mark = doubleMarkAt(text, i);
    if (!mark) continue;
    if (roleOf(text, i, mark) === 'open') return false;
    if (++closing === 2) return true;
    i += mark.length - 1;
  }
  return false;
}

/** Which way a mark works where it stands. */
function roleOf(text: string, at: number, mark: DoubleMark): 'open' | 'close' | 'either' {
  if (mark.faces === 'either') return opensHere(text, at, mark.length) ? 'open' : closesHere(text, at, mark.length) ? 'close' : 'either';
  // A curly mark facing the wrong way at a word's edge is read by its position.
  if (mark.faces === 'open') return closesHere(text, at, mark.length) ? 'close' : 'open';
  return opensHere(text, at, mark.length) ? 'open' : 'close';
}

/**
 * The state of the double-mark scan, kept on an object so the loop over every character stays
 * small and the work at a mark or a line break, rare by comparison, lives in its own methods.
 */
class DoubleScan {
  readonly spans: MarkedSpan[] = [];
  readonly strays: number[] = [];
  readonly reversed: number[] = [];
  private open = -1;
  private openLength = 1;
  /** Offset of the first line break inside the open quote, or -1. */
  private firstBreak = -1;
  private breaks = 0;
  /** The open quote is nested in one that a curly opening mark interrupted. */
  private nested = false;
  /** A nested quote has closed: the next closing mark in the paragraph closes the quote around it. */
  private resumed = false;
  /**
   * The family of a quotation carried on into a paragraph that opened with a quotation of its own
   * in other marks (a block quoted in straight marks whose paragraph starts with a curly quote):
   * a closing mark of this family, with nothing open, closes that block rather than being a stray.
   */
  private block: string | null = null;

  constructor(private readonly text: string) {}

  private emit(to: number, close: number | null, continues: boolean): void {
    const span = trim(this.text, this.open + this.openLength, to);
    if (span) this.spans.push({ open: this.open, close, ...span, style: 'double', continues });
    this.open = -1;
    this.firstBreak = -1;
    this.breaks = 0;
  }

  private start(at: number, length: number, inside: boolean): void {
    this.open = at;
    this.openLength = length;
    this.nested = inside;
  }

  /** A line break at `i`; returns where the scan goes on from. */
  lineBreak(i: number): number {
    const text = this.text;
    if (this.open < 0) {
      // A paragraph ended with nothing open: what was carried over it ends too, except a block
      // whose next paragraph opens with a mark again.
      if (blankLineAfter(text, i)) {
        this.resumed = false;
        if (this.block !== null && !opensParagraph(text, i)) this.block = null;
      }
      // The blank space holds no mark: go on from its end, so a long run of breaks is read once.
      while (i + 1 < text.length && isSpace(text[i + 1])) i++;
      return i;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') return i;
    if (this.firstBreak < 0) this.firstBreak = i;
    this.breaks++;
    // Look past the blank space to the next paragraph's first character.
    let next = i + 1;
    let blankLine = false;
    while (next < text.length && isSpace(text[next])) {
      if (text[next] === '\n') blankLine = true;
      next++;
    }
    const reopens = opensParagraph(text, i);
    if (reopens && familyAt(text, this.open) !== familyAt(text, next)) this.block = familyAt(text, this.open);
    else if (!reopens && (blankLine || this.breaks > MAX_OPEN_LINES)) this.block = null;
    // A quote that ran over line breaks and is reopened by a later paragraph continues there too.
    if (reopens || blankLine || this.breaks > MAX_OPEN_LINES) this.emit(this.firstBreak, null, reopens);
    return i;
  }

  /** A double mark at `i`. */
  mark(i: number, mark: DoubleMark): void {
    const text = this.text;
    const role = roleOf(text, i, mark);
    if (this.open < 0) {
      if (this.resumed && role !== 'open') {
        // The closing mark of the quote a nested one interrupted: it closes nothing new.
        this.resumed = false;
      } else if (role !== 'close' || (mark.faces === 'either' && !isInchMark(text, i, mark.length) && nextMarkCloses(text, i + mark.length))) {
        // After a nested quote, the quote around it is still open: this is another one inside it.
        this.start(i, mark.length, this.resumed);
        this.resumed = false;
      } else if (isInchMark(text, i, mark.length)) {
        // 12" or 15 '': a unit, not a quote mark.
      } else if (this.block !== null && familyAt(text, i) === this.block) {
        // The end of a quoted block whose last paragraph opened with a quotation of its own.
        this.block = null;
      } else if (mark.faces === 'close' && (standsToOpen(text, i) || text[i - 1] === ',') && nextMarkCloses(text, i + mark.length, true)) {
        this.reversed.push(i);
        this.start(i, mark.length, false);
      } else {
        this.strays.push(i);
      }
    } else if (role === 'open' && mark.faces === 'either' && this.firstBreak < 0 && afterComma(text, i)) {
      // `breaths, "waiting`: a closing mark typed with its space on the wrong side, as a comma ends quoted words.
      this.resumed = this.nested;
      this.emit(i, i, false);
    } else if (role === 'open' && this.firstBreak < 0 && !this.nested && (mark.faces === 'open' || nestsHere(text, i + mark.length))) {
      // A quotation within the quote: a curly opening mark says so outright ("… an episode of
      // “Shark Tank.” But …"), a straight one when the next two marks both close ("Without some
      // unexpected "coup de theatre", I don't see …," said). The words before it are one
      // quotation, the nested words another, and the outer quote's own closing mark, if it
      // comes, closes nothing new.
      this.emit(i, i, false);
      this.start(i, mark.length, true);
    } else if (role === 'open') {
      // A straight mark that can only open: the open quote never closed. It ends here (or at
      // its first line break) and a new one starts.
      this.emit(this.firstBreak >= 0 ? this.firstBreak : i, null, false);
      this.start(i, mark.length, false);
    } else {
      this.resumed = this.nested;
      this.emit(i, i, false);
    }
  }

  /** The end of the text: a quote still open ends at its first line break or here. */
  finish(): void {
    if (this.open >= 0) this.emit(this.firstBreak >= 0 ? this.firstBreak : this.text.length, null, false);
  }
}

function scanDouble(text: string): { spans: MarkedSpan[]; strays: number[]; reversed: number[] } {
  const scan = new DoubleScan(text);
  const tags = { until: 0 };
  for (let i = 0; i < text.length; i++) {
    if (isBreak(text[i])) {
      i = scan.lineBreak(i);
      continue;
    }
    const tag = tagEnd(text, i, tags);
    if (tag >= 0) {
      i = tag;
      continue;
    }
    const mark = doubleMarkAt(text, i);
    if (!mark) continue;
    scan.mark(i, mark);
    i += mark.length - 1;
  }
  scan.finish();
  return { spans: scan.spans, strays: scan.strays, reversed: scan.reversed };
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
