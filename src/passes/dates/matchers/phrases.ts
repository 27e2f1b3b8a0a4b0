import { APPROXIMATOR_PAIRS as APPROXIMATOR_PAIR_LIST, APPROXIMATORS as APPROXIMATOR_LIST, EDGE_MODIFIERS as EDGE_MODIFIER_LIST } from '../../../lexicon/dates.js';
import { POSSESSIVES as POSSESSIVE_LIST, SCALES } from '../../../lexicon/numbers.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { readNumber, readVague, type NumberPhrase } from '../../number-phrases/read.js';

/** Hedges on a day or a period: "early Friday", "later this year". */
export const EDGE_MODIFIERS: ReadonlySet<string> = new Set(EDGE_MODIFIER_LIST);
export const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_LIST);
const APPROXIMATORS = new Set(APPROXIMATOR_LIST);
const APPROXIMATOR_PAIRS = new Set(APPROXIMATOR_PAIR_LIST);

/** The piece in lower case without a possessive: "Monday's" and "Monday 's" both name Monday. */
export function stem(words: SubWords, i: number): string {
  const lower = words.lower(i);
  return lower.endsWith('s') ? lower.replace(/['’]s$/, '') : lower;
}

export function isCapitalised(words: SubWords, i: number): boolean {
  return /^\p{Lu}/u.test(words.text(i));
}

/** Index after a possessive "'s" written as separate pieces ("today 's"), or `i` when none. */
export function skipPossessive(words: SubWords, i: number): number {
  return /^['’]$/.test(words.text(i)) && words.lower(i + 1) === 's' && words.joined(i + 1) ? i + 2 : i;
}

/** Whether piece `i` is followed by, or ends in, a possessive "'s". */
export function possessive(words: SubWords, i: number): boolean {
  return /['’]s$/.test(words.lower(i)) || skipPossessive(words, i + 1) !== i + 1;
}

/** Four digits that can be a year ("2009"), or null. */
export function yearToken(words: SubWords, i: number): number | null {
  const digits = words.digits(i);
  if (digits === null || words.suffix(i) !== '' || !/^\d{4}$/.test(words.text(i))) return null;
  return digits >= 1000 && digits <= 2200 ? digits : null;
}

/** Approximators before `i` ("nearly", "more than"): index of the first one, or `i`. */
export function approximatorStart(words: SubWords, i: number): number {
  const one = words.lower(i - 1);
  if (APPROXIMATOR_PAIRS.has(`${words.lower(i - 2)} ${one}`)) return i - 2;
  if (APPROXIMATORS.has(one)) return i - 1;
  return i;
}

/** "a hundred", "a dozen": the "a" is part of a larger number, not a count of one. */
const SCALE_AFTER_A = new Set([...SCALES.keys(), 'dozen']);

/** "a", "one", "two and a half", "30", "several", "a few": a count before a time unit. */
export function readCount(words: SubWords, i: number): NumberPhrase | null {
  if (i < 0 || i >= words.length) return null;
  const lower = words.lower(i);
  const next = words.lower(i + 1);
  if ((lower === 'a' || lower === 'an') && !SCALE_AFTER_A.has(next)) {
    if (next === 'few' || next === 'couple') {
      const last = words.lower(i + 2) === 'of' ? i + 3 : i + 2;
      return { first: i, last, value: next === 'couple' ? 2 : NaN, ordinal: false, spelled: true, vague: next === 'few' };
    }
    return { first: i, last: i + 1, value: 1, ordinal: false, spelled: true, vague: false };
  }
  if (lower === 'half' && (next === 'a' || next === 'an')) {
    return { first: i, last: i + 2, value: 0.5, ordinal: false, spelled: true, vague: false };
  }
  if (lower === 'single' && next === '-' && words.joined(i + 1)) {
    return { first: i, last: i + 1, value: 1, ordinal: false, spelled: true, vague: false };
  }
  const vague = readVague(words, i);
  if (vague) return vague;
  // "STS-133", "A380": a number glued to letters names something.
  const before = words.text(i - 1);
  if (words.joined(i) && i > 0 && (/\p{L}$/u.test(before) || (before === '-' && words.joined(i - 1) && /\p{L}/u.test(words.text(i - 2))))) return null;
  const number = readNumber(words, i);
  if (!number || number.ordinal || !(number.value >= 0) || number.value > 10_000) return null;
  if (!number.spelled && (words.suffix(i) !== '' || words.text(i).includes(':'))) return null;
  return number;
}
