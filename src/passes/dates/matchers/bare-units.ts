import { BARE_UNIT_OPENERS, TIME_UNITS } from '../../../lexicon/dates.js';
import { fixed, type Matcher } from '../candidate.js';
import { unitDuration } from './units.js';

const BARE_OPENERS = new Set(BARE_UNIT_OPENERS);

/** for years, within months, recent weeks, over the years, decades-long */
export const bareUnits: Matcher = (words, i) => {
  let j = i;
  const first = words.lower(i);
  if (first === 'recent' || ((first === 'over' || first === 'in') && words.lower(i + 1) === 'the')) j = first === 'recent' ? i + 1 : i + 2;
  const word = words.lower(j);
  const unit = TIME_UNITS.get(word);
  if (!unit || word === unit || unit === 'second' || unit === 'quarter' || unit === 'night') return null;
  const after = words.lower(j + 1);
  if (after === 'ago' || after === 'later' || after === 'earlier') return null;
  let last = j + 1;
  if (after === '-' && words.lower(j + 2) === 'long') last = j + 3;
  else if (j === i && !BARE_OPENERS.has(words.lower(i - 1))) return null;
  else if (after === 'of' && j === i) return null;
  if (j === i + 2 && (unit !== 'year' || first === 'in')) return null;
  return { first: i, last, type: 'DURATION', value: fixed(unitDuration(unit, null)) };
};
