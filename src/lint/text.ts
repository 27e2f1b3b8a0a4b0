import type { SectionName, Sections, Span } from '../types.js';
import type { Location, Range } from './rule.js';

/** A paragraph-sized piece of the article: a body paragraph, an insight item, the title… */
export interface Unit extends Span {
  section: SectionName;
}

export interface Sentence extends Span {
  /** Index of the unit (paragraph) the sentence lies in. */
  unit: number;
  section: SectionName;
}

/** A pair of double quote marks; `open` and `close` are the offsets of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
}

export interface QuoteScan {
  pairs: QuotePair[];
  /** Offsets of marks that open or close nothing. */
  unmatched: Array<{ offset: number; kind: 'open' | 'close' }>;
}

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSING_PUNCTUATION = new Set(['"', "'", '”', '’', ')', ']', '»']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc ltd co corp bros vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rev hon atty dept est fig approx ca u.s u.k u.n e.g i.e a.m p.m'.split(' '),
);
/**
 * The text views several rules share, each computed on first use and then kept: line starts for
 * locations, paragraph units, sentences and quote marks. Everything here is linear in the text.
 */
export class ArticleText {
  #lineStarts: number[] | null = null;
  #units: Unit[] | null = null;
  #sentences: Sentence[] | null = null;
  #quotes: QuoteScan | null = null;

  constructor(
    readonly text: string,
    readonly sections: Sections,
  ) {}

  locate(range: Range): Location {
    const start = this.position(range.start);
    const end = this.position(range.end);
    return {
      span: { start: range.start, end: range.end, text: this.text.slice(range.start, range.end) },
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  }

  /** Line and column (both from 1) of an offset; CRLF, LF and CR all end a line. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  lineStarts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const { text } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.#lineStarts = starts);
  }

  /** Every paragraph-sized piece of every section, in text order. */
  units(): Unit[] {
    if (this.#units) return this.#units;
    const { headline, preamble, title, body, insights } = this.sections;
    const units: Unit[] = [];
    for (const [section, span] of [['headline', headline], ['preamble', preamble], ['title', title]] as const) {
      if (span) units.push({ ...span, section });
    }
    for (const paragraph of body?.paragraphs ?? []) units.push({ ...paragraph, section: 'body' });
    for (const item of insights?.items ?? []) units.push({ ...item, section: 'insights' });
    return (this.#units = units.sort((a, b) => a.start - b.start));
  }

  sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const sentences: Sentence[] = [];
    this.units().forEach((unit, index) => {
      if (unit.section !== 'body' && unit.section !== 'insights') return;
      for (const span of splitSentences(this.text, unit.start, unit.end)) sentences.push({ ...span, unit: index, section: unit.section });
    });
    return (this.#sentences = sentences);
  }

  /**
   * Double quote marks paired within each unit. A unit that ends inside a quote is fine when the
   * next one opens with a quote mark: news style reopens a quotation that runs on to a new paragraph.
   */
  quotes(): QuoteScan {
    if (this.#quotes) return this.#quotes;
    const scan: QuoteScan = { pairs: [], unmatched: [] };
    const units = this.units();
    units.forEach((unit, index) => {
      const open = scanUnit(this.text, unit, scan);
      if (open === null) return;
      const next = units[index + 1];
      const continues = next && next.section === unit.section && isOpeningMark(this.text, next.start);
      if (!continues) scan.unmatched.push({ offset: open, kind: 'open' });
    });
    scan.unmatched.sort((a, b) => a.offset - b.offset);
    return (this.#quotes = scan);
  }
}

/** Returns the offset of a mark still open at the end of the unit, or null. */
function scanUnit(text: string, unit: Span, scan: QuoteScan): number | null {
  let open: number | null = null;
  for (let i = unit.start; i < unit.end; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) {
      if (open !== null) scan.unmatched.push({ offset: open, kind: 'open' });
      open = i;
    } else if (CLOSERS.has(c)) {
      if (open === null) scan.unmatched.push({ offset: i, kind: 'close' });
      else scan.pairs.push({ open, close: i });
      open = null;
    } else if (c === '"') {
      if (open !== null) {
        scan.pairs.push({ open, close: i });
        open = null;
      } else if (!isInchMark(text, i)) {
        open = i;
      }
    }
  }
  return open;
}

function isOpeningMark(text: string, offset: number): boolean {
  const c = text[offset];
  return c === '"' || (c !== undefined && OPENERS.has(c));
}

/** `12"` or `5'11"`: a straight mark right after a digit, not followed by a letter, is a unit. */
function isInchMark(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '');
}

/**
 * Sentences of one paragraph. A sentence ends at . ! ? or … (and closing quotes or brackets) before
 * whitespace and a capital, digit or opening quote, except after a known abbreviation or an initial.
 * The scan moves forward only, so a run of 100,000 full stops costs one pass.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let i = sentenceStart;
  while (i < end) {
    if (!TERMINATORS.has(text[i]!)) {
      i++;
      continue;
    }
    const stop = i;
    let j = i;
    while (j < end && TERMINATORS.has(text[j]!)) j++;
    while (j < end && CLOSING_PUNCTUATION.has(text[j]!)) j++;
    const next = skipSpace(text, j, end);
    if (next > j && next < end && startsSentence(text[next]!) && !isAbbreviation(text, sentenceStart, stop)) {
      pushTrimmed(text, sentenceStart, j, spans);
      sentenceStart = next;
    }
    i = j;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function startsSentence(c: string): boolean {
  return /[\p{Lu}\p{N}"“‘'(\[]/u.test(c);
}

function isAbbreviation(text: string, sentenceStart: number, stop: number): boolean {
  if (text[stop] !== '.') return false;
  let k = stop;
  while (k > sentenceStart && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, stop).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}
