import { FREQUENCIES, RATE_WORDS, TIME_UNITS, WEEKDAYS } from '../../../lexicon/dates.js';
import { TagSet } from '../../../nlp/tags.js';
import { readNumber } from '../../number-phrases/read.js';
import { fixed, type Matcher } from '../candidate.js';
import { isCapitalised, stem } from './phrases.js';
import { unitDuration } from './units.js';

const RATE_BEFORE = new Set(RATE_WORDS);
const AMOUNT_TAGS = TagSet.of('Value', 'Money');

/** every week, every other Monday, each season, twice a year, 15 a year, $5 per month, weekly, annual */
export const sets: Matcher = (words, i) => {
  if (i >= words.length) return null;
  const lower = words.lower(i);
  const frequency = FREQUENCIES.get(lower);
  if (frequency) {
    if (isCapitalised(words, i) && !words.opensSentence(i)) return null;
    // "a quarterly dividend" says what kind of dividend; "reports quarterly" says how often.
    if (lower === 'quarterly' && (words.has(i + 1, 'Noun') || words.has(i + 1, 'Adjective'))) return null;
    return { first: i, last: i + 1, type: 'SET', value: fixed(frequency) };
  }
  if (lower === 'every' || lower === 'each') {
    let j = i + 1;
    let step = 1;
    if (words.lower(j) === 'other') {
      step = 2;
      j++;
    } else {
      const count = readNumber(words, j);
      if (count && !count.ordinal) {
        step = count.value;
        j = count.last;
      }
    }
    const unit = TIME_UNITS.get(words.lower(j));
    if (unit) return { first: i, last: j + 1, type: 'SET', value: fixed(unitDuration(unit, step)) };
    // "each season": a sporting or social season comes round once a year.
    if (words.lower(j) === 'season') return { first: i, last: j + 1, type: 'SET', value: fixed(`P${step}Y`) };
    const day = WEEKDAYS.get(stem(words, j));
    if (day !== undefined && isCapitalised(words, j)) return { first: i, last: j + 1, type: 'SET', value: fixed(`XXXX-WXX-${day === 0 ? 7 : day}`) };
    return null;
  }
  if (lower === 'a' || lower === 'an' || lower === 'per') {
    const unit = TIME_UNITS.get(words.lower(i + 1));
    if (!unit || unit !== words.lower(i + 1) || unit === 'second') return null;
    const before = i - 1;
    if (before < 0 || words.newline(before)) return null;
    const rate =
      lower === 'per' ||
      RATE_BEFORE.has(words.lower(before)) ||
      (words.digits(before) !== null && words.sentence(before) === words.sentence(i) && !words.text(before).includes(':')) ||
      words.hasAny(before, AMOUNT_TAGS);
    if (!rate) return null;
    return { first: i, last: i + 2, type: 'SET', value: fixed(unitDuration(unit, 1)) };
  }
  return null;
};
