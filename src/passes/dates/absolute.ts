import { MONTHS, PERIOD_EDGES, SHIFTS, WEEKDAYS } from '../../lexicon/dates.js';
import { dateReader } from '../../nlp/chrono.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { TagSet } from '../../nlp/tags.js';
import { isOrdinalSuffix } from '../number-phrases/read.js';
import { compareDays, daysBetween, formatDay, formatMonth, isValidDay, type Day } from './calendar.js';
import type { Candidate, Resolution } from './candidate.js';

/** A calendar date chrono read, with the parts it was sure of. */
export interface CalendarParts {
  year: number | null;
  month: number;
  day: number | null;
}

/** Any instant does: only the parts chrono is certain of are used, and the year is inferred here. */
const PARSE_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Month-name and numeric dates ("March 01 , 2008", "11 December", "7/8/07"), read by chrono; the
 * relative expressions are the grammar's, which knows news conventions.
 */
export function chronoDates(text: string, words: SubWords): Candidate[] {
  const found: Candidate[] = [];
  const spans = windows(words);
  if (spans.length === 0) return found;
  // One chrono call over the windows joined by blank lines, since each call has a fixed cost.
  let joined = '';
  const offsets: number[] = [];
  for (const span of spans) {
    if (joined) joined += SEPARATOR;
    offsets.push(joined.length);
    joined += text.slice(words.start(span.first), words.end(span.last - 1));
  }
  let s = 0;
  for (const result of dateReader.parse(joined, PARSE_REFERENCE)) {
    while (s + 1 < spans.length && offsets[s + 1]! <= result.index) s++;
    const window = spans[s]!;
    const start = words.start(window.first) + result.index - offsets[s]!;
    const end = start + result.text.length;
    let w = window.first;
    while (w < window.last && words.end(w) <= start) w++;
    let last = w;
    while (last < window.last && words.start(last) < end) last++;
    // A range ("from November 20 to December 11") is two dates.
    let next = w;
    for (const component of result.end ? [result.start, result.end] : [result.start]) {
      if (!component.isCertain('month')) continue;
      const parts: CalendarParts = {
        year: component.isCertain('year') ? component.get('year')! : null,
        month: component.get('month')!,
        day: component.isCertain('day') ? component.get('day')! : null,
      };
      const core = dateCore(words, next, last, next === w ? window.first : next);
      if (!core) break;
      next = core.last;
      if (!plausible(words, core.first, core.last, parts)) continue;
      found.push(calendarCandidate(words, core.first, core.last, parts));
    }
  }
  return found;
}

const SEPARATOR = '\n\n';

/** Words around a date chrono could read, as far as a written date reaches on its line. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 10;

/**
 * chrono runs dozens of patterns over whatever it is given, so it only reads short stretches
 * around a month name or a numeric date, never the whole article.
 */
function windows(words: SubWords): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!isAnchor(words, i) && !numericDate(words, i)) continue;
    let first = i;
    while (first > 0 && i - first < WINDOW_BEFORE && !words.newline(first)) first--;
    let last = i + 1;
    while (last < words.length && last - i < WINDOW_AFTER && !words.newline(last)) last++;
    const previous = out[out.length - 1];
    if (previous && first <= previous.last) previous.last = Math.max(previous.last, last);
    else out.push({ first, last });
  }
  return out;
}

const EDGES = new Set(PERIOD_EDGES);

/** "early June" keeps its hedge in the span; "October of next year" and "January next year" take their year from the phrase after. */
function calendarCandidate(words: SubWords, first: number, last: number, parts: CalendarParts): Candidate {
  let start = first;
  if (parts.day === null) {
    const before = first - 1;
    if (words.text(before) === '-' && words.joined(before) && words.lower(first - 2) === 'mid') start = first - 2;
    else if (EDGES.has(words.lower(before)) && !words.newline(first)) start = first - 1;
  }
  let yearShift: number | null = null;
  let end = last;
  const at = words.lower(last) === 'of' ? last + 1 : last;
  if (parts.year === null && YEAR_SHIFT_WORDS.has(words.lower(at)) && words.lower(at + 1) === 'year' && words.sentence(at) === words.sentence(last - 1)) {
    yearShift = SHIFTS.get(words.lower(at))!;
    // "in January next year" is one date; "October of next year" and "March 11 this year" read
    // their year from the phrase after, which stays a date of its own.
    if (at === last && parts.day === null) end = at + 2;
  }
  const resolve = (at: Resolution): CalendarParts =>
    yearShift !== null && at.ref ? { ...parts, year: at.ref.year + yearShift } : parts;
  return { first: start, last: end, type: 'DATE', value: (at) => calendarValue(resolve(at), at), day: (at) => calendarDay(resolve(at), at) };
}

/** "October of next year": the shifts a year can take after a month. */
const YEAR_SHIFT_WORDS = new Set(['this', 'last', 'next']);

/** Hyphens inside "2025-03-14" are glued; a spaced one separates two dates. */
function isDatePunctuation(words: SubWords, i: number): boolean {
  const text = words.text(i);
  if (text === '-' || text === '–') return words.joined(i);
  return /^[,./]$/.test(text);
}

/** Pieces a written date is made of, so "at 16:15 UTC , June 1st" yields "June 1st". */
function isDateToken(words: SubWords, i: number): boolean {
  const stem = monthKey(words, i);
  if (MONTHS.has(stem) || WEEKDAYS.has(stem)) return true;
  const suffix = words.suffix(i);
  if (words.digits(i) !== null && (suffix === '' || isOrdinalSuffix(suffix)) && !words.text(i).includes(':')) return true;
  return words.lower(i) === 'of' || words.lower(i) === 'the' || isDatePunctuation(words, i);
}

function isAnchor(words: SubWords, i: number): boolean {
  return MONTHS.has(monthKey(words, i));
}

/** "Sept." and "Sept" name the same month. */
function monthKey(words: SubWords, i: number): string {
  const lower = words.lower(i);
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The date inside a chrono match, grown from its month word (or numeric date) over date tokens on the same line. */
function dateCore(words: SubWords, first: number, last: number, floor: number): { first: number; last: number } | null {
  let anchor = -1;
  for (let i = first; i < last && anchor < 0; i++) if (isAnchor(words, i) || numericDate(words, i)) anchor = i;
  if (anchor < 0) return null;
  let a = anchor;
  let b = anchor + 1;
  // chrono leaves a weekday before the date to a parser it is not given: "Friday, July 21, 2017".
  while (a > floor && !words.newline(a) && isDateToken(words, a - 1)) a--;
  while (b < last && !words.newline(b) && isDateToken(words, b) && !(isAnchor(words, b) && b > anchor + 1 && hasMonth(words, a, b))) b++;
  const trim = (i: number) => /^[,./\-–]$/.test(words.text(i)) || words.lower(i) === 'of' || words.lower(i) === 'the';
  while (a < b && trim(a)) a++;
  while (b > a && trim(b - 1)) b--;
  return b > a ? { first: a, last: b } : null;
}

function hasMonth(words: SubWords, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isAnchor(words, i)) return true;
  return false;
}

/** "2025-03-14", "7/8/07", "3.4.2008" as chrono reads them, split into pieces or not. */
function numericDate(words: SubWords, i: number): boolean {
  if (/^\d+\.\d+\.\d+$/.test(words.text(i))) return true;
  if (words.digits(i) === null) return false;
  const sep = words.text(i + 1);
  return words.joined(i + 1) && (sep === '/' || sep === '-') && words.joined(i + 2) && words.digits(i + 2) !== null;
}

const DATE_TAGS = TagSet.of('Month', 'Date');

/** Words after which a capitalised month name is the month: "in March", "since April", "last May". */
const MONTH_OPENERS = new Set(['after', 'before', 'by', 'during', 'from', 'in', 'last', 'next', 'since', 'this', 'through', 'until']);

/** Rejects the month words that are something else: "may" the modal, "March" the verb, "Theresa May", "Jan Smith". */
function plausible(words: SubWords, first: number, last: number, parts: CalendarParts): boolean {
  let month = first;
  while (month < last && !isAnchor(words, month)) month++;
  // "7/8/07" is a date; "10/12 of them" is more often a fraction or a score.
  if (month === last) return parts.day !== null && parts.year !== null;
  if (!/^\p{Lu}/u.test(words.text(month))) return false;
  if (parts.day === null && parts.year === null) {
    // A month alone must be spelled out ("Jan" is a name) and read as a date by compromise.
    const lower = words.lower(month);
    if (lower !== 'may' && lower.length <= 4 && !/^(june|july)$/.test(lower)) return false;
    if (words.hasAny(month, DATE_TAGS)) return true;
    // compromise reads "early March", "the March accession" as names; the word before decides.
    const before = words.lower(month - 1);
    if (MONTH_OPENERS.has(before) || EDGES.has(before)) return true;
    return before === 'the' && lower !== 'may' && /^\p{Ll}/u.test(words.text(month + 1)) && words.has(month + 1, 'Noun') && !words.has(month + 1, 'Preposition');
  }
  return !words.has(month, 'Person');
}

/**
 * News copy leaves out the year when it is the article's. The tense picks the direction ("will land
 * on October 25", "fell in January"); without one the nearest date wins.
 */
function inferYear(parts: CalendarParts, at: Resolution): number | null {
  if (parts.year !== null) return parts.year;
  const ref = at.ref;
  if (!ref) return null;
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((year) => parts.day === null || isValidDay({ year, month: parts.month, day: parts.day }));
  if (candidates.length === 0) return null;
  // A month alone stands for its middle, or for whichever end the tense faces.
  const middle = at.lean === 'future' ? 28 : at.lean === 'past' ? 1 : 15;
  const key = (year: number): Day => ({ year, month: parts.month, day: parts.day ?? middle });
  const refKey: Day = parts.day === null && at.lean !== null ? { year: ref.year, month: ref.month, day: at.lean === 'future' ? 1 : 28 } : ref;
  if (at.lean === 'future') {
    const ahead = candidates.filter((year) => compareDays(key(year), refKey) >= 0);
    return ahead.length ? ahead[0]! : ref.year;
  }
  if (at.lean === 'past') {
    // "said the offer was extended to Nov. 20", written on Nov. 2: a reported plan a few weeks
    // ahead keeps the article's year; last year's would carry its year.
    if (candidates.includes(ref.year) && soonAfter(parts, ref)) return ref.year;
    const behind = candidates.filter((year) => compareDays(key(year), refKey) <= 0);
    return behind.length ? behind[behind.length - 1]! : ref.year;
  }
  let best = candidates[0]!;
  for (const year of candidates) if (Math.abs(daysBetween(key(year), ref)) < Math.abs(daysBetween(key(best), ref))) best = year;
  return best;
}

/** How far ahead a date reported in the past tense can still be this year's: "it set a deadline of Dec. 15". */
const REPORTED_AHEAD_DAYS = 60;

/** Whether this year's date comes within a short while after the article: the next month, or a day in the next 60. */
function soonAfter(parts: CalendarParts, ref: Day): boolean {
  if (parts.day === null) return parts.month === ref.month + 1;
  const ahead = daysBetween(ref, { year: ref.year, month: parts.month, day: parts.day });
  return ahead > 0 && ahead <= REPORTED_AHEAD_DAYS;
}

function calendarValue(parts: CalendarParts, at: Resolution): string | null {
  const year = inferYear(parts, at);
  if (year === null) return null;
  if (parts.day === null) return formatMonth(year, parts.month);
  const day = { year, month: parts.month, day: parts.day };
  return isValidDay(day) ? formatDay(day) : null;
}

function calendarDay(parts: CalendarParts, at: Resolution): Day | null {
  if (parts.day === null) return null;
  const year = inferYear(parts, at);
  if (year === null) return null;
  const day = { year, month: parts.month, day: parts.day };
  return isValidDay(day) ? day : null;
}
