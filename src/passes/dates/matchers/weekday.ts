import { NAMED_DAY_PREFIXES as NAMED_DAY_PREFIX_LIST, PARTS_OF_DAY, WEEKDAY_PREFIXES, WEEKDAYS } from '../../../lexicon/dates.js';
import { addDays, formatDay, weekday as weekdayOf, type Day } from '../calendar.js';
import type { Matcher, Resolution } from '../candidate.js';
import { isCapitalised, possessive, skipPossessive, stem } from './phrases.js';

const WEEKDAY_PREFIX = new Set(WEEKDAY_PREFIXES);
const NAMED_DAY_PREFIXES = new Set(NAMED_DAY_PREFIX_LIST);

/** Past news: a bare weekday is the latest one on or before the reference day, unless the clause looks ahead. */
function resolveWeekday(ref: Day, target: number, mode: 'past' | 'future' | 'last' | 'next'): Day {
  const today = weekdayOf(ref);
  if (mode === 'past' || mode === 'last') {
    let back = (today - target + 7) % 7;
    if (mode === 'last' && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (target - today + 7) % 7;
  if (mode === 'next' && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

/** Friday, last Friday, this coming Monday, Friday morning */
export const weekday: Matcher = (words, i) => {
  let j = i;
  let mode: 'last' | 'next' | 'this' | null = null;
  const first = words.lower(i);
  if (first === 'last' || first === 'next' || first === 'this') {
    mode = first;
    j++;
    if (words.lower(j) === 'coming' || words.lower(j) === 'past') {
      mode = words.lower(j) === 'coming' ? 'next' : 'last';
      j++;
    }
  } else if ((first === 'early' || first === 'late') && WEEKDAYS.has(stem(words, i + 1))) {
    j++;
  }
  const target = WEEKDAYS.get(stem(words, j));
  if (target === undefined || !isCapitalised(words, j)) return null;
  let last = j + 1;
  // "Black Monday", "Super Tuesday": a name, not a day of this week.
  const before = i - 1;
  const named =
    i === j &&
    before >= 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(words.text(before)) &&
    !WEEKDAY_PREFIX.has(words.lower(before)) &&
    (NAMED_DAY_PREFIXES.has(words.lower(before)) || (words.has(before, 'Adjective') && !words.opensSentence(before))) &&
    words.sentence(before) === words.sentence(j);
  let part: string | undefined;
  const code = PARTS_OF_DAY.get(words.lower(last));
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
