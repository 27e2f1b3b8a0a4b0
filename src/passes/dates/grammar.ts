import type { TimexType } from '../../types.js';
import * as dates from '../../lexicon/dates.js';
import { POSSESSIVES as POSSESSIVE_WORDS, SMALL_NUMBERS, TENS, VAGUE_COUNTS as VAGUE_COUNT_WORDS } from '../../lexicon/numbers.js';
import { readNumber, readVague, type NumberPhrase } from '../numbers/read.js';
import { opensSentence, type Word } from '../numbers/tokens.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  quarterOf,
  weekday,
  type Day,
} from './calendar.js';

const { DECADE_WORDS, FREQUENCIES, MONTHS, PARTS_OF_DAY, PERIOD_ORDINALS: ORDINAL_PARTS, REFERENCES, SEASONS, SHIFTS, TIME_UNITS, TIME_UNIT_LENGTHS, WEEKDAYS } = dates;
const DEICTIC = dates.DEICTIC_DAYS;
const APPROXIMATORS = new Set(dates.APPROXIMATORS);
const APPROXIMATOR_PAIRS = new Set(dates.APPROXIMATOR_PAIRS);
const VAGUE_COUNTS = new Set(VAGUE_COUNT_WORDS);

/** What a value needs besides the words: the reference day and which way the clause leans. */
export interface Resolution {
  ref: Day | null;
  /** Whether the clause around the expression points after or before the reference day, if it says. */
  lean: 'future' | 'past' | null;
}

/** A time expression found by the grammar, its value computed once its context is known. */
export interface Candidate {
  first: number;
  last: number;
  type: TimexType;
  value(at: Resolution): string | null;
  /** The calendar day it names, so a clock time next to it can borrow the day. */
  day?(at: Resolution): Day | null;
}

type Matcher = (words: Word[], i: number) => Candidate | null;

const lower = (words: Word[], i: number) => words[i]?.lower ?? '';
/** "Monday's" and "Monday 's" both name Monday. */
const stem = (word: Word | undefined) => (!word ? '' : word.lower.endsWith('s') ? word.lower.replace(/['’]s$/, '') : word.lower);
const isCapitalised = (word: Word | undefined) => !!word && /^\p{Lu}/u.test(word.text);

/** Index after a possessive "'s" written as separate tokens ("today 's"), or `i` when none. */
function skipPossessive(words: Word[], i: number): number {
  const mark = words[i];
  return mark && /^['’]$/.test(mark.text) && words[i + 1]?.lower === 's' && words[i + 1]!.joined ? i + 2 : i;
}

function possessive(words: Word[], i: number): boolean {
  return /['’]s$/.test(words[i]?.lower ?? '') || skipPossessive(words, i + 1) !== i + 1;
}

const fixed = (value: string | null) => () => value;

function dayValue(shift: (ref: Day) => Day | null) {
  return {
    value: (at: Resolution) => {
      const day = at.ref && shift(at.ref);
      return day ? formatDay(day) : null;
    },
    day: (at: Resolution) => (at.ref ? shift(at.ref) : null),
  };
}

/** Past news: a bare weekday is the latest one on or before the reference day, unless the clause looks ahead. */
export function resolveWeekday(ref: Day, target: number, mode: 'past' | 'future' | 'last' | 'next'): Day {
  const today = weekday(ref);
  if (mode === 'past' || mode === 'last') {
    let back = (today - target + 7) % 7;
    if (mode === 'last' && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (target - today + 7) % 7;
  if (mode === 'next' && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

// today, yesterday, tonight, last night, this morning

const EDGE_MODIFIERS = new Set(dates.EDGE_MODIFIERS);

const deictic: Matcher = (words, i) => {
  const first = i;
  let j = i;
  if (EDGE_MODIFIERS.has(lower(words, j)) && DEICTIC.has(stem(words[j + 1]))) j++;
  const word = words[j];
  const core = stem(word);
  let offset = DEICTIC.get(core);
  let part: string | undefined = core === 'tonight' ? 'NI' : undefined;
  let last = j + 1;
  if (offset === undefined) {
    // "last night", "this morning"
    const next = lower(words, j + 1);
    const code = PARTS_OF_DAY.get(next);
    if (!code || (core !== 'this' && core !== 'last') || (core === 'last' && code !== 'NI')) return null;
    offset = core === 'last' ? -1 : 0;
    part = code;
    last = j + 2;
  } else if (core === 'today' && possessive(words, j) && first === j) {
    return { first, last: skipPossessive(words, last), type: 'DATE', value: fixed('PRESENT_REF') };
  } else if (core !== 'tonight') {
    const code = PARTS_OF_DAY.get(lower(words, last));
    if (code && !possessive(words, j)) {
      part = code;
      last++;
    }
  }
  const shift = offset;
  const { value, day } = dayValue((ref) => addDays(ref, shift));
  if (part) {
    const code = part;
    return { first, last, type: 'TIME', value: (at) => { const v = value(at); return v && `${v}T${code}`; }, day };
  }
  return { first, last: skipPossessive(words, last), type: 'DATE', value, day };
};

// Friday, last Friday, Friday morning

const WEEKDAY_PREFIX = new Set(dates.WEEKDAY_PREFIXES);
/** Named days that fall on a weekday but are not this week's: "Good Friday", "Cyber Monday". */
const NAMED_DAY_PREFIXES = new Set(dates.NAMED_DAY_PREFIXES);

const weekdayMatcher: Matcher = (words, i) => {
  let j = i;
  let mode: 'last' | 'next' | 'this' | null = null;
  const first = lower(words, i);
  if (first === 'last' || first === 'next' || first === 'this') {
    mode = first;
    j++;
    if (lower(words, j) === 'coming' || lower(words, j) === 'past') {
      mode = lower(words, j) === 'coming' ? 'next' : 'last';
      j++;
    }
  } else if ((first === 'early' || first === 'late') && WEEKDAYS.has(stem(words[i + 1]))) {
    j++;
  }
  const word = words[j];
  const target = WEEKDAYS.get(stem(word));
  if (target === undefined || !isCapitalised(word)) return null;
  let last = j + 1;
  // "Black Monday", "Super Tuesday": a name, not a day of this week.
  const before = words[i - 1];
  const named =
    i === j &&
    !!before &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    !WEEKDAY_PREFIX.has(before.lower) &&
    (NAMED_DAY_PREFIXES.has(before.lower) || (before.tags.has('Adjective') && !opensSentence(words, i - 1))) &&
    before.sentence === word!.sentence;
  let part: string | undefined;
  const code = PARTS_OF_DAY.get(lower(words, last));
  if (code && !possessive(words, j)) {
    part = code;
    last++;
  }
  const resolveDay = (at: Resolution): Day | null => {
    if (!at.ref || named) return null;
    if (mode === 'last') return resolveWeekday(at.ref, target, 'last');
    if (mode === 'next') return resolveWeekday(at.ref, target, 'next');
    // "this Friday" and a bare "Friday" follow the clause.
    return resolveWeekday(at.ref, target, at.lean === 'future' ? 'future' : 'past');
  };
  const value = (at: Resolution) => {
    const day = resolveDay(at);
    if (!day) return null;
    return part ? `${formatDay(day)}T${part}` : formatDay(day);
  };
  return { first: i, last: skipPossessive(words, last), type: part ? 'TIME' : 'DATE', value, day: resolveDay };
};

// last week, this year, next month, later this year, the end of last year, the previous year

type CalendarUnit = (typeof dates.CALENDAR_UNITS)[number];

const CALENDAR_UNITS: ReadonlyMap<string, CalendarUnit> = new Map(dates.CALENDAR_UNITS.map((unit) => [unit, unit]));

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

const PARTS_OF = new Set(dates.PERIOD_PARTS);

/** "this year" and friends after `j` ("this past week" too); returns the unit, the shift and where it ends. */
function shiftedUnit(words: Word[], j: number): { unit: CalendarUnit; shift: number; last: number } | null {
  let shift = SHIFTS.get(lower(words, j));
  let k = j + 1;
  if (lower(words, j) === 'this' && (lower(words, k) === 'past' || lower(words, k) === 'coming')) {
    shift = lower(words, k) === 'past' ? -1 : 1;
    k++;
  }
  const unit = CALENDAR_UNITS.get(stem(words[k]));
  if (shift === undefined || !unit) return null;
  return { unit, shift, last: k + 1 };
}

const relativeUnit: Matcher = (words, i) => {
  let j = i;
  if (EDGE_MODIFIERS.has(lower(words, j))) j++;
  // the end of this year / the start of the day / the rest of the week
  if (lower(words, j) === 'the' && PARTS_OF.has(lower(words, j + 1)) && lower(words, j + 2) === 'of') {
    const k = j + 3;
    const inner = shiftedUnit(words, k);
    if (inner && inner.unit !== 'day') return relativeCandidate(i, inner.last, inner.unit, inner.shift);
    if (lower(words, k) === 'the' && CALENDAR_UNITS.has(lower(words, k + 1)) && lower(words, k + 1) !== 'decade') {
      return relativeCandidate(i, k + 2, CALENDAR_UNITS.get(lower(words, k + 1))!, 0);
    }
    return null;
  }
  if (lower(words, j) === 'the') {
    const k = j + 1;
    const word = lower(words, k);
    const unit = CALENDAR_UNITS.get(stem(words[k + 1]));
    if (!unit) {
      // the year before, the year previous
      const bare = CALENDAR_UNITS.get(word);
      const after = lower(words, k + 1);
      if (bare && bare !== 'day' && (after === 'before' || after === 'previous' || after === 'earlier')) {
        return relativeCandidate(i, k + 2, bare, -1);
      }
      if (word === 'weekend') return relativeCandidate(i, k + 1, 'weekend', 0);
      return null;
    }
    if (unit === 'day') return null;
    if (lower(words, k + 2) === 'of') return null;
    if (word === 'past' || word === 'coming') {
      return { first: i, last: k + 2, type: 'DURATION', value: fixed(unitDuration(unit === 'weekend' ? 'week' : unit, 1)) };
    }
    // "the last quarter", "the previous year", "the following month"; "the this year" is no phrase.
    const shift = SHIFTS.get(word);
    if (shift === undefined || word === 'this') return null;
    return relativeCandidate(i, k + 2, unit, shift);
  }
  const inner = shiftedUnit(words, j);
  if (!inner || inner.unit === 'day') return null;
  if (lower(words, j) === 'coming' || lower(words, j) === 'following' || lower(words, j) === 'previous') return null;
  return relativeCandidate(i, inner.last, inner.unit, inner.shift);
};

function relativeCandidate(first: number, last: number, unit: CalendarUnit, shift: number): Candidate {
  const value = (at: Resolution) => (at.ref ? unitValue(at.ref, unit, shift) : null);
  if (unit === 'day') return { first, last, type: 'DATE', value, day: (at) => (at.ref ? addDays(at.ref, shift) : null) };
  return { first, last, type: 'DATE', value };
}

/** TIMEX3 for `count` of `unit` ("P3Y", "PT2H", "P20Y" for two decades), or an unknown count of it ("PXDE"). */
function unitDuration(unit: string, count: number | null): string {
  const length = TIME_UNIT_LENGTHS.get(unit)!;
  const t = length.clock ? 'T' : '';
  return count === null ? `P${t}X${length.letters}` : `P${t}${round(count * length.times)}${length.countedIn}`;
}

const round = (n: number) => Number(n.toPrecision(12));

// quarters, halves and seasons


/** "of 2009", "of this year", "of last year" after `j`: the year it names, or null when none. */
function ofYear(words: Word[], j: number): { last: number; year: (ref: Day | null) => number | null } | null {
  if (lower(words, j) !== 'of') return null;
  const year = yearToken(words[j + 1]);
  if (year !== null) return { last: j + 2, year: () => year };
  const shifted = shiftedUnit(words, j + 1);
  if (shifted && shifted.unit === 'year') return { last: shifted.last, year: (ref) => (ref ? ref.year + shifted.shift : null) };
  if (lower(words, j + 1) === 'the' && lower(words, j + 2) === 'year') return { last: j + 3, year: (ref) => ref?.year ?? null };
  return null;
}

function yearToken(word: Word | undefined): number | null {
  if (!word || word.digits === null || word.suffix !== '' || !/^\d{4}$/.test(word.text)) return null;
  return word.digits >= 1000 && word.digits <= 2200 ? word.digits : null;
}

const quarters: Matcher = (words, i) => {
  let j = i;
  if (lower(words, j) === 'the') j++;
  const ordinal = ORDINAL_PARTS.get(lower(words, j));
  let k = j + 1;
  if (ordinal === undefined) {
    // Q3, Q3 2009
    const m = /^q([1-4])$/.exec(lower(words, i));
    if (!m) return null;
    const n = Number(m[1]);
    const year = yearToken(words[i + 1]);
    const last = year !== null ? i + 2 : i + 1;
    return { first: i, last, type: 'DATE', value: (at) => { const y = year ?? at.ref?.year; return y ? `${formatYear(y)}-Q${n}` : null; } };
  }
  if (lower(words, k) === '-' && words[k]!.joined) k++;
  const noun = lower(words, k);
  if (noun !== 'quarter' && noun !== 'half') return null;
  if (noun === 'half' && ordinal > 2 && lower(words, j) !== 'final') return null;
  const n = lower(words, j) === 'final' ? (noun === 'half' ? 2 : 4) : ordinal;
  const code = noun === 'quarter' ? `Q${n}` : `H${n}`;
  const of = ofYear(words, k + 1);
  // "the second half" of a match is not the second half of the year.
  if (!of && (noun === 'half' || lower(words, k + 1) === 'of' || (i === j && words[k - 1]?.text !== '-'))) return null;
  const last = of ? of.last : k + 1;
  return {
    first: i,
    last,
    type: 'DATE',
    value: (at) => {
      let year = of ? of.year(at.ref) : at.ref?.year ?? null;
      if (year === null) return null;
      if (!of && at.ref && noun === 'quarter') {
        // "sales rose in the fourth quarter", written in March, is last year's.
        const current = quarterOf(at.ref.month);
        if (at.lean === 'future' && n < current) year++;
        else if (at.lean === 'past' && n > current) year--;
      }
      return `${formatYear(year)}-${code}`;
    },
  };
};

const seasons: Matcher = (words, i) => {
  let j = i;
  let shift: number | null = null;
  const first = lower(words, i);
  if (SHIFTS.has(first) && first !== 'coming' && first !== 'following' && first !== 'previous') {
    shift = SHIFTS.get(first)!;
    j++;
  } else if (EDGE_MODIFIERS.has(first) || first === 'the') {
    j++;
  }
  const word = words[j];
  const code = SEASONS.get(lower(words, j));
  if (!word || !code) return null;
  const year = yearToken(words[j + 1]);
  const of = year === null ? ofYear(words, j + 1) : null;
  const anchored = shift !== null || year !== null || of !== null;
  // A bare "fall" or "spring" is as often a verb or a noun as a season.
  if (!anchored && !(isCapitalised(word) && !opensSentence(words, j) && word.tags.has('Noun'))) {
    if (!(first === 'the' || EDGE_MODIFIERS.has(first)) || !word.tags.has('Noun') || lower(words, j + 1) === 'of') return null;
    if (code === 'FA' || code === 'SP') {
      if (lower(words, i - 1) !== 'in' && lower(words, i - 1) !== 'this' && lower(words, i - 1) !== 'by') return null;
    }
  }
  const last = year !== null ? j + 2 : of ? of.last : j + 1;
  return {
    first: i,
    last,
    type: 'DATE',
    value: (at) => {
      const y = year ?? (of ? of.year(at.ref) : null) ?? (at.ref ? seasonYear(at.ref, code, shift, at.lean) : null);
      return y === null ? null : `${formatYear(y)}-${code}`;
    },
  };
};

/** Month a season is taken to start, to decide whether "last summer" is this year's. */
const SEASON_START: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/**
 * Which year's season "last summer", "this winter" or a bare "spring" means. A season is named by
 * the year it starts in (winter 2008 runs from December 2008); "last" is the latest one already
 * over, "next" the first not yet begun, and "this" or none the one under way or, failing that, the
 * latest begun, or the next when the clause looks ahead.
 */
function seasonYear(ref: Day, code: string, shift: number | null, lean: Resolution['lean']): number {
  const start = SEASON_START.get(code)! - 1;
  const now = ref.year * 12 + ref.month - 1;
  const latestBegun = start <= ref.month - 1 ? ref.year : ref.year - 1;
  const underWay = now < latestBegun * 12 + start + 3;
  if (shift === -1) return underWay ? latestBegun - 1 : latestBegun;
  if (shift === 1) return latestBegun + 1;
  if (underWay) return latestBegun;
  return lean === 'future' ? latestBegun + 1 : latestBegun;
}

// years, decades, centuries

const YEAR_BLOCKERS = new Set(dates.YEAR_BLOCKERS);
const YEAR_OPENERS = new Set(dates.YEAR_OPENERS);

const years: Matcher = (words, i) => {
  let j = i;
  const first = lower(words, i);
  let fiscal = false;
  if (first === 'mid' && lower(words, i + 1) === '-' && words[i + 1]!.joined) j = i + 2;
  else if (first === 'early' || first === 'late' || first === 'mid') j = i + 1;
  else if (first === 'fiscal' || first === 'fy') {
    fiscal = true;
    j = i + 1;
  }
  const word = words[j];
  if (!word) return null;
  // '82, '90s
  if (/^['’‘]$/.test(word.text) && words[j + 1]?.joined && /^\d{2}s?$/.test(words[j + 1]!.text)) {
    const two = Number(words[j + 1]!.text.slice(0, 2));
    const century = two >= 30 ? 1900 : 2000;
    if (words[j + 1]!.suffix === 's') {
      if (two % 10 !== 0) return null;
      return { first: i, last: j + 2, type: 'DATE', value: fixed(String((century + two) / 10)) };
    }
    return { first: i, last: j + 2, type: 'DATE', value: fixed(formatYear(century + two)) };
  }
  // 1990s, 90s
  if (word.digits !== null && word.suffix === 's' && /^\d{2}(\d{2})?s$/.test(word.text) && word.digits % 10 === 0) {
    const full = word.text.length === 5 ? word.digits : (word.digits >= 30 ? 1900 : 2000) + word.digits;
    if (word.text.length === 3 && !(lower(words, j - 1) === 'the' || EDGE_MODIFIERS.has(lower(words, j - 1)) || j > i || /^(and|or|in)$/.test(lower(words, j - 1)))) return null;
    return { first: i, last: j + 1, type: 'DATE', value: fixed(String(full / 10)) };
  }
  // the sixties (not "in her sixties", an age)
  if (first === 'the' && DECADE_WORDS.has(lower(words, i + 1))) {
    return { first: i, last: i + 2, type: 'DATE', value: fixed(String(190 + DECADE_WORDS.get(lower(words, i + 1))!)) };
  }
  // the 20th century, the twentieth-century
  if (first === 'the') {
    const number = readNumber(words, i + 1);
    if (number && number.ordinal) {
      let k = number.last;
      if (lower(words, k) === '-' && words[k]!.joined) k++;
      if (stem(words[k]) === 'century') {
        return { first: i, last: k + 1, type: 'DATE', value: fixed(String(number.value - 1).padStart(2, '0')) };
      }
    }
    return null;
  }
  if (fiscal && word.text.length === 4 && yearToken(word) !== null) {
    return { first: i, last: j + 1, type: 'DATE', value: fixed(`FY${word.text}`) };
  }
  const year = yearToken(word);
  if (year === null || year < 1500 || year > 2100) return null;
  const before = words[j - 1];
  if (before && word.joined && j === i && !(before.text === '(' || /^["“'‘]$/.test(before.text))) {
    // Glued to a letter or symbol: "A-1990", "$2000", "#2008".
    if (!(before.text === '-' && yearToken(words[j - 2]) !== null)) return null;
  }
  if (before && YEAR_BLOCKERS.has(before.lower)) return null;
  const after = words[j + 1];
  if (after && !after.newline && after.sentence === word.sentence) {
    if (after.text === '%' || after.text === ':' || (after.text === '.' && after.joined && words[j + 2]?.joined && words[j + 2]?.digits !== null)) return null;
    // "2000 employees" counts; "the 2014 protests" dates.
    const determined = before && /^(the|a|an|its|their|his|her|this|that)$/.test(before.lower);
    if (after.tags.has('Plural') && !after.tags.has('Date') && !/['’]/.test(after.text) && !/^[A-Z]/.test(after.text) && !determined) return null;
    if (after.tags.has('Unit')) return null;
    // Part of a number list or a range of counts: "1,500 to 2000 jobs".
    if ((after.lower === 'to' || after.text === '-') && words[j + 2]?.digits !== null && yearToken(words[j + 2]) === null && !words[j + 2]?.suffix) return null;
  }
  if (before && before.digits !== null && !before.newline && yearToken(before) === null && before.sentence === word.sentence) return null;
  // A recent year needs no introduction; an older number reads as a year only after "in", "since"…
  const modern = year >= 1900 && year <= 2100;
  const context = j > i || !before || before.newline || YEAR_OPENERS.has(before.lower) || /^[,(;"“'‘–—-]$/.test(before.text) || isCapitalised(before) || before.tags.has('Preposition');
  if (!context && !modern) return null;
  // "employs 2000", "killing 1900": straight after a verb, a number is a count.
  if (before && !context && before.tags.has('Verb') && !before.tags.has('Copula') && !before.tags.has('Auxiliary')) return null;
  return { first: i, last: j + 1, type: 'DATE', value: fixed(formatYear(year)) };
};

// two years, three-hour, the past nine days, several months, its fifth year, years

const DURATION_ADJECTIVES = new Set(dates.DURATION_ADJECTIVES);
const DURATION_LEADS = new Set(dates.DURATION_LEADS);
const POSSESSIVES = new Set(POSSESSIVE_WORDS);

/** Approximators before `i` ("nearly", "more than"): index of the first one, or `i`. */
function approximatorStart(words: Word[], i: number): number {
  const one = lower(words, i - 1);
  const two = `${lower(words, i - 2)} ${one}`;
  if (APPROXIMATOR_PAIRS.has(two)) return i - 2;
  if (APPROXIMATORS.has(one)) return i - 1;
  return i;
}

/** "a", "one", "two and a half", "30", "several", "a few": a count before a time unit. */
function readCount(words: Word[], i: number): NumberPhrase | null {
  const word = words[i];
  if (!word) return null;
  if ((word.lower === 'a' || word.lower === 'an') && !SCALE_AFTER_A.has(lower(words, i + 1))) {
    if (lower(words, i + 1) === 'few' || lower(words, i + 1) === 'couple') {
      const last = lower(words, i + 2) === 'of' ? i + 3 : i + 2;
      return { first: i, last, value: lower(words, i + 1) === 'couple' ? 2 : NaN, ordinal: false, spelled: true, vague: lower(words, i + 1) === 'few' };
    }
    return { first: i, last: i + 1, value: 1, ordinal: false, spelled: true, vague: false };
  }
  if (word.lower === 'half' && (lower(words, i + 1) === 'a' || lower(words, i + 1) === 'an')) {
    return { first: i, last: i + 2, value: 0.5, ordinal: false, spelled: true, vague: false };
  }
  if (word.lower === 'single' && lower(words, i + 1) === '-' && words[i + 1]!.joined) {
    return { first: i, last: i + 1, value: 1, ordinal: false, spelled: true, vague: false };
  }
  const vague = readVague(words, i);
  if (vague) return vague;
  // "STS-133", "A380": a number glued to letters names something.
  const before = words[i - 1];
  if (word.joined && before && (/\p{L}$/u.test(before.text) || (before.text === '-' && before.joined && /\p{L}/u.test(words[i - 2]?.text ?? '')))) return null;
  const number = readNumber(words, i);
  if (!number || number.ordinal || !(number.value >= 0) || number.value > 10_000) return null;
  if (!number.spelled && (words[i]!.suffix !== '' || /[:]/.test(words[i]!.text))) return null;
  return number;
}

const SCALE_AFTER_A = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);

const durations: Matcher = (words, i) => {
  let j = i;
  let lead: string | null = null;
  if (lower(words, j) === 'the' && DURATION_LEADS.has(lower(words, j + 1))) {
    lead = lower(words, j + 1);
    j += 2;
  }
  // its fifth year
  if (POSSESSIVES.has(lower(words, i))) {
    const number = readNumber(words, i + 1);
    if (!number || !number.ordinal) return null;
    const unit = TIME_UNITS.get(lower(words, number.last));
    if (!unit || unit !== lower(words, number.last)) return null;
    return { first: i, last: number.last + 1, type: 'DURATION', value: fixed(unitDuration(unit, number.value)) };
  }
  const count = readCount(words, j);
  if (!count) {
    // the past week, the coming months
    if (lead && (lead === 'past' || lead === 'coming' || lead === 'next' || lead === 'last')) {
      const unit = TIME_UNITS.get(lower(words, j));
      if (unit && unit !== lower(words, j) && lower(words, j + 1) !== 'of') {
        return { first: i, last: j + 1, type: 'DURATION', value: fixed(unitDuration(unit, null)) };
      }
    }
    return null;
  }
  let k = count.last;
  let compound = false;
  if (lower(words, k) === '-' && words[k]!.joined && words[k + 1]?.joined) {
    k++;
    compound = true;
  }
  while (!compound && DURATION_ADJECTIVES.has(lower(words, k)) && k < count.last + 2) k++;
  const unitWord = words[k];
  const unit = unitWord && TIME_UNITS.get(unitWord.lower);
  if (!unit || !unitWord) return null;
  const plural = unitWord.lower !== unit;
  const value = count.vague ? null : count.value;
  if (unit === 'second' && !compound && (value === null || value === 1) && !plural) return null;
  if (unit === 'quarter' && !(plural || compound || lead)) return null;
  if (count.vague && !plural) return null;
  if (!compound && !plural && value !== null && value !== 1 && !count.spelled && words[k + 1] && !words[k + 1]!.tags.has('Noun') && !words[k + 1]!.tags.has('Adjective')) {
    // "the 2008 model year", "10 year": only a count when a noun follows, as in "a 20 year low".
    if (count.value >= 1000) return null;
  }
  if (!compound && count.value >= 1000 && !count.spelled) return null;
  let last = k + 1;
  // fifty-year-old, decades-long
  if (lower(words, last) === '-' && words[last]!.joined && /^(old|long)$/.test(lower(words, last + 1))) last += 2;
  const first = lead ? i : approximatorStart(words, i);
  return { first, last, type: 'DURATION', value: fixed(unitDuration(unit, value)) };
};

const BARE_OPENERS = new Set(dates.BARE_UNIT_OPENERS);

const bareUnits: Matcher = (words, i) => {
  let j = i;
  const first = lower(words, i);
  if (first === 'recent' || ((first === 'over' || first === 'in') && lower(words, i + 1) === 'the')) j = first === 'recent' ? i + 1 : i + 2;
  const word = words[j];
  const unit = word && TIME_UNITS.get(word.lower);
  if (!word || !unit || word.lower === unit || unit === 'second' || unit === 'quarter' || unit === 'night') return null;
  const after = lower(words, j + 1);
  if (after === 'ago' || after === 'later' || after === 'earlier') return null;
  let last = j + 1;
  if (after === '-' && lower(words, j + 2) === 'long') last = j + 3;
  else if (j === i && !BARE_OPENERS.has(lower(words, i - 1))) return null;
  else if (after === 'of' && j === i) return null;
  if (j === i + 2 && (unit !== 'year' || first === 'in')) return null;
  return { first: i, last, type: 'DURATION', value: fixed(unitDuration(unit, null)) };
};

// 20 years ago, a week ago

const ago: Matcher = (words, i) => {
  const count = readCount(words, i);
  if (!count) return null;
  const unit = TIME_UNITS.get(lower(words, count.last));
  if (!unit || lower(words, count.last + 1) !== 'ago') return null;
  const length = TIME_UNIT_LENGTHS.get(unit)!;
  const n = count.vague ? null : count.value;
  const first = approximatorStart(words, i);
  const value = (at: Resolution): string | null => {
    if (!at.ref) return null;
    if (n === null) return 'PAST_REF';
    const back = Math.round(n) * length.times;
    if (length.clock) return formatDay(addDays(at.ref, -Math.floor(back / 24)));
    switch (length.countedIn) {
      case 'D':
        return formatDay(addDays(at.ref, -back));
      case 'W':
        return formatDay(addDays(at.ref, -7 * back));
      case 'M': {
        const { year, month } = addMonths(at.ref.year, at.ref.month, -back);
        return formatMonth(year, month);
      }
      case 'Q': {
        const { year, month } = addMonths(at.ref.year, at.ref.month, -3 * back);
        return `${formatYear(year)}-Q${quarterOf(month)}`;
      }
      default:
        return formatYear(at.ref.year - back);
    }
  };
  return { first, last: count.last + 2, type: 'DATE', value };
};

// every week, twice a year, annual, 15 a year

const RATE_BEFORE = new Set(dates.RATE_WORDS);

const sets: Matcher = (words, i) => {
  const word = words[i];
  if (!word) return null;
  const frequency = FREQUENCIES.get(word.lower);
  if (frequency) {
    if (isCapitalised(word) && !opensSentence(words, i)) return null;
    return { first: i, last: i + 1, type: 'SET', value: fixed(frequency) };
  }
  if (word.lower === 'every' || word.lower === 'each') {
    let j = i + 1;
    let step = 1;
    if (lower(words, j) === 'other') {
      step = 2;
      j++;
    } else {
      const count = readNumber(words, j);
      if (count && !count.ordinal) {
        step = count.value;
        j = count.last;
      }
    }
    const unit = TIME_UNITS.get(lower(words, j));
    if (unit) return { first: i, last: j + 1, type: 'SET', value: fixed(unitDuration(unit, step)) };
    const day = WEEKDAYS.get(stem(words[j]));
    if (day !== undefined && isCapitalised(words[j])) return { first: i, last: j + 1, type: 'SET', value: fixed(`XXXX-WXX-${day === 0 ? 7 : day}`) };
    return null;
  }
  if (word.lower === 'a' || word.lower === 'an' || word.lower === 'per') {
    const unit = TIME_UNITS.get(lower(words, i + 1));
    if (!unit || unit !== lower(words, i + 1) || unit === 'second') return null;
    const before = words[i - 1];
    if (!before || before.newline) return null;
    const rate =
      word.lower === 'per' ||
      RATE_BEFORE.has(before.lower) ||
      (before.digits !== null && before.sentence === word.sentence && !/[:]/.test(before.text)) ||
      before.tags.has('Value') ||
      before.tags.has('Money');
    if (!rate) return null;
    return { first: i, last: i + 2, type: 'SET', value: fixed(unitDuration(unit, 1)) };
  }
  return null;
};

// now, currently, recently, the past, the future, soon

const CURRENT_NOUNS = new Set(dates.CURRENT_NOUNS);
const REFERENCE_INTENSIFIERS = new Set(dates.REFERENCE_INTENSIFIERS);

const references: Matcher = (words, i) => {
  const word = words[i];
  if (!word) return null;
  const l = word.lower;
  const next = lower(words, i + 1);
  if (l === 'right' && next === 'now') return { first: i, last: i + 2, type: 'DATE', value: fixed('PRESENT_REF') };
  if ((l === 'at' && next === 'present') || (l === 'these' && next === 'days') || (l === 'nowadays')) {
    return { first: l === 'nowadays' ? i : i, last: l === 'nowadays' ? i + 1 : i + 2, type: 'DATE', value: fixed('PRESENT_REF') };
  }
  if (l === 'at' && next === 'the' && lower(words, i + 2) === 'moment') return { first: i, last: i + 3, type: 'DATE', value: fixed('PRESENT_REF') };
  if (l === 'the') {
    const after = lower(words, i + 2);
    if ((next === 'past' || next === 'future') && !TIME_UNITS.has(after) && !readCount(words, i + 2) && after !== 'few') {
      return { first: i, last: i + 2, type: 'DATE', value: fixed(next === 'past' ? 'PAST_REF' : 'FUTURE_REF') };
    }
    if ((next === 'near' || next === 'distant') && after === 'future') return { first: i, last: i + 3, type: 'DATE', value: fixed('FUTURE_REF') };
    if ((next === 'near' || next === 'long' || next === 'longer' || next === 'short') && after === 'term') {
      return { first: i, last: i + 3, type: 'DATE', value: fixed('FUTURE_REF') };
    }
    if (next === 'time' && after === 'being') return { first: i, last: i + 3, type: 'DATE', value: fixed('PRESENT_REF') };
    return null;
  }
  const reference = REFERENCES.get(l);
  if (!reference) return null;
  // "now-cancelled", "Currently" as a name, "shortly after", "current" as a noun
  if (lower(words, i + 1) === '-' && words[i + 1]!.joined) return null;
  if (isCapitalised(word) && !opensSentence(words, i)) return null;
  if ((l === 'soon' || l === 'shortly') && /^(after|before|afterwards|thereafter)$/.test(next)) return null;
  if ((l === 'current' || l === 'recent') && !word.tags.has('Adjective')) return null;
  if (l === 'current' && CURRENT_NOUNS.has(next)) return null;
  let first = i;
  if ((l === 'recently' || l === 'soon') && REFERENCE_INTENSIFIERS.has(lower(words, i - 1))) first = i - 1;
  return { first, last: i + 1, type: 'DATE', value: fixed(reference) };
};

// the day, the same day, the day of the talks, the early weeks of the conflict

const PHASES = new Set(dates.PHASES);
const DAY_CLAUSE_OPENERS = new Set(dates.DAY_CLAUSE_OPENERS);
const NP_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** End of a short noun phrase from `j` ("the conflict", "the peace talks"), or -1. */
function nounPhraseEnd(words: Word[], j: number): number {
  let k = j;
  let noun = -1;
  const sentence = words[j]?.sentence;
  for (let steps = 0; steps < 5 && k < words.length; steps++, k++) {
    const word = words[k]!;
    if (word.sentence !== sentence || !/^[\p{L}\p{N}]/u.test(word.text)) break;
    if (steps === 0 && NP_WORDS.has(word.lower)) continue;
    if (word.joined && /^[$€£¥]$/.test(word.text)) return -1;
    if (word.tags.has('Noun') && !word.tags.has('Pronoun')) noun = k;
    else if (word.tags.has('Adjective') || word.tags.has('Value') || (word.tags.has('Gerund') && noun < 0)) continue;
    else break;
  }
  return noun < 0 ? -1 : noun + 1;
}

const anaphoricDays: Matcher = (words, i) => {
  if (lower(words, i) !== 'the') return null;
  let j = i + 1;
  let kind: 'same' | 'previous' | 'next' | 'phase' | null = null;
  const modifier = lower(words, j);
  if (modifier === 'same') kind = 'same';
  else if (modifier === 'previous' || modifier === 'preceding') kind = 'previous';
  else if (modifier === 'following' || modifier === 'next') kind = 'next';
  else if (PHASES.has(modifier)) kind = 'phase';
  if (kind) j++;
  const unitWord = words[j];
  const unit = unitWord && TIME_UNITS.get(unitWord.lower);
  if (!unitWord || !unit) return null;
  if (unit !== 'day' && unit !== 'night' && kind !== 'phase') return null;
  const after = lower(words, j + 1);
  if (after === 'of') {
    if (!NP_WORDS.has(lower(words, j + 2))) return null;
    const end = nounPhraseEnd(words, j + 2);
    if (end < 0) return null;
    // "the first day of March" is a calendar date; left to the calendar matchers.
    if (MONTHS.has(lower(words, j + 2)) || yearToken(words[j + 2]) !== null) return null;
    return { first: i, last: end, type: 'DATE', value: fixed(null) };
  }
  if (kind === 'phase' || unit !== 'day' || unitWord.lower !== 'day') return null;
  if (after === 'before') return relativeCandidate(i, j + 2, 'day', -1);
  if (after === 'after') return relativeCandidate(i, j + 2, 'day', 1);
  if (DAY_CLAUSE_OPENERS.has(after) && kind === null) {
    return { first: i, last: j + 1, type: 'DATE', value: fixed(null) };
  }
  return relativeCandidate(i, j + 1, 'day', kind === 'previous' ? -1 : kind === 'next' ? 1 : 0);
};

// 18:00 UTC, 6:40 p.m., 0800 GMT, noon

const ZULU = new Set(dates.UTC_ZONES);
const ZONES = new Set(dates.TIME_ZONES);
const CLOCK_PREPOSITIONS = new Set(dates.CLOCK_PREPOSITIONS);

/** Clock times; the day is filled in from the nearest named day when the candidates are resolved. */
const clockTimes: Matcher = (words, i) => {
  const word = words[i];
  if (!word) return null;
  let hour: number | null = null;
  let minute = 0;
  let last = i + 1;
  let clock = false;
  const colon = /^(\d{1,2}):(\d{2})(?:am|pm)?$/.exec(word.lower);
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    clock = true;
  } else if (word.digits !== null && /^\d{1,2}(am|pm)$/.test(word.lower)) {
    hour = word.digits;
  } else if (word.digits !== null && /^\d{1,2}$/.test(word.text) && /^(a\.m|p\.m|am|pm)$/.test(lower(words, i + 1))) {
    hour = word.digits;
  } else if (word.digits !== null && /^[0-2]\d[0-5]\d$/.test(word.text) && (ZONES.has(lower(words, i + 1)) || /^(hrs|hours|h)$/.test(lower(words, i + 1)))) {
    hour = Number(word.text.slice(0, 2));
    minute = Number(word.text.slice(2));
    clock = true;
  } else if (word.lower === 'noon' || word.lower === 'midday' || word.lower === 'midnight') {
    if (isCapitalised(word) && !opensSentence(words, i)) return null;
    const h = word.lower === 'midnight' ? 0 : 12;
    return clockCandidate(i, i + 1, h, 0, false);
  }
  if (hour === null || hour > 24 || minute > 59) return null;
  let meridiem: string | null = null;
  if (/(am|pm)$/.test(word.lower)) meridiem = word.lower.slice(-2);
  const next = lower(words, last);
  if (/^(a\.m|p\.m|am|pm)$/.test(next)) {
    meridiem = next.replace('.', '');
    last++;
    if (words[last]?.text === '.' && words[last]!.joined) last++;
  }
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (!clock && meridiem === null) return null;
  let zulu = false;
  if (ZONES.has(lower(words, last)) && !words[last]!.newline) {
    zulu = ZULU.has(lower(words, last));
    last++;
  } else if (/^(hrs|hours|h)$/.test(lower(words, last)) && /^\d{4}$/.test(word.text)) {
    last++;
  }
  if (colon && meridiem === null && !zulu && !CLOCK_PREPOSITIONS.has(lower(words, i - 1)) && words[last]?.text !== ',') {
    // "2:1" ratios and "10:30" scores need a preposition or a zone to read as a time.
    if (!ZONES.has(lower(words, last - 1))) return null;
  }
  return clockCandidate(i, last, hour, minute, zulu);
}

function clockCandidate(first: number, last: number, hour: number, minute: number, zulu: boolean): Candidate {
  const time = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zulu ? 'Z' : ''}`;
  return { first, last, type: 'TIME', value: () => time };
}

const isThe = (w: Word) => w.lower === 'the';
const SET_STARTS = new Set(['every', 'each', 'a', 'an', 'per']);
const WEEKDAY_STARTS = new Set(['last', 'next', 'this', 'early', 'late']);
const QUARTER_NAMES = new Set(['q1', 'q2', 'q3', 'q4']);
const BARE_STARTS = new Set(['recent', 'over', 'in']);
const YEAR_STARTS = new Set(['mid', 'early', 'late', 'fiscal', 'fy', "'", '’', '‘']);
const REFERENCE_STARTS = new Set(['right', 'at', 'these', 'nowadays']);
const CLOCK_STARTS = new Set(['noon', 'midday', 'midnight']);
/** Clock times like "18:00" are not numbers to the tokenizer, so they are recognised by their first character. */
const isDigit = (text: string) => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
const COUNT_STARTS = new Set(['a', 'an', 'half', 'single', ...SMALL_NUMBERS.keys(), ...TENS.keys()]);
const isCountStart = (w: Word) => w.digits !== null || COUNT_STARTS.has(w.lower) || VAGUE_COUNTS.has(w.lower);

/**
 * Each matcher with the words it can start at, so most words try none and "the" tries a few; the
 * longest match wins, the earlier matcher on a tie.
 */
const MATCHERS: ReadonlyArray<readonly [(word: Word) => boolean, Matcher]> = [
  [(w) => FREQUENCIES.has(w.lower) || SET_STARTS.has(w.lower), sets],
  [(w) => DEICTIC.has(stem(w)) || EDGE_MODIFIERS.has(w.lower) || w.lower === 'this' || w.lower === 'last', deictic],
  [(w) => WEEKDAYS.has(stem(w)) || WEEKDAY_STARTS.has(w.lower), weekdayMatcher],
  [(w) => isThe(w) || ORDINAL_PARTS.has(w.lower) || QUARTER_NAMES.has(w.lower), quarters],
  [(w) => isThe(w) || EDGE_MODIFIERS.has(w.lower) || SHIFTS.has(w.lower), relativeUnit],
  [isThe, anaphoricDays],
  [isCountStart, ago],
  [(w) => isThe(w) || POSSESSIVES.has(w.lower) || isCountStart(w), durations],
  [(w) => BARE_STARTS.has(w.lower) || TIME_UNITS.has(w.lower), bareUnits],
  [(w) => isThe(w) || w.digits !== null || YEAR_STARTS.has(w.lower), years],
  [(w) => isThe(w) || SHIFTS.has(w.lower) || EDGE_MODIFIERS.has(w.lower) || SEASONS.has(w.lower), seasons],
  [(w) => isThe(w) || REFERENCE_STARTS.has(w.lower) || REFERENCES.has(w.lower), references],
  [(w) => w.digits !== null || CLOCK_STARTS.has(w.lower) || isDigit(w.text), clockTimes],
];

/** Every word some matcher starts at, checked first so that most words cost one lookup. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...FREQUENCIES.keys(), ...DEICTIC.keys(), ...WEEKDAYS.keys(), ...SHIFTS.keys(), ...EDGE_MODIFIERS,
  ...ORDINAL_PARTS.keys(), ...POSSESSIVES, ...SEASONS.keys(), ...REFERENCES.keys(), ...TIME_UNITS.keys(),
  ...COUNT_STARTS, ...VAGUE_COUNTS, ...SET_STARTS, ...WEEKDAY_STARTS, ...QUARTER_NAMES, ...BARE_STARTS,
  ...YEAR_STARTS, ...REFERENCE_STARTS, ...CLOCK_STARTS, 'the',
]);

/** Runs the matchers left to right, keeping the longest match at each word. */
export function scanGrammar(words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (word.digits === null && !TRIGGERS.has(word.lower) && !isDigit(word.text) && !TRIGGERS.has(stem(word))) {
      i++;
      continue;
    }
    let best: Candidate | null = null;
    for (const [starts, matcher] of MATCHERS) {
      if (!starts(word)) continue;
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
