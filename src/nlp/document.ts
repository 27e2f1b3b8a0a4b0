import type { SectionName, Sections, Span } from '../types.js';
import { forEachTerm } from './compromise.js';
import { Paragraphs } from './paragraphs.js';
import { scanQuotations, type MarkedSpan } from './quote-marks.js';
import { SubWordBuilder, type SubWords } from './sub-words.js';
import { TokenBuilder, type Tokens } from './tokens.js';

/** A sentence: tokens `firstToken` to `lastToken` (exclusive), opening quote marks and closing punctuation included. */
export interface Sentence extends Span {
  firstToken: number;
  lastToken: number;
  /** Index of its paragraph in `Document.paragraphs.list`, or -1 outside every paragraph. */
  paragraph: number;
  section: SectionName | null;
}

/**
 * One article as newsx reads it, built once: every pass and every lint rule reads this and nothing
 * else of the text. Layers over one text, as spaCy's `Doc` has them: the written words with their
 * tags, the finer pieces numbers and dates read, one set of sentence boundaries, the paragraphs and
 * lines with their sections, and the quotations paired once.
 */
export interface Document {
  readonly text: string;
  readonly sections: Sections;
  readonly tokens: Tokens;
  readonly subWords: SubWords;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: Paragraphs;
  /** Quotations in text order: double-quoted, and single-quoted outside double quotes. */
  readonly quotes: readonly MarkedSpan[];
  /** Offsets of double quote marks that close nothing: no quote is open where they stand. */
  readonly strayQuoteMarks: readonly number[];
  /** Offsets of closing marks typed where an opening one belongs; each opens the quotation the next mark closes. */
  readonly reversedQuoteMarks: readonly number[];
  /** For each token, the index in `quotes` of the quotation it lies inside, or -1. */
  quoteOf(t: number): number;
}

/** Parses the article once (one compromise run) and builds every layer from it. */
export function parseDocument(text: string, sections: Sections): Document {
  const { tokens, subWords } = readTerms(text);
  const paragraphs = new Paragraphs(text, sections);
  const { quotes, strays, reversed } = scanQuotations(text);
  const inside = quotesByToken(tokens, quotes);
  return {
    text,
    sections,
    tokens,
    subWords,
    sentences: sentencesOf(text, tokens, paragraphs),
    paragraphs,
    quotes,
    strayQuoteMarks: strays,
    reversedQuoteMarks: reversed,
    quoteOf: (t) => inside[t]!,
  };
}

/**
 * The token layers, built in a function of their own: a closure the document keeps (`quoteOf`)
 * would otherwise hold the builders, whose half-filled columns are as large again as the layers
 * (58 MB on a 5 MB article).
 */
function readTerms(text: string): { tokens: Tokens; subWords: SubWords } {
  const tokenBuilder = new TokenBuilder(text);
  const subWordBuilder = new SubWordBuilder(text);
  forEachTerm(text, (term) => {
    tokenBuilder.add(term);
    subWordBuilder.add(term);
  });
  const tokens = tokenBuilder.build();
  return { tokens, subWords: subWordBuilder.build(tokens) };
}

/** Offset just past the inside of a quotation: its closing mark, or its end when it has none. */
export function insideEnd(mark: MarkedSpan): number {
  return mark.close ?? mark.end;
}

function quotesByToken(tokens: Tokens, marks: readonly MarkedSpan[]): Int32Array {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let t = 0; t < tokens.length; t++) {
    const start = tokens.start(t);
    while (m < marks.length && insideEnd(marks[m]!) <= start) m++;
    const mark = marks[m];
    if (mark && start > mark.open && start < insideEnd(mark)) quoteOf[t] = m;
  }
  return quoteOf;
}

const SPACE = /\s/;
const TRAILING = /^\S*/;

function sentencesOf(text: string, tokens: Tokens, paragraphs: Paragraphs): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let t = 1; t <= tokens.length; t++) {
    if (t < tokens.length && !tokens.startsSentence(t)) continue;
    let start = Math.max(first > 0 ? tokens.postEnd(first - 1) : 0, paragraphStart(paragraphs, tokens.start(first)));
    while (start < tokens.start(first) && SPACE.test(text[start]!)) start++;
    const last = t - 1;
    const end = tokens.writtenEnd(last) + (TRAILING.exec(tokens.post(last))?.[0].length ?? 0);
    const paragraph = paragraphs.indexAt(tokens.start(first));
    sentences.push({ start, end, text: text.slice(start, end), firstToken: first, lastToken: t, paragraph, section: paragraphs.sectionAt(tokens.start(first)) });
    first = t;
  }
  return sentences;
}

function paragraphStart(paragraphs: Paragraphs, offset: number): number {
  const index = paragraphs.indexAt(offset);
  return index >= 0 ? paragraphs.list[index]!.start : 0;
}
