import * as names from '../lexicon/names.js';
import type { Term } from './compromise.js';
import { Column, expectedTokens, Interner } from './column.js';
import { TagSet, tableHas, tableHasAny, type Tag } from './tags.js';

const DOTTED_ABBREVIATIONS = new Set(names.DOTTED_ABBREVIATIONS);

const CAPITALISED = 1;
const ALL_CAPS = 2;
const POSSESSIVE = 4;
/** An abbreviation ("Inc", "Mr", an initial) whose full stop follows it. */
const STOP = 8;
const HAS_LETTER = 16;
const SENTENCE_START = 32;
/** Capitals say nothing here: a sentence, line or quotation starts, or a clause after a colon. */
const OPENS = 64;
/** An "'s" followed the word in the text: a possessive, or "is"/"has" contracted ("He's"). */
const APOSTROPHE_S = 128;

/**
 * The words of the article as written: compromise's terms joined across in-word hyphens
 * ("Cheuk-yan", "three-hour"), with punctuation compromise made a term of ("incident , saying")
 * folded into the word before, and an "'s" (possessive or contracted) left outside the word, as
 * spaCy splits it off. Stored column-wise:
 * a token is an index, and each attribute is one typed array, so a million words cost tens of
 * megabytes rather than a million objects. `t` below is always a token index.
 */
export class Tokens {
  readonly length: number;

  /** @internal built by `buildTokens` */
  constructor(
    readonly source: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly postEnds: Int32Array,
    private readonly tagTable: Uint32Array,
    private readonly normals: string[],
    private readonly flags: Uint8Array,
    private readonly sentences: Int32Array,
    private readonly lines: Int32Array,
  ) {
    this.length = starts.length;
  }

  start(t: number): number {
    return this.starts[t]!;
  }

  end(t: number): number {
    return this.ends[t]!;
  }

  /** Where the word's trailing punctuation and spaces end (and the next word's opening marks begin). */
  postEnd(t: number): number {
    return this.postEnds[t]!;
  }

  text(t: number): string {
    return this.source.slice(this.starts[t]!, this.ends[t]!);
  }

  /** Punctuation and spaces after the word and its "'s", as compromise splits them off: ", ", "\" ". */
  post(t: number): string {
    return this.source.slice(this.writtenEnd(t), this.postEnds[t]!);
  }

  /** End of the word as written, its "'s" included. */
  writtenEnd(t: number): number {
    return this.ends[t]! + ((this.flags[t]! & APOSTROPHE_S) !== 0 ? 2 : 0);
  }

  /** compromise's lower-case form without punctuation or possessive ("Putin's;" → "putin"). */
  normal(t: number): string {
    return this.normals[t]!;
  }

  has(t: number, tag: Tag): boolean {
    return tableHas(this.tagTable, t, tag);
  }

  hasAny(t: number, mask: TagSet): boolean {
    return tableHasAny(this.tagTable, t, mask);
  }

  tags(t: number): TagSet {
    return TagSet.load(this.tagTable, t);
  }

  isCapitalised(t: number): boolean {
    return (this.flags[t]! & CAPITALISED) !== 0;
  }

  /** Two or more capitals and no lower-case letter ("NATO", "NEW"). */
  isAllCaps(t: number): boolean {
    return (this.flags[t]! & ALL_CAPS) !== 0;
  }

  /** "Trump's", "players'": the word owns what follows. */
  isPossessive(t: number): boolean {
    return (this.flags[t]! & POSSESSIVE) !== 0;
  }

  /** "'s" follows the word in the text, whether a possessive or a contracted "is" or "has". */
  hasApostropheS(t: number): boolean {
    return (this.flags[t]! & APOSTROPHE_S) !== 0;
  }

  /** An abbreviation or initial whose full stop belongs to it ("Inc.", "Mr.", "J."). */
  hasStop(t: number): boolean {
    return (this.flags[t]! & STOP) !== 0;
  }

  /** Where the word ends with its abbreviation's full stop, if it has one. */
  wordEnd(t: number): number {
    return this.ends[t]! + ((this.flags[t]! & STOP) !== 0 ? 1 : 0);
  }

  hasLetter(t: number): boolean {
    return (this.flags[t]! & HAS_LETTER) !== 0;
  }

  sentence(t: number): number {
    return this.sentences[t]!;
  }

  startsSentence(t: number): boolean {
    return (this.flags[t]! & SENTENCE_START) !== 0;
  }

  /**
   * Whether a capital here says nothing about names: the word starts a sentence, a line or a
   * quotation, or follows a colon or semicolon.
   */
  opensClause(t: number): boolean {
    return (this.flags[t]! & OPENS) !== 0;
  }

  /** Line of the text (from 0) the word starts on. */
  line(t: number): number {
    return this.lines[t]!;
  }

  /** Index of the first token starting at or after `offset` (`length` when none does). */
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

/** A token while it is being assembled from terms. */
interface Pending {
  start: number;
  /** End of the last term, a possessive "'s" still inside. */
  end: number;
  postEnd: number;
  tags: TagSet;
  normal: string;
  /** compromise's post of the last term, to see a hyphen that joins the next one. */
  post: string;
  contraction: boolean;
  sentence: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const SENTENCE_THEN_QUOTE = /[.!?…]+["”’'»)\]]*\s/;
const QUOTE_MARK = /["”’'»]/;
const EXCLAMATION = /[!?]\s/;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const OPENING = /(?:[.!?:;…]["'”’)\]]*|["“‘«])\s*$/u;

/**
 * Assembles tokens from compromise's terms as they stream out of the parser, so the terms
 * themselves are never kept.
 */
export class TokenBuilder {
  private readonly starts: Column<Int32Array>;
  private readonly ends: Column<Int32Array>;
  private readonly postEnds: Column<Int32Array>;
  private readonly tagWords: Column<Uint32Array>;
  private readonly normals: string[] = [];
  private readonly words = new Interner();
  /** Per token: 1 possessive, 2 an "'s" that compromise reads as "is" or "has", 3 a possessive "'s". */
  private readonly clitics: Column<Uint8Array>;
  private readonly termSentences: Column<Int32Array>;
  private pending: Pending | null = null;

  constructor(private readonly text: string) {
    const expected = expectedTokens(text);
    this.starts = new Column(Int32Array, expected);
    this.ends = new Column(Int32Array, expected);
    this.postEnds = new Column(Int32Array, expected);
    this.tagWords = new Column(Uint32Array, expected * 3);
    this.clitics = new Column(Uint8Array, expected);
    this.termSentences = new Column(Int32Array, expected);
  }

  /** Punctuation terms that open a sentence, held until the next term says whether a word follows. */
  private orphans: Term[] = [];

  add(term: Term): void {
    const { text } = this;
    if (this.orphans.length > 0 && this.orphans[0]!.sentence !== term.sentence) this.keepOrphans();
    const pending = this.pending;
    if (!LETTER_OR_DIGIT.test(text.slice(term.start, term.end))) {
      // Punctuation compromise made a word of belongs to the word before it in its sentence;
      // before the sentence's first word it is that word's opening text.
      if (pending && pending.sentence === term.sentence) {
        pending.postEnd = term.end + term.post.length;
        pending.post = text.slice(pending.end, pending.postEnd);
      } else {
        this.flush();
        this.orphans.push(term);
      }
      return;
    }
    if (this.orphans.length > 0) {
      this.orphans = [];
    } else if (pending && pending.post === '-' && pending.sentence === term.sentence && term.start === pending.end + 1) {
      pending.end = term.end;
      pending.postEnd = term.end + term.post.length;
      pending.tags = pending.tags.union(term.tags);
      pending.normal = `${pending.normal}-${term.normal}`;
      pending.post = term.post;
      pending.contraction ||= term.contraction;
      return;
    }
    this.flush();
    this.pending = pendingOf(term);
  }

  /** A sentence of punctuation alone keeps its marks as tokens. */
  private keepOrphans(): void {
    for (const orphan of this.orphans) {
      this.pending = pendingOf(orphan);
      this.flush();
    }
    this.orphans = [];
  }

  private flush(): void {
    const token = this.pending;
    if (!token) return;
    this.pending = null;
    const { text } = this;
    let end = token.end;
    let normal = token.normal;
    let clitic = 0;
    const tail = text.slice(end - 2, end);
    if (end - token.start > 2 && (tail === "'s" || tail === '’s')) {
      end -= 2;
      clitic = token.contraction ? 2 : 3;
      normal = normal.replace(/['’]s$/, '');
    } else if (/[sS]$/.test(text.slice(token.start, end)) && /^['’]/.test(token.post)) {
      clitic = 1;
    }
    this.starts.push(token.start);
    this.ends.push(end);
    this.postEnds.push(token.postEnd);
    this.tagWords.push(token.tags.w0);
    this.tagWords.push(token.tags.w1);
    this.tagWords.push(token.tags.w2);
    this.normals.push(this.words.intern(normal));
    this.clitics.push(clitic);
    this.termSentences.push(token.sentence);
  }

  build(): Tokens {
    this.flush();
    this.keepOrphans();
    const { text } = this;
    const n = this.starts.length;
    const starts = this.starts.finish();
    const ends = this.ends.finish();
    const postEnds = this.postEnds.finish();
    const tagTable = this.tagWords.finish();
    const clitics = this.clitics.finish();
    const termSentences = this.termSentences.finish();
    const flags = new Uint8Array(n);
    const sentences = new Int32Array(n);
    const lines = new Int32Array(n);
    let sentence = -1;
    let line = 0;
    let lineCursor = 0;
    /** End of the last word with a letter, its abbreviation's stop included. */
    let previousWordEnd = -1;
    for (let t = 0; t < n; t++) {
      const start = starts[t]!;
      const end = ends[t]!;
      // compromise may have normalised the spaces after a word; never let them reach the next one.
      postEnds[t] = Math.max(end, Math.min(postEnds[t]!, t + 1 < n ? starts[t + 1]! : text.length));
      for (; lineCursor < start; lineCursor++) if (text.charCodeAt(lineCursor) === 10) line++;
      lines[t] = line;

      const word = text.slice(start, end);
      let flag = 0;
      if (LETTER.test(word)) flag |= HAS_LETTER;
      if (UPPER_START.test(word)) flag |= CAPITALISED;
      const counts = caseCounts(word);
      if (counts.upper >= 2 && counts.lower === 0) flag |= ALL_CAPS;
      const clitic = clitics[t]!;
      if (clitic & 1) flag |= POSSESSIVE;
      if (clitic & 2) flag |= APOSTROPHE_S;
      const bare = word.toLowerCase();
      if (clitic === 0 && text[end] === '.' && (DOTTED_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word))) flag |= STOP;

      const previous = t - 1;
      let starting = t === 0 || termSentences[t] !== termSentences[previous];
      if (!starting) {
        const between = text.slice(ends[previous]!, start);
        if (/[\n\r]/.test(between)) starting = true;
        else {
          const spaced = `${between} `;
          const breaks = (SENTENCE_THEN_QUOTE.test(spaced) && QUOTE_MARK.test(spaced)) || EXCLAMATION.test(spaced);
          if (breaks && CAPITAL_OR_DIGIT.test(word)) starting = true;
        }
      }
      if (starting) {
        flag |= SENTENCE_START;
        sentence++;
      }
      sentences[t] = sentence;
      if (flag & HAS_LETTER) {
        const gap = previousWordEnd < 0 ? '' : text.slice(previousWordEnd, start);
        if (previousWordEnd < 0 || starting || gap.includes('\n') || OPENING.test(gap)) flag |= OPENS;
        previousWordEnd = end + ((flag & STOP) !== 0 ? 1 : 0);
      }
      flags[t] = flag;
    }
    return new Tokens(text, starts, ends, postEnds, tagTable, this.normals, flags, sentences, lines);
  }
}

function pendingOf(term: Term): Pending {
  return { start: term.start, end: term.end, postEnd: term.end + term.post.length, tags: term.tags, normal: term.normal, post: term.post, contraction: term.contraction, sentence: term.sentence };
}

/** Upper- and lower-case letters, ASCII counted without regular expressions. */
export function caseCounts(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code > 127 && ch !== ch.toLowerCase()) upper++;
    else if (code > 127 && ch !== ch.toUpperCase()) lower++;
  }
  return { upper, lower };
}
