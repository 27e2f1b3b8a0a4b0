import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

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

/** One word as compromise tagged it, located in the input text. */
export interface Token {
  /** Position in `ParsedText.tokens`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased, punctuation-free form ("trump's" → "trump's", "Putin;" → "putin"). */
  normal: string;
  /** compromise's part-of-speech tags ("ProperNoun", "Person", "Verb", "Value", …). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces compromise split off around the word. */
  pre: string;
  post: string;
  /** Position in `ParsedText.sentences`. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Token indices, `lastToken` exclusive. */
  firstToken: number;
  lastToken: number;
}

/**
 * Everything newsx uses from compromise, as plain data: no compromise view leaves this module, so a
 * pass cannot re-parse text or depend on compromise's object model.
 */
export interface ParsedText {
  tokens: Token[];
  sentences: Sentence[];
}

type Term = { text: string; pre: string; post: string; normal: string; tags: Set<string> };

/**
 * Parses `text` once. Offsets are recovered by finding each word in order, so they are exact even
 * where compromise normalises whitespace or splits "three-hour" into two terms.
 */
export function parseText(text: string): ParsedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const piece of parserPieces(shapeForParser(text))) {
    const document = nlp(piece).document as Term[][];
    for (const terms of document) {
      const firstToken = tokens.length;
      for (const term of terms) {
        const word = term.text;
        if (word.length === 0) continue;
        const at = text.indexOf(word, cursor);
        if (at < 0) continue;
        cursor = at + word.length;
        tokens.push({
          index: tokens.length,
          start: at,
          end: cursor,
          text: word,
          normal: term.normal ?? word.toLowerCase(),
          tags: term.tags,
          pre: term.pre ?? '',
          post: term.post ?? '',
          sentence: sentences.length,
        });
      }
      if (tokens.length === firstToken) continue;
      const start = tokens[firstToken]!.start;
      const end = sentenceEnd(text, tokens[tokens.length - 1]!);
      sentences.push({ start, end, text: text.slice(start, end), firstToken, lastToken: tokens.length });
    }
  }
  return { tokens, sentences };
}

/** The most text handed to compromise in one call, where a paragraph break allows a cut. */
const MAX_PIECE = 50_000;

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

/** Longest stretch handed to compromise without a sentence end or line break. */
const MAX_UNBROKEN = 1000;
/** Runs of this many tokens without a letter or digit ("” “ ” “ …") are hidden from compromise. */
const LETTERLESS_RUN = 32;

/**
 * compromise slows down far faster than linearly on a "sentence" of thousands of words, and on long
 * runs of bare punctuation. The copy it parses breaks a line where no sentence has ended for
 * MAX_UNBROKEN characters and blanks such runs; it keeps every other character in place, so every
 * term it returns is still found at its offset in the original text.
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

/** A sentence ends after its last word's closing punctuation and quote marks, not its trailing space. */
function sentenceEnd(text: string, last: Token): number {
  const trail = /^\S*/.exec(last.post)?.[0] ?? '';
  return text.startsWith(trail, last.end) ? last.end + trail.length : last.end;
}

type Lexicon = Record<string, string | string[]>;
interface World {
  model: { one: { lexicon: Lexicon } };
}
const lexicon = (nlp as unknown as { world(): World }).world().model.one.lexicon;
const NO_TAGS: readonly string[] = [];

/**
 * The tags compromise's lexicon gives a word or phrase out of context ("meets" → PresentTense,
 * "london" → City). Tags on a parsed token follow its capitalisation, so a title-case headline
 * word looks like a name there; the lexicon tells the common word from the name.
 */
export function lexiconTags(word: string): readonly string[] {
  const key = word.toLowerCase();
  if (!Object.hasOwn(lexicon, key)) return NO_TAGS;
  const entry = lexicon[key]!;
  return Array.isArray(entry) ? entry : [entry];
}
