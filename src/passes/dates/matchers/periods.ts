import { PERIOD_ORDINALS } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { formatYear, quarterOf, type Day } from '../calendar.js';
import type { Candidate, Matcher, Resolution } from '../candidate.js';

/** Words between "the" and "quarter" or "period" that keep it the reporting period under discussion. */
const LATEST = new Set(['latest', 'recent', 'current', 'comparable', 'corresponding', 'fiscal']);
const LAST_ENDED = new Set(['latest', 'recent']);

/**
 * The quarter a business story is about, or the one a year before it: "the quarter", "the latest
 * quarter", "the year-earlier period", "year-ago profit", "the comparable year-ago quarter". The
 * quarter comes from the one the text last named, else the last one that ended before the article.
 */
export const periods: Matcher = (words, i) => {
  const end = yearEnd(words, i);
  if (end) return end;
  let j = i;
  const determiner = words.lower(i);
  if (determiner === 'the' || determiner === 'that') j++;
  let yearBack = false;
  let modified = false;
  let same = false;
  for (;;) {
    const lower = words.lower(j);
    if (lower === 'same' && j === i + 1) {
      j++;
      same = true;
    } else if (lower === 'most' && words.lower(j + 1) === 'recent') {
      j += 2;
      modified = true;
    } else if (LATEST.has(lower)) {
      j++;
      modified = true;
    } else if (yearAgo(words, j)) {
      j += 3;
      yearBack = true;
    } else break;
  }
  const noun = words.lower(j);
  const ordinal = PERIOD_ORDINALS.get(noun);
  if (yearBack && ordinal !== undefined && words.lower(j + 1) === 'quarter') {
    return { first: i, last: j + 2, type: 'DATE', lookback: true, value: (at) => (at.ref ? `${formatYear(quarterYear(at) - 1)}-Q${ordinal}` : null) };
  }
  const isQuarter = noun === 'quarter' && words.text(j) === 'quarter' && !/^(of|-|century|mile)$/.test(words.lower(j + 1));
  const isPeriod = noun === 'period' && words.lower(j + 1) !== 'of';
  // "the same period a year earlier", "the same quarter last year"
  const back = isQuarter || isPeriod ? yearBefore(words, j + 1) : 0;
  if (same && !back) return null;
  if ((isQuarter || (isPeriod && (modified || yearBack || back > 0))) && j > i) {
    const current = words.lower(j - 1) === 'current';
    const years = yearBack || back > 0 ? -1 : 0;
    // "the latest quarter" is the last one that ended, whatever quarter was named before.
    const latest = LAST_ENDED.has(words.lower(j - 1));
    const value = (at: Resolution) => (at.ref ? shifted(latest ? { ...at, period: null } : at, years, current) : null);
    const last = back || j + 1;
    return years ? { first: i, last, type: 'DATE', lookback: true, value } : { first: i, last, type: 'DATE', value };
  }
  // "year-earlier profit", "the year-ago level": the same period a year before.
  if (yearBack && j === i + 3) {
    return { first: i, last: j, type: 'DATE', lookback: true, value: (at) => (at.ref ? (at.period ? shifted(at, -1, false) : formatYear(at.ref.year - 1)) : null) };
  }
  return null;
};

/** "a year earlier", "a year ago", "last year" after a period noun: where the phrase ends, or 0. */
function yearBefore(words: SubWords, k: number): number {
  if (words.lower(k) === 'last' && words.lower(k + 1) === 'year') return k + 2;
  if ((words.lower(k) === 'a' || words.lower(k) === 'one') && words.lower(k + 1) === 'year' && /^(ago|earlier|before)$/.test(words.lower(k + 2))) return k + 3;
  return 0;
}

/** "year-ago", "year-earlier", written as one compound. */
function yearAgo(words: SubWords, j: number): boolean {
  return words.lower(j) === 'year' && words.text(j + 1) === '-' && words.joined(j + 1) && words.joined(j + 2) && /^(ago|earlier)$/.test(words.lower(j + 2));
}

/** The quarter under discussion, `years` years on. */
export function shifted(at: Resolution, years: number, current: boolean): string {
  const ref = at.ref!;
  if (current) return `${formatYear(ref.year + years)}-Q${quarterOf(ref.month)}`;
  const m = at.period ? /^(\d{4})-Q([1-4])$/.exec(at.period) : null;
  if (m) return `${formatYear(Number(m[1]) + years)}-Q${m[2]}`;
  const last = lastEnded(ref);
  return `${formatYear(last.year + years)}-Q${last.quarter}`;
}

function quarterYear(at: Resolution): number {
  const m = at.period ? /^(\d{4})/.exec(at.period) : null;
  return m ? Number(m[1]) : lastEnded(at.ref!).year;
}

/** The last quarter that ended before `ref`: results are reported after the quarter closes. */
function lastEnded(ref: Day): { year: number; quarter: number } {
  const quarter = quarterOf(ref.month) - 1;
  return quarter === 0 ? { year: ref.year - 1, quarter: 4 } : { year: ref.year, quarter };
}

/**
 * "by year-end", "since year end", "at year's end": the last day of the article's year, or of the
 * year before when the clause looks back. "year-end results" names results, not a day.
 */
function yearEnd(words: SubWords, i: number): Candidate | null {
  if (words.lower(i) !== 'year' && words.lower(i) !== "year's") return null;
  let k = i + 1;
  if (words.text(k) === '-' && words.joined(k)) k++;
  else if (/^['’]$/.test(words.text(k)) && words.lower(k + 1) === 's') k += 2;
  if (words.lower(k) !== 'end' || words.has(k + 1, 'Noun')) return null;
  const since = words.lower(i - 1) === 'since';
  return {
    first: i,
    last: k + 1,
    type: 'DATE',
    value: (at) => (at.ref ? `${formatYear(since || at.lean === 'past' ? at.ref.year - 1 : at.ref.year)}-12-31` : null),
  };
}
