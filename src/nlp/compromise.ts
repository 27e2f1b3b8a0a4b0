import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { bulkMatch } from './compromise-sweep.js';
import { TagSet } from './tags.js';

/**
 * compromise's CommonJS build loads in about half the time of its ES-module source, and start-up
 * is what a person feels in a terminal, so the adapter requires it rather than importing it.
 *
 * The `two` build is the tokenizer and tagger, which is all newsx reads. The default build adds
 * the phrase-level API (nouns, verbs, numbers…) and a noun-phrase chunker that runs on every parse;
 * its tags are the same, and it costs about a tenth more per parse and a fifth more code to load
 * and compile in every thread.
 */
const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

type Lexicon = Record<string, string | string[]>;
interface SweepMethods {
  bulkMatch?: unknown;
  cacheDoc?: unknown;
  match?: unknown;
}
interface World {
  model: { one: { lexicon: Lexicon } };
  methods: { one: SweepMethods };
}
const world = (nlp as unknown as { world(): World }).world();

/**
 * compromise's own `bulkMatch` took about a fifth of every parse; `compromise-sweep.ts` gives the
 * same results faster. It is swapped in only where compromise has the three methods it relies on,
 * so a compromise release that reorganises them keeps its own.
 */
function useFastSweep(methods: SweepMethods): void {
  if (typeof methods.bulkMatch === 'function' && typeof methods.cacheDoc === 'function' && typeof methods.match === 'function') {
    methods.bulkMatch = bulkMatch;
  }
}
useFastSweep(world.methods.one);

/**
 * One compromise term located in the input text. Terms are handed to the document builder one at a
 * time and dropped, so no compromise object outlives the parse of its piece.
 */
export interface Term {
  start: number;
  end: number;
  /** compromise's lower-cased, punctuation-free form ("Putin;" → "putin"). */
  normal: string;
  tags: TagSet;
  /** Punctuation and spaces compromise split off after the word, as it saw them. */
  post: string;
  /** A contraction compromise expanded ("He's" → "he has"): its apostrophe is not a possessive. */
  contraction: boolean;
  /** compromise's sentence, counted across the whole text. */
  sentence: number;
}

type RawTerm = { text: string; post: string; normal: string; tags: Set<string>; implicit?: string };

/**
 * Parses `text` once and hands each term to `visit` in text order. Offsets are recovered by
 * finding each word in order, so they are exact even where compromise normalises whitespace or
 * splits "three-hour" into two terms. Returns the number of sentences compromise found.
 */
export function forEachTerm(text: string, visit: (term: Term) => void): number {
  let cursor = 0;
  let sentence = 0;
  for (const piece of parserPieces(shapeForParser(text))) {
    const document = nlp(squeezeSpace(piece)).document as RawTerm[][];
    for (const terms of document) {
      let found = false;
      for (const term of terms) {
        const word = term.text;
        if (word.length === 0) continue;
        const at = text.indexOf(word, cursor);
        if (at < 0) continue;
        cursor = at + word.length;
        found = true;
        visit({
          start: at,
          end: cursor,
          normal: term.normal ?? word.toLowerCase(),
          tags: TagSet.fromNames(term.tags),
          post: term.post ?? '',
          contraction: typeof term.implicit === 'string',
          sentence,
        });
      }
      if (found) sentence++;
    }
  }
  return sentence;
}

/** The most text handed to compromise in one call, where a paragraph break allows a cut. */
const MAX_PIECE = 10_000;

/**
 * A very long text is parsed a stretch of paragraphs at a time. compromise keeps a heavy object
 * for every term of a document until the document is dropped, so one call on a 2 MB article held
 * about 900 MB at its peak; pieces are dropped as soon as their tokens are read. Cuts fall at
 * blank lines, where compromise ends a sentence anyway; only a stretch of MAX_PIECE characters
 * without one is cut at a line break. An article under MAX_PIECE is parsed exactly as before.
 */
function parserPieces(text: string): string[] {
  if (text.length <= MAX_PIECE) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > MAX_PIECE) {
    const limit = start + MAX_PIECE;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.indexOf('\n', limit);
    if (cut < 0) break;
    pieces.push(text.slice(start, cut + 1));
    start = cut + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Whitespace runs longer than this are handed to compromise shortened. */
const LONG_SPACE = /\s{64,}/g;

/**
 * compromise takes time far beyond linear over long stretches of whitespace, such as the runs
 * `shapeForParser` blanks or a file of empty lines. A long run is handed over as one or two line
 * breaks (as many as it held, up to two, so paragraphs and lines still end there) or a space.
 * Terms are found in the original text by their words, so a shorter copy places them the same.
 */
function squeezeSpace(piece: string): string {
  return piece.replace(LONG_SPACE, (run) => {
    const first = run.indexOf('\n');
    return first < 0 ? ' ' : run.indexOf('\n', first + 1) < 0 ? '\n' : '\n\n';
  });
}

/** Longest stretch handed to compromise without a sentence end or line break. */
const MAX_UNBROKEN = 1000;
/** Runs of this many tokens without a letter or digit ("” “ ” “ …") are hidden from compromise. */
const LETTERLESS_RUN = 32;
/** Marks kept of a long run of them ("Really?!?!…" keeps "?!?"), so a sentence still ends there. */
const KEPT_MARKS = 3;
/** A run of more marks than this, without a letter, digit or space between ("……", "((((", emoji), is cut short. */
const LONG_MARK_RUN = 16;
const LONG_MARKS = new RegExp(`[^\\p{L}\\p{N}\\s]{${LONG_MARK_RUN + 1},}`, 'gu');
/** A word longer than this ("a.a.a.a…", "a,a,a…"; a long web address is shorter) is cut into lines of about this length. */
const LONG_WORD = 200;

/**
 * compromise slows down far faster than linearly on a "sentence" of thousands of words, on long
 * runs of bare punctuation (each separated by spaces, or written as one "word" of marks:
 * "........", "!!!!", "((((", `""""`), and on very long words ("a.a.a.a…"). The copy it parses
 * breaks a line where no sentence has ended for MAX_UNBROKEN characters, blanks runs of
 * letterless tokens, keeps only the first marks of a long run of marks, and breaks a long word
 * into lines at its marks (or anywhere, when it has none). Every edit replaces characters one for
 * one and never inside a surrogate pair, so every term compromise returns is still found at its
 * offset in the original text.
 */
export function shapeForParser(text: string): string {
  const edits: Array<{ at: number; text: string }> = [];
  let lastBreak = 0;
  let run: Array<{ start: number; end: number }> = [];
  const flushRun = () => {
    if (run.length >= LETTERLESS_RUN) for (const token of run) edits.push({ at: token.start, text: ' '.repeat(token.end - token.start) });
    run = [];
  };
  const word = /\S+/g;
  let previousEnd = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const newline = text.slice(previousEnd, start).lastIndexOf('\n');
    if (newline >= 0) lastBreak = previousEnd + newline;
    previousEnd = end;
    if (start - lastBreak > MAX_UNBROKEN && start > 0) {
      edits.push({ at: start - 1, text: '\n' });
      lastBreak = start - 1;
    }
    if (m[0].length > LONG_MARK_RUN) shortenWord(text, start, end, edits);
    if (/[\p{L}\p{N}]/u.test(m[0])) {
      flushRun();
      if (/[.!?][\p{Pf}\p{Pe}"']*$/u.test(m[0])) lastBreak = end;
    } else {
      run.push({ start, end });
    }
  }
  flushRun();
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.at < at) continue;
    pieces.push(text.slice(at, edit.at), edit.text);
    at = edit.at + edit.text.length;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * Edits for one word, `text[start, end)`: its long runs of marks blanked after their first
 * KEPT_MARKS characters, then a line break put in place of a mark at least every LONG_WORD
 * characters (in place of any character when no mark comes for LONG_WORD more). The edits are
 * pushed in text order and never overlap.
 */
function shortenWord(text: string, start: number, end: number, edits: Array<{ at: number; text: string }>): void {
  const word = text.slice(start, end);
  const blanks: Array<[number, number]> = [];
  LONG_MARKS.lastIndex = 0;
  for (let m = LONG_MARKS.exec(word); m; m = LONG_MARKS.exec(word)) {
    const from = m.index + KEPT_MARKS + (isHighSurrogate(word.charCodeAt(m.index + KEPT_MARKS - 1)) ? 1 : 0);
    blanks.push([from, m.index + m[0].length]);
  }
  let lineStart = 0;
  let b = 0;
  for (let i = 0; i < word.length; i++) {
    const blank = blanks[b];
    if (blank && i === blank[0]) {
      edits.push({ at: start + i, text: ' '.repeat(blank[1] - blank[0]) });
      lineStart = blank[1];
      i = blank[1] - 1;
      b++;
      continue;
    }
    const code = word.charCodeAt(i);
    if (i - lineStart < LONG_WORD || isHighSurrogate(code) || isLowSurrogate(code)) continue;
    if (i - lineStart < 2 * LONG_WORD && /[\p{L}\p{N}\p{M}]/u.test(word[i]!)) continue;
    edits.push({ at: start + i, text: '\n' });
    lineStart = i + 1;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const lexicon = world.model.one.lexicon;
const lexiconSets = new Map<string, TagSet>();

/**
 * The tags compromise's lexicon gives a word or phrase out of context ("meets" → PresentTense,
 * "london" → City). Tags on a parsed token follow its capitalisation, so a title-case headline
 * word looks like a name there; the lexicon tells the common word from the name. Sets are made
 * once per lexicon entry, so the memo never grows past the lexicon.
 */
export function lexiconTags(word: string): TagSet {
  const key = word.toLowerCase();
  if (!Object.hasOwn(lexicon, key)) return TagSet.EMPTY;
  let tags = lexiconSets.get(key);
  if (!tags) {
    const entry = lexicon[key]!;
    lexiconSets.set(key, (tags = TagSet.fromNames(Array.isArray(entry) ? entry : [entry])));
  }
  return tags;
}
