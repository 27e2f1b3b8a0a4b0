import { CALENDAR_UNITS as CALENDAR_UNIT_LIST, SHIFTS, TIME_UNIT_LENGTHS } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf, type Day } from '../calendar.js';
import type { Anchor, Candidate, Resolution } from '../candidate.js';
import { stem, yearToken } from './phrases.js';

export type CalendarUnit = (typeof CALENDAR_UNIT_LIST)[number];

export const CALENDAR_UNITS: ReadonlyMap<string, CalendarUnit> = new Map(CALENDAR_UNIT_LIST.map((unit) => [unit, unit]));

/** The TIMEX3 value of the calendar unit `shift` units away from the one holding `ref`. */
function unitValue(ref: Day, unit: CalendarUnit, shift: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, shift));
    case 'week':
      return formatWeek(addDays(ref, 7 * shift));
    case 'weekend':
      return `${formatWeek(addDays(ref, 7 * shift))}-WE`;
    case 'month': {
      const { year, month } = addMonths(ref.year, ref.month, shift);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(ref.year, ref.month, 3 * shift);
      return `${formatYear(year)}-Q${quarterOf(month)}`;
    }
    case 'year':
      return formatYear(ref.year + shift);
    case 'decade':
      return String(Math.floor(ref.year / 10) + shift);
    case 'century':
      return String(Math.floor(ref.year / 100) + shift).padStart(2, '0');
  }
}

/** The anchors fine enough to count a unit from: "the following week" needs a day, "the previous year" a year at least. */
const FINE_ENOUGH: Record<CalendarUnit, ReadonlyArray<Anchor['grain']>> = {
  day: ['day'],
  week: ['day'],
  weekend: ['day'],
  month: ['day', 'month'],
  quarter: ['day', 'month'],
  year: ['day', 'month', 'year'],
  decade: ['day', 'month', 'year'],
  century: ['day', 'month', 'year'],
};

/**
 * The day a narrative shift counts from: the newest anchor fine enough for the unit; else the
 * reference day, unless the text is talking about another period ("in 1990 … the following week"
 * has no week we can name).
 */
function narrativeOrigin(at: Resolution, unit: CalendarUnit): Day | null {
  const anchors = at.anchors ?? [];
  const fine = anchors.find((anchor) => FINE_ENOUGH[unit].includes(anchor.grain));
  if (fine) return fine.day;
  const ref = at.ref;
  if (!ref) return null;
  const elsewhere = anchors.some((anchor) => anchor.day.year !== ref.year || (anchor.grain === 'month' && anchor.day.month !== ref.month));
  return elsewhere ? null : ref;
}

/**
 * The calendar unit `shift` units from the reference day's, over pieces `first` to `last`; with
 * `narrative`, from the day the text last named when there is one ("the day before", "the following
 * year" follow the story's time).
 */
export function relativeCandidate(first: number, last: number, unit: CalendarUnit, shift: number, from: 'now' | 'narrative' = 'now'): Candidate {
  const origin = (at: Resolution) => (from === 'narrative' ? narrativeOrigin(at, unit) : at.ref);
  const value = (at: Resolution) => {
    const day = origin(at);
    return day ? unitValue(day, unit, shift) : null;
  };
  if (unit === 'day') return { first, last, type: 'DATE', value, day: (at) => {
    const day = origin(at);
    return day ? addDays(day, shift) : null;
  } };
  return { first, last, type: 'DATE', value };
}

/** "this year" and friends at `j` ("this past week" too); the unit, the shift and where it ends. */
export function shiftedUnit(words: SubWords, j: number): { unit: CalendarUnit; shift: number; last: number } | null {
  let shift = SHIFTS.get(words.lower(j));
  let k = j + 1;
  if (words.lower(j) === 'this' && (words.lower(k) === 'past' || words.lower(k) === 'coming')) {
    shift = words.lower(k) === 'past' ? -1 : 1;
    k++;
  }
  const unit = CALENDAR_UNITS.get(stem(words, k));
  if (shift === undefined || !unit) return null;
  return { unit, shift, last: k + 1 };
}

/** "of 2009", "of this year", "of last year" at `j`: the year it names, or null when none. */
export function ofYear(words: SubWords, j: number): { last: number; year: (ref: Day | null) => number | null } | null {
  if (words.lower(j) !== 'of') return null;
  const year = yearToken(words, j + 1);
  if (year !== null) return { last: j + 2, year: () => year };
  const shifted = shiftedUnit(words, j + 1);
  if (shifted && shifted.unit === 'year') return { last: shifted.last, year: (ref) => (ref ? ref.year + shifted.shift : null) };
  if (words.lower(j + 1) === 'the' && words.lower(j + 2) === 'year') return { last: j + 3, year: (ref) => ref?.year ?? null };
  return null;
}

/** TIMEX3 for `count` of a time unit ("P3Y", "PT2H", "P20Y" for two decades), or for an unknown count of it ("PXDE"). */
export function unitDuration(unit: string, count: number | null): string {
  const length = TIME_UNIT_LENGTHS.get(unit)!;
  const clock = length.clock ? 'T' : '';
  const half = HALVES.get(unit);
  // "2 1/2 years" is written P2Y6M, "half an hour" PT30M: whole units, then the half in the next smaller one.
  if (count !== null && count % 1 === 0.5 && half) {
    const whole = Math.floor(count);
    return `P${clock}${whole ? `${whole}${length.countedIn}` : ''}${half}`;
  }
  return count === null ? `P${clock}X${length.letters}` : `P${clock}${round(count * length.times)}${length.countedIn}`;
}

/** Half of a unit in the next smaller one, as it follows the whole units in a TIMEX3 duration. */
const HALVES: ReadonlyMap<string, string> = new Map([
  ['day', 'T12H'],
  ['hour', '30M'],
  ['minute', '30S'],
  ['year', '6M'],
]);

const round = (n: number) => Number(n.toPrecision(12));
