import { DEICTIC_DAYS, GENERIC_NOUNS as GENERIC_NOUN_LIST, PARTS_OF_DAY } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { addDays, formatDay, type Day } from '../calendar.js';
import { fixed, type Matcher, type Resolution } from '../candidate.js';
import { EDGE_MODIFIERS, possessive, skipPossessive, stem } from './phrases.js';

const GENERIC_NOUNS = new Set(GENERIC_NOUN_LIST);

/**
 * "today's students", "today's world": the present age, not the day. "Today's game", "today's
 * announcement" are the article's day. A plural, an age noun or a name ("today's GM") after the
 * possessive makes it generic.
 */
function generic(words: SubWords, k: number): boolean {
  while (words.has(k, 'Adjective') && !words.has(k, 'Noun')) k++;
  return words.has(k, 'Plural') || GENERIC_NOUNS.has(words.lower(k)) || /^\p{Lu}/u.test(words.text(k));
}

/** today, yesterday, tonight, last night, this morning, early today */
export const deictic: Matcher = (words, i) => {
  const first = i;
  let j = i;
  if (EDGE_MODIFIERS.has(words.lower(j)) && DEICTIC_DAYS.has(stem(words, j + 1))) j++;
  const core = stem(words, j);
  let offset = DEICTIC_DAYS.get(core);
  let part: string | undefined = core === 'tonight' ? 'NI' : undefined;
  let last = j + 1;
  if (offset === undefined) {
    // "last night", "this morning"
    const code = PARTS_OF_DAY.get(words.lower(j + 1));
    if (!code || (core !== 'this' && core !== 'last') || (core === 'last' && code !== 'NI')) return null;
    offset = core === 'last' ? -1 : 0;
    part = code;
    last = j + 2;
  } else if (core === 'today' && possessive(words, j) && first === j && generic(words, skipPossessive(words, last))) {
    return { first, last: skipPossessive(words, last), type: 'DATE', value: fixed('PRESENT_REF') };
  } else if (core !== 'tonight') {
    const code = PARTS_OF_DAY.get(words.lower(last));
    if (code && !possessive(words, j)) {
      part = code;
      last++;
    }
  }
  const shift = offset;
  const day = (at: Resolution): Day | null => (at.ref ? addDays(at.ref, shift) : null);
  const value = (at: Resolution) => {
    const d = day(at);
    return d ? formatDay(d) : null;
  };
  if (part) {
    const code = part;
    return { first, last, type: 'TIME', value: (at) => { const v = value(at); return v && `${v}T${code}`; }, day };
  }
  return { first, last: skipPossessive(words, last), type: 'DATE', value, day };
};
