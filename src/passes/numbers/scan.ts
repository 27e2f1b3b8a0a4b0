import { CURRENCY_SYMBOLS, MEASURE_UNITS, ORDINAL_WORDS, SCALE_SUFFIXES, SMALL_NUMBERS, TENS } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { isOrdinalSuffix, readNumber } from '../number-phrases/read.js';
import { describe, type Quantity } from './describe.js';
import { acceptable } from './filters.js';
import type { NumberMatch, Skip } from './match.js';
import { currencyBefore, readMoney } from './money.js';
import { metresNotMillions } from './metres.js';
import { scaleLike } from './ranges.js';

/**
 * Scans the sub-words for numbers. `blocked` marks pieces inside dates and times, whose digits
 * are years, days and clock readings rather than quantities.
 */
export function scanNumbers(words: SubWords, blocked: Uint8Array): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let i = 0; i < words.length; ) {
    if (!mayStart(words, i)) {
      i++;
      continue;
    }
    const match = matchAt(words, i, blocked);
    if (match && 'skipTo' in match) {
      i = Math.max(match.skipTo, i + 1);
    } else if (match) {
      found.push(match);
      i = Math.max(match.last, i + 1);
    } else {
      i++;
    }
  }
  return found;
}

const STARTERS: ReadonlySet<string> = new Set([...SMALL_NUMBERS.keys(), ...TENS.keys(), ...ORDINAL_WORDS.keys(), 'a', 'an', 'half', 'between', 'from', 'rs']);

/** Cheap test run on every piece, so the matchers only see pieces a number can start at. */
function mayStart(words: SubWords, i: number): boolean {
  const lower = words.lower(i);
  return words.digits(i) !== null || STARTERS.has(lower) || CURRENCY_SYMBOLS.has(lower) || words.text(i + 1) === '$';
}

function matchAt(words: SubWords, i: number, blocked: Uint8Array): NumberMatch | Skip | null {
  const lower = words.lower(i);
  if (lower === 'between' || lower === 'from') {
    const range = readBetween(words, i, blocked);
    if (range) return range;
  }
  const currency = currencyBefore(words, i);
  if (currency) return readMoney(words, i, currency, blocked);
  if (blocked[i]) return null;
  const number = readQuantity(words, i);
  if (!number || !acceptable(words, number)) return null;
  return describe(words, number, blocked);
}

/** A number phrase, or digits glued to a unit ("5km", "the 400m") read as the number with that unit. */
function readQuantity(words: SubWords, i: number): Quantity | null {
  const digits = words.digits(i);
  const suffix = words.suffix(i);
  if (digits !== null && metresNotMillions(words, i)) {
    return { first: i, last: i + 1, value: digits, ordinal: false, spelled: false, vague: false, gluedUnit: 'm' };
  }
  if (digits !== null && suffix && !SCALE_SUFFIXES.has(suffix) && !isOrdinalSuffix(suffix)) {
    const unit = MEASURE_UNITS.get(suffix);
    if (!unit || !/^\d/.test(words.text(i))) return null;
    return { first: i, last: i + 1, value: digits, ordinal: false, spelled: false, vague: false, gluedUnit: unit };
  }
  return readNumber(words, i);
}

/** "between 10 and 12", "from 10 to 12", "between $5 and $7". */
function readBetween(words: SubWords, i: number, blocked: Uint8Array): NumberMatch | null {
  const link = words.lower(i) === 'between' ? 'and' : 'to';
  const currency = currencyBefore(words, i + 1);
  const start = currency ? currency.next : i + 1;
  const lower = readNumber(words, start);
  if (!lower || lower.ordinal || blocked[start] || words.lower(lower.last) !== link) return null;
  const upperStart = currency && words.text(lower.last + 1) === words.text(i + 1) ? lower.last + 2 : lower.last + 1;
  const upper = readNumber(words, upperStart);
  if (!upper || upper.ordinal || blocked[upperStart]) return null;
  const low = scaleLike(words, lower, upper);
  if (!(upper.value > low)) return null;
  const described = describe(words, upper, blocked);
  const tail = described && !('skipTo' in described) ? described : null;
  const unit = currency ? currency.code : tail?.unit ?? null;
  const counts = currency ? null : tail?.counts ?? null;
  const last = tail && !currency ? Math.max(tail.last, upper.last) : upper.last;
  return { first: i, last, value: low, to: upper.value, kind: 'range', unit, counts };
}
