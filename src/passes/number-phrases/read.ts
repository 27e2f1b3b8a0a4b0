import { ORDINAL_SUFFIXES as ORDINAL_SUFFIX_LIST, ORDINAL_WORDS, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS, VAGUE_COUNTS as VAGUE_COUNT_WORDS } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';

/**
 * A number phrase: sub-words `first` to `last` (exclusive) read as one value. The numbers pass
 * reports them and the dates pass counts time units with them, so both read them from here.
 */
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

/** Whether `suffix` makes digits an ordinal ("3rd"). */
export function isOrdinalSuffix(suffix: string): boolean {
  return ORDINAL_SUFFIXES.has(suffix);
}

const startsWithDigit = (text: string) => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;

/**
 * Reads the number phrase starting at `i`: digits ("1,200", "1.2 million", "$1.2bn" after its
 * symbol, "3rd"), words ("twenty-five", "one hundred and twelve", "a dozen", "two and a half") or
 * both. Returns null when piece `i` does not start one.
 */
export function readNumber(words: SubWords, i: number): NumberPhrase | null {
  if (i < 0 || i >= words.length) return null;
  if (words.digits(i) !== null && startsWithDigit(words.text(i))) return readDigits(words, i);
  const lower = words.lower(i);
  if (lower === 'a' || lower === 'an') {
    const next = words.lower(i + 1);
    if (next === 'dozen') return { first: i, last: i + 2, value: 12, ordinal: false, spelled: true, vague: false };
    const after = words.lower(i + 2);
    if (next === 'half' && (SCALES.has(after) || after === 'dozen')) {
      const scale = after === 'dozen' ? 12 : SCALES.get(after)!;
      return { first: i, last: i + 3, value: scale / 2, ordinal: false, spelled: true, vague: false };
    }
    if (SCALES.has(next)) {
      const rest = readWords(words, i + 1, true);
      return rest && { ...rest, first: i };
    }
    return null;
  }
  if (lower === 'half' && words.lower(i + 1) === 'a' && SCALES.has(words.lower(i + 2))) {
    return { first: i, last: i + 3, value: SCALES.get(words.lower(i + 2))! / 2, ordinal: false, spelled: true, vague: false };
  }
  return readWords(words, i);
}

function readDigits(words: SubWords, i: number): NumberPhrase | null {
  let value = words.digits(i)!;
  let last = i + 1;
  const suffix = words.suffix(i);
  if (suffix) {
    if (ORDINAL_SUFFIXES.has(suffix) && Number.isInteger(value)) {
      return { first: i, last, value, ordinal: true, spelled: false, vague: false };
    }
    const scale = SCALE_SUFFIXES.get(suffix);
    if (scale === undefined) return null;
    return { first: i, last, value: round(value * scale), ordinal: false, spelled: false, vague: false };
  }
  // "1.2 million", "40 billion", "3 dozen"
  if (last < words.length && !words.newline(last)) {
    const next = words.lower(last);
    const scale = SCALES.get(next) ?? (next === 'dozen' ? 12 : undefined);
    if (scale !== undefined && !(next === 'hundred' && !Number.isInteger(value))) {
      value *= scale;
      last++;
      const bigger = SCALES.get(words.lower(last));
      if (scale === 100 && bigger !== undefined && bigger > 100) {
        value *= bigger;
        last++;
      }
    }
  }
  return { first: i, last, value: round(value), ordinal: false, spelled: false, vague: false };
}

/** Words, left to right, as a running total of groups below each scale word. */
function readWords(words: SubWords, i: number, implicitOne = false): NumberPhrase | null {
  let total = 0;
  let group = implicitOne ? 1 : 0;
  let last = i;
  let ordinal = false;
  let previous: 'small' | 'tens' | 'hundred' | 'scale' | null = implicitOne ? 'small' : null;
  for (let j = i; j < words.length && !ordinal; j++) {
    const lower = words.lower(j);
    if (lower === '-') {
      const after = words.lower(j + 1);
      const unit = SMALL_NUMBERS.get(after) ?? ORDINAL_WORDS.get(after);
      if (previous === 'tens' && words.joined(j) && words.joined(j + 1) && unit !== undefined && unit > 0 && unit < 10) continue;
      break;
    }
    if (lower === 'and' && (previous === 'hundred' || previous === 'scale')) {
      const after = words.lower(j + 1);
      if (SMALL_NUMBERS.has(after) || TENS.has(after)) continue;
      break;
    }
    if (words.newline(j) && j > i) break;
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
  if (!ordinal && words.lower(last) === 'and' && words.lower(last + 1) === 'a' && words.lower(last + 2) === 'half') {
    value += 0.5;
    last += 3;
  }
  return { first: i, last, value, ordinal, spelled: true, vague: false };
}

/** A count written as a vague quantifier ("several years", "a few days"). */
export function readVague(words: SubWords, i: number): NumberPhrase | null {
  const lower = words.lower(i);
  if (lower === 'a' && words.lower(i + 1) === 'few') {
    return { first: i, last: i + 2, value: NaN, ordinal: false, spelled: true, vague: true };
  }
  if (VAGUE_COUNTS.has(lower)) return { first: i, last: i + 1, value: NaN, ordinal: false, spelled: true, vague: true };
  return null;
}

/** Floating-point products like 1.2 × 1e9 come out as 1199999999.9999998. */
function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
