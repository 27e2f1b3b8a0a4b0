import { MONTHS } from '../../../lexicon/dates.js';
import { formatMonth } from '../calendar.js';
import type { Matcher } from '../candidate.js';
import { isCapitalised } from './phrases.js';

/**
 * "last May", "next March", "this June": the month named, counted from the article's. "Last May"
 * written in May is a year back; "this June" is the article's year's.
 */
export const shiftedMonths: Matcher = (words, i) => {
  const shift = words.lower(i);
  if (shift !== 'last' && shift !== 'next' && shift !== 'this') return null;
  const key = words.lower(i + 1).replace(/\.$/, '');
  const month = MONTHS.get(key);
  // "Jan" and "Mar" are names as often as months; a spelled-out month is not.
  if (month === undefined || !isCapitalised(words, i + 1) || (key.length <= 3 && key !== 'may')) return null;
  return {
    first: i,
    last: i + 2,
    type: 'DATE',
    value: (at) => {
      if (!at.ref) return null;
      const { year, month: now } = at.ref;
      if (shift === 'this') return formatMonth(year, month);
      if (shift === 'last') return formatMonth(month < now ? year : year - 1, month);
      return formatMonth(month > now ? year : year + 1, month);
    },
  };
};
