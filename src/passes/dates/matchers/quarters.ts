import { PERIOD_ORDINALS } from '../../../lexicon/dates.js';
import { formatYear, quarterOf } from '../calendar.js';
import type { Matcher } from '../candidate.js';
import { POSSESSIVES, yearToken } from './phrases.js';
import { ofYear } from './units.js';

/** the first quarter of 2009, its fourth quarter, the second half of this year, the fourth quarter, Q3, Q3 2009 */
export const quarters: Matcher = (words, i) => {
  let j = i;
  if (words.lower(j) === 'the' || POSSESSIVES.has(words.lower(j))) j++;
  const ordinal = PERIOD_ORDINALS.get(words.lower(j));
  let k = j + 1;
  if (ordinal === undefined) {
    // Q3, Q3 2009
    const m = /^q([1-4])$/.exec(words.lower(i));
    if (!m) return null;
    const n = Number(m[1]);
    const year = yearToken(words, i + 1);
    const last = year !== null ? i + 2 : i + 1;
    return { first: i, last, type: 'DATE', value: (at) => { const y = year ?? at.ref?.year; return y ? `${formatYear(y)}-Q${n}` : null; } };
  }
  if (words.lower(k) === '-' && words.joined(k)) k++;
  const noun = words.lower(k);
  if (noun !== 'quarter' && noun !== 'half') return null;
  if (noun === 'half' && ordinal > 2 && words.lower(j) !== 'final') return null;
  const n = words.lower(j) === 'final' ? (noun === 'half' ? 2 : 4) : ordinal;
  const code = noun === 'quarter' ? `Q${n}` : `H${n}`;
  const of = ofYear(words, k + 1);
  // "the second half" of a match is not the second half of the year.
  if (!of && (noun === 'half' || words.lower(k + 1) === 'of' || (i === j && words.text(k - 1) !== '-'))) return null;
  const last = of ? of.last : k + 1;
  return {
    first: i,
    last,
    type: 'DATE',
    value: (at) => {
      let year = of ? of.year(at.ref) : at.ref?.year ?? null;
      if (year === null) return null;
      if (!of && at.ref && noun === 'quarter') {
        // "sales rose in the fourth quarter", written in March, is last year's; the quarter just
        // ended stays this year's even when its results are still to come.
        const current = quarterOf(at.ref.month);
        if (at.lean === 'future' && n < current - 1) year++;
        else if (at.lean === 'past' && n > current) year--;
      }
      return `${formatYear(year)}-${code}`;
    },
  };
};
