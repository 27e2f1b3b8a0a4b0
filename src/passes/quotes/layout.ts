import type { Token } from '../../nlp/legacy.js';
import type { Sections, Span } from '../../types.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';

/**
 * The tokens of the text seen from outside the quote marks: which quote each token sits in, where
 * sentences break, and which paragraph an offset is in. compromise keeps `!" He` and `." The` in one
 * sentence, so a sentence mark followed by a quote mark and a capital also breaks here.
 */
export interface Layout {
  text: string;
  /**
   * compromise's words, with punctuation it made words of (text rebuilt from tokens: "incident ,
   * saying") folded into the word before, so a comma is always in a word's `post`.
   */
  tokens: readonly Token[];
  /** Index in `tokens` of compromise's token `i`. */
  wordOf(i: number): number;
  /** For each token, the index of the marked span it lies in, or -1. */
  quoteOf: Int32Array;
  /** For each token, 1 when a sentence or paragraph begins at it. */
  startsSentence: Uint8Array;
  paragraphOf(offset: number): number;
  /** Index of the first token starting at or after `offset` (tokens.length when none). */
  tokenFrom(offset: number): number;
}

const SENTENCE_THEN_QUOTE = /[.!?…]+["”’'»)\]]*\s/;
const EXCLAMATION = /[!?]\s/;
const CAPITAL = /^[\p{Lu}\p{N}]/u;

export function buildLayout(text: string, parsedTokens: readonly Token[], marks: readonly MarkedSpan[], sections: Sections): Layout {
  const { tokens, words } = foldPunctuation(parsedTokens);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let t = 0; t < tokens.length; t++) {
    const start = tokens[t]!.start;
    while (m < marks.length && insideEnd(marks[m]!) <= start) m++;
    const mark = marks[m];
    if (mark && start > mark.open && start < insideEnd(mark)) quoteOf[t] = m;
  }

  const startsSentence = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const previous = tokens[t - 1];
    if (!previous || previous.sentence !== token.sentence || /[\n\r]/.test(text.slice(previous.end, token.start))) {
      startsSentence[t] = 1;
      continue;
    }
    const between = text.slice(previous.end, token.start) + ' ';
    const breaks = (SENTENCE_THEN_QUOTE.test(between) && /["”’'»]/.test(between)) || EXCLAMATION.test(between);
    if (breaks && CAPITAL.test(token.text)) startsSentence[t] = 1;
  }

  const paragraphStarts = paragraphs(sections).map((span) => span.start);
  const paragraphOf = (offset: number) => lastAtOrBefore(paragraphStarts, offset);
  const tokenFrom = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { text, tokens, wordOf: (i) => words[i]!, quoteOf, startsSentence, paragraphOf, tokenFrom };
}

function foldPunctuation(parsed: readonly Token[]): { tokens: Token[]; words: Int32Array } {
  const tokens: Token[] = [];
  const words = new Int32Array(parsed.length);
  /** Punctuation opening a sentence, waiting to become the next word's `pre`. */
  let pending = '';
  parsed.forEach((token, i) => {
    const previous = tokens[tokens.length - 1];
    const punctuation = !/[\p{L}\p{N}]/u.test(token.text);
    if (punctuation && previous && previous.sentence === token.sentence) {
      tokens[tokens.length - 1] = { ...previous, post: previous.post + token.pre + token.text + token.post };
    } else if (punctuation && parsed[i + 1]?.sentence === token.sentence) {
      pending += token.pre + token.text + token.post;
    } else {
      const pre = pending + token.pre;
      pending = '';
      tokens.push(token.index === tokens.length && pre === token.pre ? token : { ...token, index: tokens.length, pre });
    }
    words[i] = Math.max(0, tokens.length - 1);
  });
  return { tokens, words };
}

/** Offset just past the inside of a marked span: its closing mark, or its end when it has none. */
export function insideEnd(mark: MarkedSpan): number {
  return mark.close ?? mark.end;
}

function paragraphs(sections: Sections): Span[] {
  const spans: Span[] = [];
  for (const span of [sections.headline, sections.preamble, sections.title]) if (span) spans.push(span);
  if (sections.body) spans.push(...sections.body.paragraphs);
  if (sections.insights) {
    if (sections.insights.heading) spans.push(sections.insights.heading);
    spans.push(...sections.insights.items);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
