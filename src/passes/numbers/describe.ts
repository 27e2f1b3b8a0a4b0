import { TIME_UNITS } from '../../lexicon/dates.js';
import { MEASURE_UNITS } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import type { NumberKind } from '../../types.js';
import type { NumberPhrase } from '../number-phrases/read.js';
import { countedNoun, ofPhrase, ordinalCounts, phraseText } from './counts.js';
import { namesRatherThanCounts } from './filters.js';
import type { NumberMatch, Skip } from './match.js';
import { currencyAfter } from './money.js';
import { rangeAfter } from './ranges.js';

/** A number phrase, with the unit glued to its digits when there is one ("5km"). */
export type Quantity = NumberPhrase & { gluedUnit?: string };

/** What is known of a number once its range is read: its value, kind and where it ends so far. */
interface Reading {
  number: Quantity;
  kind: NumberKind;
  last: number;
  to: number | undefined;
}

/**
 * Reads what follows a number, step by step: the upper bound of a range, then a percent sign,
 * a currency name, or a unit and the noun it counts; null when the number turns out to name
 * rather than count something, a skip over a score.
 */
export function describe(words: SubWords, phrase: Quantity, blocked: Uint8Array): NumberMatch | Skip | null {
  const range = phrase.ordinal ? null : rangeAfter(words, phrase, blocked);
  if (range && 'skipTo' in range) return range;
  const reading: Reading = range
    ? { number: { ...phrase, value: range.value }, kind: 'range', last: range.last, to: range.to }
    : { number: phrase, kind: phrase.ordinal ? 'ordinal' : 'cardinal', last: phrase.last, to: undefined };
  return percent(words, reading) ?? money(words, reading) ?? measure(words, reading);
}

const withRange = (to: number | undefined) => (to !== undefined ? { to } : {});

/** "12%", "35 %", "12 percent", "12 per cent", "2 percentage points" */
function percent(words: SubWords, { number, kind, last, to }: Reading): NumberMatch | null {
  const after = words.lower(last);
  let unit = '%';
  if (after === '%' || after === 'percent' || after === 'pct') last++;
  else if (after === 'per' && words.lower(last + 1) === 'cent') last += 2;
  else if (after === 'percentage' && /^points?$/.test(words.lower(last + 1))) {
    unit = 'percentage point';
    last += 2;
  } else return null;
  return { first: number.first, last, value: number.value, kind: kind === 'range' ? 'range' : 'percent', unit, counts: ofPhrase(words, last), ...withRange(to) };
}

/** Money named after the amount: "5 million dollars", "300 US dollars", "10,000 euros" */
function money(words: SubWords, { number, kind, last, to }: Reading): NumberMatch | null {
  const currency = currencyAfter(words, last);
  if (!currency) return null;
  return { first: number.first, last: currency.last, value: number.value, kind: kind === 'range' ? 'range' : 'money', unit: currency.code, counts: null, ...withRange(to) };
}

/** The unit and the noun counted: "three-hour", "five years", "3.5 tonnes of grain", "12-year-old boy", "three-member panel". */
function measure(words: SubWords, { number, kind, last, to }: Reading): NumberMatch | null {
  let unit: string | null = number.gluedUnit ?? null;
  let countsFrom = last;
  let spanEnd = last;
  let unitWord = -1;
  const hyphen = words.text(last) === '-' && words.joined(last) && words.joined(last + 1);
  const unitAt = hyphen ? last + 1 : last;
  if (!unit && unitAt < words.length && !words.newline(unitAt)) {
    const candidate = words.lower(unitAt);
    const time = TIME_UNITS.get(candidate);
    const measured = MEASURE_UNITS.get(candidate);
    const name = time ?? measured ?? null;
    // "its fifth year" ranks years; "the second place" has no unit; "one second" is no duration.
    if (name && !(number.ordinal && candidate !== time && !measured)) {
      if (!(candidate === 'second' && !hyphen && number.value === 1 && number.spelled) && !(measured === 'point' && !hyphen)) {
        unit = name;
        unitWord = unitAt;
        countsFrom = unitAt + 1;
        if (hyphen) {
          spanEnd = unitAt + 1;
          // "12-year-old"
          if (words.text(spanEnd) === '-' && words.joined(spanEnd) && words.lower(spanEnd + 1) === 'old') spanEnd += 2;
          countsFrom = spanEnd;
        }
      }
    }
  }
  let counts: string | null = null;
  if (unitWord >= 0 && !hyphen && !number.ordinal) {
    // "five years" measures time; "3.5 tonnes of grain" names what was measured.
    counts = ofPhrase(words, countsFrom);
  } else if (unitWord >= 0 && number.ordinal) {
    // "its fifth year": the year of whatever "its" refers to.
    counts = ordinalCounts(words, number, unitWord, countsFrom);
  } else if (hyphen && unitWord < 0 && /^\p{L}+$/u.test(words.text(unitAt))) {
    // "three-member panel": the compound names what is counted.
    spanEnd = unitAt + 1;
    counts = words.text(unitAt);
  } else {
    const noun = countedNoun(words, countsFrom);
    if (noun) {
      counts = phraseText(words, noun.first, noun.last);
      if (number.ordinal) counts = ordinalCounts(words, number, -1, countsFrom) ?? counts;
    }
  }
  if (hyphen && unitWord < 0 && !counts) return null;
  if (namesRatherThanCounts(words, number, kind, unit, counts)) return null;
  return { first: number.first, last: spanEnd, value: number.value, kind, unit, counts, ...withRange(to) };
}
