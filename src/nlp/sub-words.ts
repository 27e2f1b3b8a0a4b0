import type { Term } from './compromise.js';
import { Column, expectedTokens, Interner } from './column.js';
import { TagSet, tableHas, tableHasAny, type Tag } from './tags.js';
import type { Tokens } from './tokens.js';

const JOINED = 1;
const NEWLINE = 2;

/**
 * The finer pieces numbers and dates are read from: digits with their separators and glued
 * letters ("1,200", "1.2bn", "3rd"), words, and each punctuation mark on its own. compromise
 * merges and splits digits in ways that suit it ("$1.2bn" one term, "three-hour" two, "35 %" glued
 * to "and"), so the grammars read these and borrow the tags of the compromise term each starts in.
 * Column-wise like `Tokens`; `i` below is a sub-word index.
 */
export class SubWords {
  readonly length: number;

  /** @internal built by `SubWordBuilder` */
  constructor(
    private readonly source: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly lowers: string[],
    private readonly numbers: Float64Array,
    private readonly suffixes: ReadonlyMap<number, string>,
    private readonly flags: Uint8Array,
    private readonly tagTable: Uint32Array,
    private readonly sentences: Int32Array,
  ) {
    this.length = starts.length;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /**
   * The piece as written. Like every reading below, it is safe past either end (the empty string,
   * null, false, or -1 for the sentence), so a grammar can look ahead without bounds checks.
   */
  text(i: number): string {
    return i >= 0 && i < this.length ? this.source.slice(this.starts[i]!, this.ends[i]!) : '';
  }

  /** Lower case. */
  lower(i: number): string {
    return i >= 0 && i < this.length ? this.lowers[i]! : '';
  }

  /** For a piece that starts with digits ("1,200", "3.5", "1.2bn", "3rd", "1960s"), their value. */
  digits(i: number): number | null {
    const value = this.numbers[i];
    return value === undefined || Number.isNaN(value) ? null : value;
  }

  /** Letters glued after the digits, lower-cased ("bn", "rd", "s"); empty otherwise. */
  suffix(i: number): string {
    return this.suffixes.get(i) ?? '';
  }

  /** No space between this piece and the one before ("three" "-" "hour"). */
  joined(i: number): boolean {
    return (this.flags[i]! & JOINED) !== 0;
  }

  /** A line break separates this piece from the one before (titles and datelines are lines). */
  newline(i: number): boolean {
    return (this.flags[i]! & NEWLINE) !== 0;
  }

  /** Tags of the compromise term the piece starts in; none for punctuation compromise dropped. */
  has(i: number, tag: Tag): boolean {
    return tableHas(this.tagTable, i, tag);
  }

  hasAny(i: number, mask: TagSet): boolean {
    return tableHasAny(this.tagTable, i, mask);
  }

  /** The document's sentence the piece lies in (a mark after a sentence belongs to it). */
  sentence(i: number): number {
    return i >= 0 && i < this.length ? this.sentences[i]! : -1;
  }

  /**
   * Whether piece `i` starts a sentence or a line, after any opening quotes, brackets or dashes:
   * there a capital says nothing about names.
   */
  opensSentence(i: number): boolean {
    for (let k = i, steps = 0; steps < 4; k--, steps++) {
      if (k === 0 || this.newline(k)) return true;
      if (this.sentences[k - 1] !== this.sentences[k]) return true;
      if (!OPENERS.has(this.text(k - 1))) return false;
    }
    return false;
  }

  /** Index of the first piece starting at or after `offset`. */
  indexFrom(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const OPENERS = new Set(['"', '“', "'", '‘', '(', '-', '–', '—', ':']);

/**
 * Digits with inner separators and glued letters, or a word with inner apostrophes and dots, or one
 * other character. Each alternative has one way to match, so the scan stays linear; letters are
 * spelled out as ranges (Latin, Greek, Cyrillic) because a Unicode-property regex is several times
 * slower and this runs over every article.
 */
const L = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const PIECE = new RegExp(`[0-9]+(?:[.,:][0-9]+)*[${L}]*|[${L}0-9]+(?:['’.][${L}]+)*|\\S`, 'g');
const DIGITS = /^([0-9]+(?:[.,][0-9]+)*)([^0-9.,:]*)$/;

/** Cuts the text into pieces as compromise's terms stream past, taking each piece's tags from its term. */
export class SubWordBuilder {
  private readonly starts: Column<Int32Array>;
  private readonly ends: Column<Int32Array>;
  private readonly lowers: string[] = [];
  private readonly words = new Interner();
  private readonly numbers: Column<Float64Array>;
  /** Glued letters after digits, by piece; most pieces have none. */
  private readonly suffixes = new Map<number, string>();
  private readonly flags: Column<Uint8Array>;
  private readonly tagWords: Column<Uint32Array>;
  private readonly pattern = new RegExp(PIECE);
  private next: RegExpExecArray | null;
  private previousEnd = 0;

  constructor(private readonly text: string) {
    const expected = expectedTokens(text);
    this.starts = new Column(Int32Array, expected);
    this.ends = new Column(Int32Array, expected);
    this.numbers = new Column(Float64Array, expected);
    this.flags = new Column(Uint8Array, expected);
    this.tagWords = new Column(Uint32Array, expected * 3);
    this.pattern.lastIndex = 0;
    this.next = this.pattern.exec(text);
  }

  /** Takes every piece that starts before the term ends; those inside it get its tags. */
  add(term: Term): void {
    while (this.next && this.next.index < term.end) this.take(this.next.index >= term.start ? term.tags : TagSet.EMPTY);
  }

  private take(tags: TagSet): void {
    const m = this.next!;
    const start = m.index;
    const piece = m[0];
    const code = piece.charCodeAt(0);
    const digitMatch = code >= 48 && code <= 57 ? DIGITS.exec(piece) : null;
    const value = digitMatch ? Number(digitMatch[1]!.replace(/,/g, '')) : NaN;
    const gap = start > this.previousEnd ? this.text.slice(this.previousEnd, start) : '';
    let flag = 0;
    if (this.starts.length > 0 && gap.length === 0) flag |= JOINED;
    if (gap.includes('\n') || gap.includes('\r')) flag |= NEWLINE;
    this.starts.push(start);
    this.ends.push(start + piece.length);
    this.lowers.push(this.words.intern(piece.toLowerCase()));
    if (digitMatch && Number.isFinite(value) && digitMatch[2]) this.suffixes.set(this.numbers.length, digitMatch[2].toLowerCase());
    this.numbers.push(Number.isFinite(value) ? value : NaN);
    this.flags.push(flag);
    this.tagWords.push(tags.w0);
    this.tagWords.push(tags.w1);
    this.tagWords.push(tags.w2);
    this.previousEnd = start + piece.length;
    this.next = this.pattern.exec(this.text);
  }

  build(tokens: Tokens): SubWords {
    while (this.next) this.take(TagSet.EMPTY);
    const n = this.starts.length;
    const starts = this.starts.finish();
    const sentences = new Int32Array(n);
    let token = 0;
    for (let i = 0; i < n; i++) {
      const start = starts[i]!;
      while (token + 1 < tokens.length && tokens.start(token + 1) <= start) token++;
      sentences[i] = tokens.length > 0 ? Math.max(0, tokens.sentence(token)) : 0;
    }
    return new SubWords(this.text, starts, this.ends.finish(), this.lowers, this.numbers.finish(), this.suffixes, this.flags.finish(), this.tagWords.finish(), sentences);
  }
}
