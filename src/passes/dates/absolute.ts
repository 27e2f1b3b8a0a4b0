import type { Word } from '../numbers/tokens.js';
import { compareDays, daysBetween, formatDay, formatMonth, isValidDay, type Day } from './calendar.js';
import type { Candidate, Resolution } from './grammar.js';
import { MONTHS, PERIOD_EDGES, WEEKDAYS } from '../../lexicon/dates.js';
import { dateReader } from '../../nlp/chrono.js';

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
export function chronoDates(text: string, words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  const spans = windows(words);
  if (spans.length === 0) return found;
  // One chrono call over the windows joined by blank lines, since each call has a fixed cost.
  let joined = '';
  const offsets: number[] = [];
  for (const span of spans) {
    if (joined) joined += SEPARATOR;
    offsets.push(joined.length);
    joined += text.slice(words[span.first]!.start, words[span.last - 1]!.end);
  }
  let s = 0;
  for (const result of dateReader.parse(joined, PARSE_REFERENCE)) {
    while (s + 1 < spans.length && offsets[s + 1]! <= result.index) s++;
    const window = spans[s]!;
    const start = words[window.first]!.start + result.index - offsets[s]!;
    const end = start + result.text.length;
    let w = window.first;
    while (w < window.last && words[w]!.end <= start) w++;
    let last = w;
    while (last < window.last && words[last]!.start < end) last++;
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
function windows(words: Word[]): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!isAnchor(words[i]!) && !numericDate(words, i)) continue;
    let first = i;
    while (first > 0 && i - first < WINDOW_BEFORE && !words[first]!.newline) first--;
    let last = i + 1;
    while (last < words.length && last - i < WINDOW_AFTER && !words[last]!.newline) last++;
    const previous = out[out.length - 1];
    if (previous && first <= previous.last) previous.last = Math.max(previous.last, last);
    else out.push({ first, last });
  }
  return out;
}

const EDGES = new Set(PERIOD_EDGES);

/** "early June" keeps its hedge in the span; "October of next year" takes its year from the phrase after it. */
function calendarCandidate(words: Word[], first: number, last: number, parts: CalendarParts): Candidate {
  let start = first;
  if (parts.day === null) {
    const before = words[first - 1];
    if (before && before.text === '-' && before.joined && words[first - 2]?.lower === 'mid') start = first - 2;
    else if (before && EDGES.has(before.lower) && !words[first]!.newline) start = first - 1;
  }
  let yearShift: number | null = null;
  if (parts.year === null && words[last]?.lower === 'of') {
    const shift = YEAR_SHIFTS.get(words[last + 1]?.lower ?? '');
    if (shift !== undefined && words[last + 2]?.lower === 'year') yearShift = shift;
  }
  const resolve = (at: Resolution): CalendarParts =>
    yearShift !== null && at.ref ? { ...parts, year: at.ref.year + yearShift } : parts;
  return { first: start, last, type: 'DATE', value: (at) => calendarValue(resolve(at), at), day: (at) => calendarDay(resolve(at), at) };
}

const YEAR_SHIFTS: ReadonlyMap<string, number> = new Map([['this', 0], ['last', -1], ['next', 1]]);

/** Hyphens inside "2025-03-14" are glued; a spaced one separates two dates. */
function isDatePunctuation(word: Word): boolean {
  if (word.text === '-' || word.text === '–') return word.joined;
  return /^[,./]$/.test(word.text);
}

/** Tokens a written date is made of, so "at 16:15 UTC , June 1st" yields "June 1st". */
function isDateToken(word: Word): boolean {
  const stem = monthKey(word);
  if (MONTHS.has(stem) || WEEKDAYS.has(stem)) return true;
  if (word.digits !== null && (word.suffix === '' || /^(st|nd|rd|th)$/.test(word.suffix)) && !word.text.includes(':')) return true;
  return word.lower === 'of' || word.lower === 'the' || isDatePunctuation(word);
}

function isAnchor(word: Word): boolean {
  return MONTHS.has(monthKey(word));
}

/** "Sept." and "Sept" name the same month. */
function monthKey(word: Word): string {
  return word.lower.endsWith('.') ? word.lower.slice(0, -1) : word.lower;
}

/** The date inside a chrono match, grown from its month word (or numeric date) over date tokens on the same line. */
function dateCore(words: Word[], first: number, last: number, floor: number): { first: number; last: number } | null {
  let anchor = -1;
  for (let i = first; i < last && anchor < 0; i++) if (isAnchor(words[i]!) || numericDate(words, i)) anchor = i;
  if (anchor < 0) return null;
  let a = anchor;
  let b = anchor + 1;
  // chrono leaves a weekday before the date to a parser it is not given: "Friday, July 21, 2017".
  while (a > floor && !words[a]!.newline && isDateToken(words[a - 1]!)) a--;
  while (b < last && !words[b]!.newline && isDateToken(words[b]!) && !(MONTHS.has(monthKey(words[b]!)) && b > anchor + 1 && hasMonth(words, a, b))) b++;
  const trim = (word: Word) => /^[,./\-–]$/.test(word.text) || word.lower === 'of' || word.lower === 'the';
  while (a < b && trim(words[a]!)) a++;
  while (b > a && trim(words[b - 1]!)) b--;
  return b > a ? { first: a, last: b } : null;
}

function hasMonth(words: Word[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (MONTHS.has(monthKey(words[i]!))) return true;
  return false;
}

/** "2025-03-14", "7/8/07", "3.4.2008" as chrono reads them, split by the tokenizer or not. */
function numericDate(words: Word[], i: number): boolean {
  const word = words[i]!;
  if (/^\d+\.\d+\.\d+$/.test(word.text)) return true;
  if (word.digits === null) return false;
  const sep = words[i + 1];
  return !!sep && sep.joined && (sep.text === '/' || sep.text === '-') && words[i + 2]?.joined === true && words[i + 2]!.digits !== null;
}

/** Rejects the month words that are something else: "may" the modal, "March" the verb, "Theresa May", "Jan Smith". */
function plausible(words: Word[], first: number, last: number, parts: CalendarParts): boolean {
  const monthWord = words.slice(first, last).find((word) => MONTHS.has(monthKey(word)));
  // "7/8/07" is a date; "10/12 of them" is more often a fraction or a score.
  if (!monthWord) return parts.day !== null && parts.year !== null;
  if (!/^\p{Lu}/u.test(monthWord.text)) return false;
  if (parts.day === null && parts.year === null) {
    // A month alone must be spelled out ("Jan" is a name) and read as a date by compromise.
    if (monthWord.lower !== 'may' && monthWord.lower.length <= 4 && !/^(june|july)$/.test(monthWord.lower)) return false;
    return monthWord.tags.has('Month') || monthWord.tags.has('Date');
  }
  return !monthWord.tags.has('Person');
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
    const behind = candidates.filter((year) => compareDays(key(year), refKey) <= 0);
    return behind.length ? behind[behind.length - 1]! : ref.year;
  }
  let best = candidates[0]!;
  for (const year of candidates) if (Math.abs(daysBetween(key(year), ref)) < Math.abs(daysBetween(key(best), ref))) best = year;
  return best;
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
