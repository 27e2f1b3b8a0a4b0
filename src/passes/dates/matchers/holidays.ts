import { addDays, daysBetween, formatDay, weekday, type Day } from '../calendar.js';
import type { Matcher, Resolution } from '../candidate.js';

/** Fixed-date holidays English news names: month and day. */
const FIXED: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['boxing day', [12, 26]], ['christmas', [12, 25]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]],
  ['halloween', [10, 31]], ["new year's day", [1, 1]], ["new year's eve", [12, 31]], ["valentine's day", [2, 14]],
]);

/** Words before a bare holiday name that make it the day ("on Christmas"), not a season or a brand ("Christmas sales"). */
const DAY_OPENERS = new Set(['after', 'around', 'at', 'before', 'by', 'for', 'on', 'over', 'since', 'until']);

/** The first words of the holidays read here, for the grammar's trigger table. */
export const HOLIDAY_STARTS: ReadonlySet<string> = new Set(['boxing', 'christmas', 'halloween', 'new', 'thanksgiving', "valentine's", 'valentine’s', 'valentine']);

/** US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): Day {
  const first = { year, month: 11, day: 1 };
  return addDays(first, ((4 - weekday(first) + 7) % 7) + 21);
}

/**
 * "Thanksgiving Day", "on Christmas", "Christmas Eve", "New Year's Day", "Halloween": the holiday
 * in the article's year, or the one before or after it when the clause points that way.
 */
export const holidays: Matcher = (words, i) => {
  if (!/^\p{Lu}/u.test(words.text(i))) return null;
  let name = words.lower(i);
  let last = i + 1;
  // "New Year's Day" and "Valentine's Day" arrive as "new", "year's", "day" or with a split "'s".
  const next = (k: number) => (/^['’]$/.test(words.text(k)) && words.lower(k + 1) === 's' && words.joined(k) ? { text: "'s", at: k + 2 } : null);
  if (name === 'new' && /^year['’]?s?$/.test(words.lower(i + 1))) {
    const split = next(i + 2);
    name = "new year's";
    last = split ? split.at : i + 2;
  } else if (name === "valentine's" || name === 'valentine’s' || (name === 'valentine' && next(i + 1))) {
    last = name === 'valentine' ? i + 3 : i + 1;
    name = "valentine's";
  }
  const tail = words.lower(last);
  if ((tail === 'day' || tail === 'eve') && /^\p{Lu}/u.test(words.text(last))) {
    name = `${name.replace('’', "'")} ${tail}`;
    last++;
  }
  const isThanksgiving = name === 'thanksgiving' || name === 'thanksgiving day';
  const fixed = FIXED.get(name);
  if (!isThanksgiving && !fixed) return null;
  // A bare name needs a preposition before it and no noun after it: "on Christmas", not "Christmas sales".
  if ((name === 'christmas' || name === 'thanksgiving') && (!DAY_OPENERS.has(words.lower(i - 1)) || words.has(last, 'Noun'))) return null;
  const on = (year: number): Day => (isThanksgiving ? thanksgiving(year) : { year, month: fixed![0], day: fixed![1] });
  const day = (at: Resolution): Day | null => {
    if (!at.ref) return null;
    const { ref } = at;
    const here = on(ref.year);
    const ahead = daysBetween(ref, here);
    if (at.lean === 'past') return ahead > 0 ? on(ref.year - 1) : here;
    if (at.lean === 'future') return ahead < 0 ? on(ref.year + 1) : here;
    // No tense to go by: the nearest one ("New Year's Day", written in December, is the coming one).
    const other = on(ahead < 0 ? ref.year + 1 : ref.year - 1);
    return Math.abs(daysBetween(ref, other)) < Math.abs(ahead) ? other : here;
  };
  return { first: i, last, type: 'DATE', value: (at) => { const d = day(at); return d ? formatDay(d) : null; }, day };
};
