import type { ParsedText } from '../../nlp/legacy.js';

/**
 * A word, number or punctuation mark as the numbers and dates grammars see it. compromise's terms
 * merge and split digits in ways that suit it ("$1.2bn" one term, "three-hour" two, "35 %" glued to
 * "and"), so both grammars read their own finer tokens and borrow compromise's tags by offset.
 */
export interface Word {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** For a token that starts with digits ("1,200", "3.5", "1.2bn", "3rd", "1960s"), their value. */
  digits: number | null;
  /** Letters glued after the digits, lower-cased ("bn", "rd", "s"); empty otherwise. */
  suffix: string;
  /** Tags of the compromise term covering this token; empty for punctuation compromise dropped. */
  tags: ReadonlySet<string>;
  /** compromise's sentence index, so windows never cross sentences. */
  sentence: number;
  /** No space between this token and the previous one ("three" "-" "hour"). */
  joined: boolean;
  /** A line break separates this token from the previous one (titles and datelines are lines). */
  newline: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * Digits with inner separators and glued letters, or a word with inner apostrophes and dots, or one
 * other character. Each alternative has one way to match, so the scan stays linear; letters are
 * spelled out as ranges (Latin, Greek, Cyrillic) because a Unicode-property regex is several times
 * slower and this runs over every article.
 */
const L = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const TOKEN = new RegExp(`[0-9]+(?:[.,:][0-9]+)*[${L}]*|[${L}0-9]+(?:['’.][${L}]+)*|\\S`, 'g');
const DIGITS = /^([0-9]+(?:[.,][0-9]+)*)([^0-9.,:]*)$/;

const cache = new WeakMap<ParsedText, Word[]>();

/** Tokenises once per parse; the numbers and dates passes share the result. */
export function wordsOf(text: string, parsed: ParsedText): Word[] {
  const cached = cache.get(parsed);
  if (cached) return cached;
  const words = tokenize(text, parsed);
  cache.set(parsed, words);
  return words;
}

function tokenize(text: string, parsed: ParsedText): Word[] {
  const words: Word[] = [];
  const terms = parsed.tokens;
  const sentences = parsed.sentences;
  let term = 0;
  let sentence = 0;
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (term < terms.length && terms[term]!.end <= start) term++;
    while (sentence + 1 < sentences.length && sentences[sentence + 1]!.start <= start) sentence++;
    const covering = term < terms.length && terms[term]!.start <= start ? terms[term]! : null;
    const code = m[0].charCodeAt(0);
    const digitMatch = code >= 48 && code <= 57 ? DIGITS.exec(m[0]) : null;
    const digits = digitMatch ? Number(digitMatch[1]!.replace(/,/g, '')) : NaN;
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    words.push({
      index: words.length,
      start,
      end,
      text: m[0],
      lower: m[0].toLowerCase(),
      digits: Number.isFinite(digits) ? digits : null,
      suffix: digitMatch && Number.isFinite(digits) ? digitMatch[2]!.toLowerCase() : '',
      tags: covering ? covering.tags : NO_TAGS,
      sentence: covering ? covering.sentence : sentence,
      joined: words.length > 0 && gap.length === 0,
      newline: gap.includes('\n') || gap.includes('\r'),
    });
    previousEnd = end;
  }
  return words;
}

/** Whether `words[i]` starts a new sentence or line (after any opening quotes or brackets), where capitals say nothing about names. */
export function opensSentence(words: Word[], i: number): boolean {
  for (let k = i, steps = 0; steps < 4; k--, steps++) {
    const word = words[k]!;
    if (k === 0 || word.newline) return true;
    const before = words[k - 1]!;
    if (before.sentence !== word.sentence) return true;
    if (!OPENERS.has(before.text)) return false;
  }
  return false;
}

const OPENERS = new Set(['"', '“', "'", '‘', '(', '-', '–', '—', ':']);
