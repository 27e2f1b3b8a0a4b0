import { DEICTIC_DAYS, FREQUENCIES, PERIOD_ORDINALS, REFERENCES, SEASONS, SHIFTS, TIME_UNITS, WEEKDAYS } from '../../lexicon/dates.js';
import { SMALL_NUMBERS, TENS, VAGUE_COUNTS } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import type { Candidate, Matcher } from './candidate.js';
import { ago } from './matchers/ago.js';
import { anaphoricDays } from './matchers/anaphoric-days.js';
import { bareUnits } from './matchers/bare-units.js';
import { clockTimes } from './matchers/clock-times.js';
import { deictic } from './matchers/deictic.js';
import { durations } from './matchers/durations.js';
import { HOLIDAY_STARTS, holidays } from './matchers/holidays.js';
import { EDGE_MODIFIERS, POSSESSIVES, stem } from './matchers/phrases.js';
import { periods } from './matchers/periods.js';
import { quarters } from './matchers/quarters.js';
import { references } from './matchers/references.js';
import { relativeUnit } from './matchers/relative-unit.js';
import { seasons } from './matchers/seasons.js';
import { sets } from './matchers/sets.js';
import { shiftedMonths } from './matchers/shifted-months.js';
import { weekday } from './matchers/weekday.js';
import { years } from './matchers/years.js';

const SET_STARTS = new Set(['every', 'each', 'a', 'an', 'per']);
const WEEKDAY_STARTS = new Set(['last', 'next', 'this', 'early', 'late']);
const QUARTER_NAMES = new Set(['q1', 'q2', 'q3', 'q4']);
/** "that quarter", "year-ago profit", "latest quarter". */
const PERIOD_STARTS = new Set(['that', 'year', 'latest']);
const BARE_STARTS = new Set(['recent', 'over', 'in']);
const YEAR_STARTS = new Set(['mid', 'early', 'late', 'fiscal', 'fy', 'nineteen', "'", '’', '‘']);
const REFERENCE_STARTS = new Set(['right', 'at', 'these', 'nowadays']);
const CLOCK_STARTS = new Set(['noon', 'midday', 'midnight']);
const COUNT_STARTS = new Set(['a', 'an', 'half', 'single', ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...VAGUE_COUNTS]);

type Starts = (words: SubWords, i: number, lower: string) => boolean;

/** Clock times like "18:00" are no number to the sub-word reader, so they are known by their first character. */
const startsWithDigit = (words: SubWords, i: number) => {
  const code = words.text(i).charCodeAt(0);
  return code >= 48 && code <= 57;
};
const isThe: Starts = (_, __, lower) => lower === 'the';
const isCountStart: Starts = (words, i, lower) => words.digits(i) !== null || COUNT_STARTS.has(lower);

/**
 * The matchers in the order they are tried, each with the words it can start at, so most words
 * try none and "the" tries a few. The longest match wins, the earlier matcher on a tie.
 */
const MATCHERS: ReadonlyArray<readonly [Starts, Matcher]> = [
  [(_, __, lower) => FREQUENCIES.has(lower) || SET_STARTS.has(lower), sets],
  [(words, i, lower) => DEICTIC_DAYS.has(stem(words, i)) || EDGE_MODIFIERS.has(lower) || lower === 'this' || lower === 'last', deictic],
  [(words, i, lower) => WEEKDAYS.has(stem(words, i)) || WEEKDAY_STARTS.has(lower), weekday],
  [(_, __, lower) => lower === 'last' || lower === 'next' || lower === 'this', shiftedMonths],
  [(_, __, lower) => HOLIDAY_STARTS.has(lower), holidays],
  [(words, i, lower) => isThe(words, i, lower) || PERIOD_ORDINALS.has(lower) || QUARTER_NAMES.has(lower) || POSSESSIVES.has(lower), quarters],
  [(words, i, lower) => isThe(words, i, lower) || PERIOD_STARTS.has(stem(words, i)), periods],
  [(words, i, lower) => isThe(words, i, lower) || EDGE_MODIFIERS.has(lower) || SHIFTS.has(lower), relativeUnit],
  [isThe, anaphoricDays],
  [isCountStart, ago],
  [(words, i, lower) => isThe(words, i, lower) || POSSESSIVES.has(lower) || isCountStart(words, i, lower), durations],
  [(_, __, lower) => BARE_STARTS.has(lower) || TIME_UNITS.has(lower), bareUnits],
  [(words, i, lower) => isThe(words, i, lower) || words.digits(i) !== null || YEAR_STARTS.has(lower), years],
  [(words, i, lower) => isThe(words, i, lower) || SHIFTS.has(lower) || EDGE_MODIFIERS.has(lower) || SEASONS.has(lower), seasons],
  [(words, i, lower) => isThe(words, i, lower) || REFERENCE_STARTS.has(lower) || REFERENCES.has(lower), references],
  [(words, i, lower) => words.digits(i) !== null || CLOCK_STARTS.has(lower) || startsWithDigit(words, i), clockTimes],
];

/** Every word some matcher starts at, checked first so that most words cost one lookup. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...FREQUENCIES.keys(), ...DEICTIC_DAYS.keys(), ...WEEKDAYS.keys(), ...SHIFTS.keys(), ...EDGE_MODIFIERS,
  ...PERIOD_ORDINALS.keys(), ...POSSESSIVES, ...SEASONS.keys(), ...REFERENCES.keys(), ...TIME_UNITS.keys(),
  ...COUNT_STARTS, ...SET_STARTS, ...WEEKDAY_STARTS, ...QUARTER_NAMES, ...BARE_STARTS,
  ...YEAR_STARTS, ...REFERENCE_STARTS, ...PERIOD_STARTS, ...HOLIDAY_STARTS, ...CLOCK_STARTS, 'the',
]);

/** Runs the matchers left to right, keeping the longest match at each word. */
export function scanGrammar(words: SubWords): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const lower = words.lower(i);
    if (words.digits(i) === null && !TRIGGERS.has(lower) && !startsWithDigit(words, i) && !TRIGGERS.has(stem(words, i))) {
      i++;
      continue;
    }
    let best: Candidate | null = null;
    for (const [starts, matcher] of MATCHERS) {
      if (!starts(words, i, lower)) continue;
      const candidate = matcher(words, i);
      if (candidate && candidate.last > candidate.first && (!best || candidate.last - candidate.first > best.last - best.first)) best = candidate;
    }
    if (best) {
      found.push(best);
      i = Math.max(best.last, i + 1);
    } else {
      i++;
    }
  }
  return found;
}
