import { TIME_UNIT_LENGTHS, TIME_UNITS } from '../../../lexicon/dates.js';
import { addDays, addMonths, formatDay, formatMonth, formatYear, quarterOf } from '../calendar.js';
import type { Matcher, Resolution } from '../candidate.js';
import { shifted } from './periods.js';
import { approximatorStart, readCount } from './phrases.js';

const CLOCK_SECONDS: Readonly<Record<string, number>> = { S: 1, M: 60, H: 3600 };
const DAY_SECONDS = 86_400;

/** 20 years ago, a week ago, several months ago, a year earlier: the date that far before the article's. */
export const ago: Matcher = (words, i) => {
  const count = readCount(words, i);
  if (!count) return null;
  const unit = TIME_UNITS.get(words.lower(count.last));
  if (!unit) return null;
  const n = count.vague ? null : count.value;
  const after = words.lower(count.last + 1);
  // "net income was $2 million a year earlier": the same period of the year before.
  const yearEarlier = after === 'earlier' && unit === 'year' && n === 1;
  if (after !== 'ago' && !yearEarlier) return null;
  const length = TIME_UNIT_LENGTHS.get(unit)!;
  const first = approximatorStart(words, i);
  const value = (at: Resolution): string | null => {
    if (!at.ref) return null;
    if (n === null) return 'PAST_REF';
    if (unit === 'year' && n === 1 && at.period) return shifted(at, -1, false);
    const back = Math.round(n) * length.times;
    // "30 minutes ago" is today, "36 hours ago" yesterday.
    if (length.clock) return formatDay(addDays(at.ref, -Math.floor((back * CLOCK_SECONDS[length.countedIn]!) / DAY_SECONDS)));
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
  return unit === 'year' && n === 1 ? { first, last: count.last + 2, type: 'DATE', lookback: true, value } : { first, last: count.last + 2, type: 'DATE', value };
};
