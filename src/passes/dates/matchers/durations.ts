import { DURATION_ADJECTIVES as DURATION_ADJECTIVE_LIST, DURATION_LEADS as DURATION_LEAD_LIST, TIME_UNITS } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { readNumber } from '../../number-phrases/read.js';
import { fixed, type Matcher } from '../candidate.js';
import { approximatorStart, POSSESSIVES, readCount } from './phrases.js';
import { unitDuration } from './units.js';

const DURATION_ADJECTIVES = new Set(DURATION_ADJECTIVE_LIST);
const DURATION_LEADS = new Set(DURATION_LEAD_LIST);

/** two years, three-hour, nearly five months, the past nine days, several months, its fifth year, his tenure */
export const durations: Matcher = (words, i) => {
  let j = i;
  let lead: string | null = null;
  if (words.lower(j) === 'the' && DURATION_LEADS.has(words.lower(j + 1))) {
    lead = words.lower(j + 1);
    j += 2;
  }
  // "his tenure": the length of someone's time in a post, in years but unstated.
  if (POSSESSIVES.has(words.lower(i)) && words.lower(i + 1) === 'tenure') {
    return { first: i, last: i + 2, type: 'DURATION', value: fixed('PXY') };
  }
  // its fifth year
  if (POSSESSIVES.has(words.lower(i))) {
    const number = readNumber(words, i + 1);
    if (!number || !number.ordinal) return null;
    const unit = TIME_UNITS.get(words.lower(number.last));
    // "its fourth quarter" is a company's reporting quarter, a date.
    if (!unit || unit !== words.lower(number.last) || unit === 'quarter') return null;
    return { first: i, last: number.last + 1, type: 'DURATION', value: fixed(unitDuration(unit, number.value)) };
  }
  const count = readCount(words, j);
  if (!count) {
    // the past week, the coming months
    if (lead && (lead === 'past' || lead === 'coming' || lead === 'next' || lead === 'last')) {
      const unit = TIME_UNITS.get(words.lower(j));
      if (unit && unit !== words.lower(j) && words.lower(j + 1) !== 'of') {
        return { first: i, last: j + 1, type: 'DURATION', value: fixed(unitDuration(unit, null)) };
      }
    }
    return null;
  }
  let k = count.last;
  // "2 1/2 years": a half more than the count ("two and a half" is one number already).
  const halfBefore = !count.vague ? halfAt(words, k) : 0;
  k += halfBefore;
  let compound = false;
  if (words.lower(k) === '-' && words.joined(k) && words.joined(k + 1)) {
    k++;
    compound = true;
  }
  while (!compound && DURATION_ADJECTIVES.has(words.lower(k)) && k < count.last + 2) k++;
  const unitWord = words.lower(k);
  const unit = TIME_UNITS.get(unitWord);
  if (!unit) return null;
  const plural = unitWord !== unit;
  // "a minute and a half", "one year and a half"
  const halfAfter = !count.vague && !plural && !halfBefore ? halfAt(words, k + 1) : 0;
  const value = count.vague ? null : count.value + (halfBefore || halfAfter ? 0.5 : 0);
  if (unit === 'second' && !compound && (value === null || value === 1) && !plural) return null;
  if (unit === 'quarter' && !(plural || compound || lead)) return null;
  if (count.vague && !plural) return null;
  // "a decades-long feud": the article goes with the compound, it counts nothing.
  if (plural && count.spelled && count.value === 1 && count.last === count.first + 1) return null;
  if (!compound && !plural && value !== null && value !== 1 && !count.spelled && k + 1 < words.length && !words.has(k + 1, 'Noun') && !words.has(k + 1, 'Adjective')) {
    // "the 2008 model year", "10 year": only a count when a noun follows, as in "a 20 year low".
    if (count.value >= 1000) return null;
  }
  if (!compound && count.value >= 1000 && !count.spelled) return null;
  let last = k + 1 + halfAfter;
  // "a 22-year-old", "37 years old": an age, which the numbers pass reports; no stretch of time.
  if (isAge(words, last)) return null;
  // decades-long
  if (words.lower(last) === '-' && words.joined(last) && words.lower(last + 1) === 'long') last += 2;
  const first = lead ? i : approximatorStart(words, i);
  return { first, last, type: 'DURATION', value: fixed(unitDuration(unit, value)) };
};

/** How many sub-words from `k` say "and a half" or "1/2" (none when 0). */
function halfAt(words: SubWords, k: number): number {
  if (words.lower(k) === 'and' && words.lower(k + 1) === 'a' && words.lower(k + 2) === 'half') return 3;
  if (words.text(k) === '1' && words.text(k + 1) === '/' && words.joined(k + 1) && words.text(k + 2) === '2' && words.joined(k + 2)) return 3;
  return 0;
}

/** "-old" glued after the unit, or "old" after it as a separate word. */
function isAge(words: SubWords, after: number): boolean {
  if (words.lower(after) === 'old') return true;
  return words.text(after) === '-' && words.joined(after) && /^olds?$/.test(words.lower(after + 1));
}
