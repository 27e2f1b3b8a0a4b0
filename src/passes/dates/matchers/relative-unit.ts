import { PERIOD_PARTS, SHIFTS } from '../../../lexicon/dates.js';
import { fixed, type Matcher } from '../candidate.js';
import { EDGE_MODIFIERS, stem } from './phrases.js';
import { CALENDAR_UNITS, relativeCandidate, shiftedUnit, unitDuration } from './units.js';

const PARTS_OF = new Set(PERIOD_PARTS);
/** "the following month", "the previous year" count from the story's time; "the last quarter", "the next month" from now. */
const NARRATIVE_SHIFTS = new Set(['following', 'preceding', 'previous', 'prior']);

/** last week, this year, next month, later this year, the end of last year, the previous year */
export const relativeUnit: Matcher = (words, i) => {
  let j = i;
  if (EDGE_MODIFIERS.has(words.lower(j))) j++;
  // the end of this year / the start of the day / the rest of the week
  if (words.lower(j) === 'the' && PARTS_OF.has(words.lower(j + 1)) && words.lower(j + 2) === 'of') {
    const k = j + 3;
    const inner = shiftedUnit(words, k);
    if (inner && inner.unit !== 'day') return relativeCandidate(i, inner.last, inner.unit, inner.shift);
    const bare = CALENDAR_UNITS.get(words.lower(k + 1));
    if (words.lower(k) === 'the' && bare && bare !== 'decade') return relativeCandidate(i, k + 2, bare, 0);
    return null;
  }
  if (words.lower(j) === 'the') {
    const k = j + 1;
    const word = words.lower(k);
    const unit = CALENDAR_UNITS.get(stem(words, k + 1));
    if (!unit) {
      // the year before, the year previous
      const bare = CALENDAR_UNITS.get(word);
      const after = words.lower(k + 1);
      if (bare && bare !== 'day' && (after === 'before' || after === 'previous' || after === 'earlier')) {
        return relativeCandidate(i, k + 2, bare, -1, 'narrative');
      }
      if (word === 'weekend') return relativeCandidate(i, k + 1, 'weekend', 0);
      return null;
    }
    if (unit === 'day') return null;
    if (words.lower(k + 2) === 'of') return null;
    // "over the next decade", "in the last decade": ten years running up to or on from now.
    if (word === 'past' || word === 'coming' || (unit === 'decade' && (word === 'next' || word === 'last'))) {
      return { first: i, last: k + 2, type: 'DURATION', value: fixed(unitDuration(unit === 'weekend' ? 'week' : unit, 1)) };
    }
    // "the last quarter", "the previous year", "the following month"; "the this year" is no phrase.
    const shift = SHIFTS.get(word);
    if (shift === undefined || word === 'this') return null;
    return relativeCandidate(i, k + 2, unit, shift, NARRATIVE_SHIFTS.has(word) ? 'narrative' : 'now');
  }
  const inner = shiftedUnit(words, j);
  if (!inner || inner.unit === 'day') return null;
  if (words.lower(j) === 'coming' || words.lower(j) === 'following' || words.lower(j) === 'previous') return null;
  return relativeCandidate(i, inner.last, inner.unit, inner.shift);
};
