import { REFERENCE_INTENSIFIERS, REFERENCES, TIME_UNITS } from '../../../lexicon/dates.js';
import { fixed, type Matcher } from '../candidate.js';
import { isCapitalised, readCount } from './phrases.js';

const INTENSIFIERS = new Set(REFERENCE_INTENSIFIERS);

/** now, right now, these days, the past, the near future, soon */
export const references: Matcher = (words, i) => {
  if (i >= words.length) return null;
  const l = words.lower(i);
  const next = words.lower(i + 1);
  if (l === 'right' && next === 'now') return { first: i, last: i + 2, type: 'DATE', value: fixed('PRESENT_REF') };
  if ((l === 'at' && next === 'present') || (l === 'these' && next === 'days') || l === 'nowadays') {
    return { first: i, last: l === 'nowadays' ? i + 1 : i + 2, type: 'DATE', value: fixed('PRESENT_REF') };
  }
  if (l === 'at' && next === 'the' && words.lower(i + 2) === 'moment') return { first: i, last: i + 3, type: 'DATE', value: fixed('PRESENT_REF') };
  if (l === 'the') {
    const after = words.lower(i + 2);
    if ((next === 'past' || next === 'future') && !TIME_UNITS.has(after) && !readCount(words, i + 2) && after !== 'few') {
      return { first: i, last: i + 2, type: 'DATE', value: fixed(next === 'past' ? 'PAST_REF' : 'FUTURE_REF') };
    }
    if ((next === 'near' || next === 'distant') && after === 'future') return { first: i, last: i + 3, type: 'DATE', value: fixed('FUTURE_REF') };
    if ((next === 'near' || next === 'long' || next === 'longer' || next === 'short') && after === 'term') {
      return { first: i, last: i + 3, type: 'DATE', value: fixed('FUTURE_REF') };
    }
    if (next === 'time' && after === 'being') return { first: i, last: i + 3, type: 'DATE', value: fixed('PRESENT_REF') };
    return null;
  }
  const reference = REFERENCES.get(l);
  if (!reference) return null;
  // "now-cancelled", "Now" as a name, "shortly after", "as soon as" (a conjunction)
  if (next === '-' && words.joined(i + 1)) return null;
  if (isCapitalised(words, i) && !words.opensSentence(i)) return null;
  // "Now, he says, …": a sentence opened by "Now" and a comma turns the argument; it names no time.
  if (l === 'now' && next === ',' && words.opensSentence(i)) return null;
  if ((l === 'soon' || l === 'shortly') && /^(after|before|afterwards|thereafter)$/.test(next)) return null;
  if (l === 'soon' && words.lower(i - 1) === 'as' && next === 'as') return null;
  let first = i;
  if (l === 'soon' && INTENSIFIERS.has(words.lower(i - 1))) first = i - 1;
  return { first, last: i + 1, type: 'DATE', value: fixed(reference) };
};
