import { SEASONS, SHIFTS } from '../../../lexicon/dates.js';
import { formatYear, type Day } from '../calendar.js';
import type { Matcher, Resolution } from '../candidate.js';
import { EDGE_MODIFIERS, isCapitalised, yearToken } from './phrases.js';
import { ofYear } from './units.js';

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

/** last summer, this winter, spring 2009, the autumn of last year, early spring */
export const seasons: Matcher = (words, i) => {
  let j = i;
  let shift: number | null = null;
  const first = words.lower(i);
  if (SHIFTS.has(first) && first !== 'coming' && first !== 'following' && first !== 'previous') {
    shift = SHIFTS.get(first)!;
    j++;
  } else if (EDGE_MODIFIERS.has(first) || first === 'the') {
    j++;
  }
  const code = SEASONS.get(words.lower(j));
  if (!code) return null;
  const year = yearToken(words, j + 1);
  const of = year === null ? ofYear(words, j + 1) : null;
  const anchored = shift !== null || year !== null || of !== null;
  const noun = words.has(j, 'Noun');
  // A bare "fall" or "spring" is as often a verb or a noun as a season.
  if (!anchored && !(isCapitalised(words, j) && !words.opensSentence(j) && noun)) {
    if (!(first === 'the' || EDGE_MODIFIERS.has(first)) || !noun || words.lower(j + 1) === 'of') return null;
    if (code === 'FA' || code === 'SP') {
      if (words.lower(i - 1) !== 'in' && words.lower(i - 1) !== 'this' && words.lower(i - 1) !== 'by') return null;
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
