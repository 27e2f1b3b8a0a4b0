import { ORDINAL_SUFFIXES as ORDINAL_SUFFIX_LIST, ORDINAL_WORDS, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS, VAGUE_COUNTS as VAGUE_COUNT_WORDS } from '../../lexicon/numbers.js';
import type { Word } from './tokens.js';

/** A number phrase: words `first` to `last` (exclusive) read as one value. */
export interface NumberPhrase {
  first: number;
  last: number;
  value: number;
  ordinal: boolean;
  /** Written in words ("twelve") rather than digits ("12"). */
  spelled: boolean;
  /** Read from a vague quantifier ("several", "a few"): a count with no value. */
  vague: boolean;
}

const ORDINAL_SUFFIXES = new Set(ORDINAL_SUFFIX_LIST);
const VAGUE_COUNTS = new Set(VAGUE_COUNT_WORDS);

/**
 * Reads the number phrase starting at `i`: digits ("1,200", "1.2 million", "$1.2bn" after its
 * symbol, "3rd"), words ("twenty-five", "one hundred and twelve", "a dozen", "two and a half") or
 * both. Returns null when `words[i]` does not start one.
 */
export function readNumber(words: Word[], i: number): NumberPhrase | null {
  const word = words[i];
  if (!word) return null;
  if (word.digits !== null && /^\d/.test(word.text)) return readDigits(words, i);
  if (word.lower === 'a' || word.lower === 'an') {
    const next = words[i + 1];
    if (!next) return null;
    if (next.lower === 'dozen') return { first: i, last: i + 2, value: 12, ordinal: false, spelled: true, vague: false };
    if (next.lower === 'half' && words[i + 2] && (SCALES.has(words[i + 2]!.lower) || words[i + 2]!.lower === 'dozen')) {
      const scale = words[i + 2]!.lower === 'dozen' ? 12 : SCALES.get(words[i + 2]!.lower)!;
      return { first: i, last: i + 3, value: scale / 2, ordinal: false, spelled: true, vague: false };
    }
    if (SCALES.has(next.lower)) {
      const rest = readWords(words, i + 1, true);
      return rest && { ...rest, first: i };
    }
    return null;
  }
  if (word.lower === 'half' && words[i + 1]?.lower === 'a' && words[i + 2] && SCALES.has(words[i + 2]!.lower)) {
    return { first: i, last: i + 3, value: SCALES.get(words[i + 2]!.lower)! / 2, ordinal: false, spelled: true, vague: false };
  }
  return readWords(words, i);
}

function readDigits(words: Word[], i: number): NumberPhrase | null {
  const word = words[i]!;
  let value = word.digits!;
  let last = i + 1;
  if (word.suffix) {
    if (ORDINAL_SUFFIXES.has(word.suffix) && Number.isInteger(value)) {
      return { first: i, last, value, ordinal: true, spelled: false, vague: false };
    }
    const scale = SCALE_SUFFIXES.get(word.suffix);
    if (scale === undefined) return null;
    return { first: i, last, value: round(value * scale), ordinal: false, spelled: false, vague: false };
  }
  // "1.2 million", "40 billion", "3 dozen"
  const next = words[last];
  if (next && !next.newline) {
    const scale = SCALES.get(next.lower) ?? (next.lower === 'dozen' ? 12 : undefined);
    if (scale !== undefined && !(next.lower === 'hundred' && !Number.isInteger(value))) {
      value *= scale;
      last++;
      const bigger = words[last];
      if (bigger && scale === 100 && SCALES.has(bigger.lower) && SCALES.get(bigger.lower)! > 100) {
        value *= SCALES.get(bigger.lower)!;
        last++;
      }
    }
  }
  return { first: i, last, value: round(value), ordinal: false, spelled: false, vague: false };
}

/** Words, left to right, as a running total of groups below each scale word. */
function readWords(words: Word[], i: number, implicitOne = false): NumberPhrase | null {
  let total = 0;
  let group = implicitOne ? 1 : 0;
  let last = i;
  let ordinal = false;
  let previous: 'small' | 'tens' | 'hundred' | 'scale' | null = implicitOne ? 'small' : null;
  for (let j = i; j < words.length && !ordinal; j++) {
    const word = words[j]!;
    const lower = word.lower;
    if (word.text === '-') {
      const after = words[j + 1];
      const unit = after ? SMALL_NUMBERS.get(after.lower) ?? ORDINAL_WORDS.get(after.lower) : undefined;
      if (previous === 'tens' && word.joined && after?.joined && unit !== undefined && unit > 0 && unit < 10) continue;
      break;
    }
    if (lower === 'and' && (previous === 'hundred' || previous === 'scale')) {
      const after = words[j + 1];
      if (after && (SMALL_NUMBERS.has(after.lower) || TENS.has(after.lower))) continue;
      break;
    }
    if (word.newline && j > i) break;
    const small = SMALL_NUMBERS.get(lower);
    const tens = TENS.get(lower);
    const scale = SCALES.get(lower);
    const ordinalValue = ORDINAL_WORDS.get(lower);
    if (small !== undefined) {
      if (previous === 'small' || (previous === 'tens' && (small === 0 || small >= 10))) break;
      group += small;
      previous = 'small';
    } else if (tens !== undefined) {
      if (previous === 'small' || previous === 'tens') break;
      group += tens;
      previous = 'tens';
    } else if (scale === 100) {
      if (previous !== 'small') break;
      group *= 100;
      previous = 'hundred';
    } else if (scale !== undefined) {
      if (previous === null || previous === 'scale') break;
      total += group * scale;
      group = 0;
      previous = 'scale';
    } else if (lower === 'dozen' && previous === 'small') {
      group *= 12;
      previous = 'scale';
    } else if (ordinalValue !== undefined) {
      if (ordinalValue >= 100) {
        if (previous !== null && previous !== 'small' && previous !== 'tens') break;
        group = (group || 1) * ordinalValue;
      } else if (previous === null || previous === 'hundred' || previous === 'scale' || (previous === 'tens' && ordinalValue < 10)) {
        group += ordinalValue;
      } else {
        break;
      }
      ordinal = true;
    } else {
      break;
    }
    last = j + 1;
  }
  if (last === i) return null;
  let value = total + group;
  // "two and a half years"
  if (!ordinal && words[last]?.lower === 'and' && words[last + 1]?.lower === 'a' && words[last + 2]?.lower === 'half') {
    value += 0.5;
    last += 3;
  }
  return { first: i, last, value, ordinal, spelled: true, vague: false };
}

/** A count written as a vague quantifier ("several years", "a few days"). */
export function readVague(words: Word[], i: number): NumberPhrase | null {
  const word = words[i];
  if (!word) return null;
  if (word.lower === 'a' && words[i + 1]?.lower === 'few') {
    return { first: i, last: i + 2, value: NaN, ordinal: false, spelled: true, vague: true };
  }
  if (VAGUE_COUNTS.has(word.lower)) return { first: i, last: i + 1, value: NaN, ordinal: false, spelled: true, vague: true };
  return null;
}

/** Floating-point products like 1.2 × 1e9 come out as 1199999999.9999998. */
function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
