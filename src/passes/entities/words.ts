import { lexiconTagNames as lexiconTags, type ParsedText } from '../../nlp/legacy.js';
import { COMMON_ACRONYMS, DOTTED_ABBREVIATIONS, KNOWN_ORGANIZATIONS, ORG_HEADS, PLACE_HEADS, SMALL_WORDS } from '../../lexicon/entity-words.js';

/**
 * A written word: compromise tokens joined across in-word hyphens ("Cheuk-yan"), with a possessive
 * ending left outside the span and an abbreviation's full stop inside it ("Inc.").
 */
export interface Word {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower case without full stops ("U.S." → "us"). */
  key: string;
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  line: number;
  /** Starts a sentence, a line, a quotation or a clause after a colon, where capitals say nothing. */
  initial: boolean;
  tags: ReadonlySet<string>;
  /** compromise's lexicon tags for a capitalised word; empty for lower-case words. */
  lex: readonly string[];
  /** Text between the previous word's end and this word's start. */
  gap: string;
}

export interface Line {
  titleCase: boolean;
  allCaps: boolean;
}

export interface WordView {
  words: Word[];
  lines: Line[];
  /** Whether each word may be part of a name (1) or not (0), judged against the whole article. */
  capable: Uint8Array;
}

const NO_TAGS: readonly string[] = [];
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Negative', 'Auxiliary']);
const DATE_TAGS = ['Month', 'WeekDay', 'Holiday'];
/** Words that start a sentence before a name without being part of it ("Earlier Putin said"). */
const NOT_NAME_OPENERS = new Set([...FUNCTION_TAGS, 'Adverb', 'Adjective', 'Comparative', 'Superlative', 'Modal', 'Expression', 'Date', 'Value', 'Cardinal', 'Ordinal', 'Gerund', 'PastTense', 'Actor']);
/** Hyphenated stances and affixes ("Pro-Beijing", "Anti-Trump", "Pan-democrat") describe, not name. */
const AFFIXED = /^(?:pro|anti|non|ex|post|pre|neo|pan|mid|self|sub|co|semi|multi)-/;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const OPENING = /(?:[.!?:;…]["'”’)\]]*|["“‘«])\s*$/u;

export function hasNameTag(lex: readonly string[]): boolean {
  return lex.some((tag) => NAME_TAGS.has(tag));
}

/** A word compromise's lexicon knows only as a common word ("meets", "crisis"). */
export function isCommonWord(lex: readonly string[]): boolean {
  return lex.length > 0 && !hasNameTag(lex);
}

export function buildWords(text: string, parsed: ParsedText): WordView {
  const words: Word[] = [];
  const { tokens } = parsed;
  let line = 0;
  let lineCursor = 0;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let last = first;
    let tags: ReadonlySet<string> = first.tags;
    while (i + 1 < tokens.length && last.post === '-' && tokens[i + 1]!.start === last.end + 1 && tokens[i + 1]!.pre === '') {
      last = tokens[++i]!;
      tags = new Set([...tags, ...last.tags]);
    }
    let start = first.start;
    let end = last.end;
    if (!LETTER.test(text.slice(start, end))) continue;
    let possessive = false;
    const tail = text.slice(end - 2, end);
    if (end - start > 2 && (tail === "'s" || tail === '’s')) {
      end -= 2;
      possessive = true;
    } else if (/[sS]$/.test(text.slice(start, end)) && /^['’]/.test(last.post)) {
      possessive = true;
    }
    let wordText = text.slice(start, end);
    const bare = wordText.toLowerCase();
    const dotted = (DOTTED_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(wordText)) && text[end] === '.' && !possessive;
    if (dotted) end += 1;
    wordText = text.slice(start, end);
    for (; lineCursor < start; lineCursor++) if (text[lineCursor] === '\n') line++;
    const key = wordText.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
    const counts = caseCounts(wordText);
    const gap = text.slice(previousEnd, start);
    const sentenceStart = parsed.sentences[first.sentence]?.firstToken === first.index;
    const cap = UPPER_START.test(wordText);
    words.push({
      index: words.length,
      start,
      end,
      text: wordText,
      key,
      cap,
      allCaps: counts.upper >= 2 && counts.lower === 0,
      possessive,
      line,
      initial: words.length === 0 || sentenceStart || gap.includes('\n') || OPENING.test(gap),
      tags,
      lex: cap ? lexiconTags(key) : NO_TAGS,
      gap,
    });
    previousEnd = end;
  }
  const lines = classifyLines(words);
  return { words, lines, capable: judgeCapable(text, words, lines) };
}

/** Marks title-case lines (every content word capitalised) and ALL-CAPS lines, where capitals say nothing. */
function classifyLines(words: Word[]): Line[] {
  const count = words.length ? words[words.length - 1]!.line + 1 : 0;
  const stats = Array.from({ length: count }, () => ({ content: 0, capitalised: 0, upper: 0, lower: 0 }));
  for (const word of words) {
    const stat = stats[word.line]!;
    const counts = caseCounts(word.text);
    stat.upper += counts.upper;
    stat.lower += counts.lower;
    if (SMALL_WORDS.has(word.key)) continue;
    stat.content++;
    if (word.cap) stat.capitalised++;
  }
  return stats.map((stat) => {
    const allCaps = stat.upper >= 2 && stat.lower * 10 < stat.upper;
    const titleCase = !allCaps && stat.capitalised >= 2 && stat.capitalised === stat.content;
    return { titleCase, allCaps };
  });
}

/**
 * A capitalised word in the middle of an ordinary sentence can be a name. Where capitals say
 * nothing (sentence starts, headlines, ALL-CAPS lines) a word needs other evidence: compromise's
 * lexicon knows it as a name, the article capitalises it mid-sentence elsewhere, or it opens a
 * run of such words and is not a known common word.
 */
function judgeCapable(text: string, words: Word[], lines: Line[]): Uint8Array {
  // Flags live in byte arrays: one shape for every article (a mapped boolean array changes its
  // element kind when an article has no words, which sent this function back to the optimiser).
  const reliable = (word: Word) => !word.initial && !lines[word.line]!.titleCase && !lines[word.line]!.allCaps;
  const inName = new Uint8Array(words.length);
  const capable = new Uint8Array(words.length);
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.cap && plausibleName(word, !lines[word.line]!.allCaps, text)) inName[i] = 1;
    if (inName[i] && reliable(word)) seen.add(word.key);
  }
  for (let i = 0; i < words.length; i++) {
    if (!inName[i]) continue;
    const word = words[i]!;
    if (reliable(word) || seen.has(word.key) || hasNameTag(word.lex) || (KNOWN_ORGANIZATIONS.has(word.key) && word.lex.length === 0)) capable[i] = 1;
  }
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (capable[i] || !inName[i] || !capable[i - 1] || !/^[ \t]+$/.test(word.gap)) continue;
    const previous = words[i - 1]!;
    const surname = word.lex.length === 0 && !previous.possessive && previous.lex.some((tag) => FIRST_NAME_TAGS.has(tag));
    if (surname || ORG_HEADS.has(word.key) || PLACE_HEADS.has(word.key)) capable[i] = 1;
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const next = words[i + 1];
    if (capable[i] || !inName[i] || !next || !next.cap || !/^[ \t]+$/.test(next.gap) || word.possessive) continue;
    if (lines[word.line]!.allCaps) continue;
    const phrase = lexiconTags(`${word.key} ${next.key}`);
    const longer = words[i + 2] ? lexiconTags(`${word.key} ${next.key} ${words[i + 2]!.key}`) : [];
    if (hasNameTag(phrase) || hasNameTag(longer)) {
      capable[i] = 1;
      capable[i + 1] = 1;
      continue;
    }
    const opensName = word.lex.length === 0 || !word.lex.some((tag) => NOT_NAME_OPENERS.has(tag));
    if (opensName && word.initial && !lines[word.line]!.titleCase && capable[i + 1] && reliable(next)) capable[i] = 1;
  }
  return capable;
}

function plausibleName(word: Word, ordinaryLine: boolean, text: string): boolean {
  if (DATE_TAGS.some((tag) => word.tags.has(tag)) && !word.tags.has('Person')) return false;
  if (/[\d$]/.test(word.text) || text[word.end] === '$' || AFFIXED.test(word.key)) return false;
  if (word.allCaps && /^[ivxlc]+$/.test(word.key)) return false;
  if (word.allCaps && ordinaryLine) {
    if (COMMON_ACRONYMS.has(word.key)) return false;
    if (word.key.length <= 3) return true;
    return !isCommonWord(word.lex);
  }
  if (word.text.length === 1) return false;
  return !word.lex.some((tag) => FUNCTION_TAGS.has(tag));
}

function caseCounts(text: string): { upper: number; lower: number } {
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
