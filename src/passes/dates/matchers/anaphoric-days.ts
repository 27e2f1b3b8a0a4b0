import { DAY_CLAUSE_OPENERS, DEICTIC_DAYS, MONTHS, NOUN_PHRASE_OPENERS, PHASES as PHASE_LIST, SHIFTS, TIME_UNITS, WEEKDAYS } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { TagSet } from '../../../nlp/tags.js';
import { formatDay } from '../calendar.js';
import { fixed, toldDay, type Candidate, type Matcher } from '../candidate.js';
import { yearToken } from './phrases.js';
import { relativeCandidate } from './units.js';

const PHASES = new Set(PHASE_LIST);
const PARTS_OF_THE_DAY = new Set(['early', 'earlier', 'late', 'later']);
const CLAUSE_OPENERS = new Set(DAY_CLAUSE_OPENERS);
const NP_WORDS = new Set(NOUN_PHRASE_OPENERS);
const MODIFIER_TAGS = TagSet.of('Adjective', 'Value');

/** End of a short noun phrase from `j` ("the conflict", "the peace talks"), or -1. */
function nounPhraseEnd(words: SubWords, j: number): number {
  let noun = -1;
  const sentence = words.sentence(j);
  for (let k = j, steps = 0; steps < 5 && k < words.length; steps++, k++) {
    const text = words.text(k);
    if (words.sentence(k) !== sentence || !/^[\p{L}\p{N}]/u.test(text)) break;
    if (steps === 0 && NP_WORDS.has(words.lower(k))) continue;
    if (words.joined(k) && /^[$€£¥]$/.test(text)) return -1;
    if (words.has(k, 'Noun') && !words.has(k, 'Pronoun')) noun = k;
    else if (words.hasAny(k, MODIFIER_TAGS) || (words.has(k, 'Gerund') && noun < 0)) continue;
    else break;
  }
  return noun < 0 ? -1 : noun + 1;
}

/** A word at `k`, in the sentence, that opens what "the day before" is counted from, unless it is a date of its own ("the day before yesterday"). */
function eventAfter(words: SubWords, k: number): boolean {
  if (k >= words.length || words.sentence(k) !== words.sentence(k - 1) || !/^\p{L}/u.test(words.text(k))) return false;
  const lower = words.lower(k);
  return !DEICTIC_DAYS.has(lower) && !WEEKDAYS.has(lower) && !MONTHS.has(lower) && !SHIFTS.has(lower);
}

/** "the day" told by an event: the day the text last named, or a day we cannot name. */
function eventDay(first: number, last: number): Candidate {
  return { first, last, type: 'DATE', value: (at) => {
    const told = toldDay(at);
    return told ? formatDay(told) : null;
  }, day: toldDay };
}

/** the day, the same day, the day before, the day of the talks, the early weeks of the conflict */
export const anaphoricDays: Matcher = (words, i) => {
  if (words.lower(i) !== 'the') return null;
  let j = i + 1;
  let kind: 'same' | 'previous' | 'next' | 'phase' | null = null;
  const modifier = words.lower(j);
  if (modifier === 'same') kind = 'same';
  else if (modifier === 'previous' || modifier === 'preceding') kind = 'previous';
  else if (modifier === 'following' || modifier === 'next') kind = 'next';
  else if (PHASES.has(modifier)) kind = 'phase';
  if (kind) j++;
  const unitWord = words.lower(j);
  const unit = TIME_UNITS.get(unitWord);
  if (!unit) return null;
  if (unit !== 'day' && unit !== 'night' && kind !== 'phase') return null;
  const after = words.lower(j + 1);
  if (after === 'of') {
    if (!NP_WORDS.has(words.lower(j + 2))) return null;
    const end = nounPhraseEnd(words, j + 2);
    if (end < 0) return null;
    // "the first day of March" is a calendar date; left to the calendar matchers.
    if (MONTHS.has(words.lower(j + 2)) || yearToken(words, j + 2) !== null) return null;
    return { first: i, last: end, type: 'DATE', value: fixed(null) };
  }
  if (kind === 'phase' || unitWord !== 'day') return null;
  // "late in the day after falling", "earlier in the day": a part of the day the text is on, whatever follows.
  if (kind === null && words.lower(i - 1) === 'in' && PARTS_OF_THE_DAY.has(words.lower(i - 2))) return relativeCandidate(i - 2, j + 1, 'day', 0, 'narrative');
  // "the day before yesterday", "the day after tomorrow"
  const beyond = words.lower(j + 2);
  if ((after === 'before' && beyond === 'yesterday') || (after === 'after' && beyond === 'tomorrow')) {
    return relativeCandidate(i, j + 3, 'day', after === 'before' ? -2 : 2);
  }
  if (after === 'before' || after === 'after') {
    // "Oct. 12, the day before the crash": the day is a day the text names, told by an event after it;
    // "the day before returning", "the day after police arrived": a day counted from an event, no date.
    if (eventAfter(words, j + 2)) return NP_WORDS.has(words.lower(j + 2)) ? eventDay(i, j + 1) : null;
    return relativeCandidate(i, j + 2, 'day', after === 'before' ? -1 : 1, 'narrative');
  }
  if (CLAUSE_OPENERS.has(after) && kind === null) return { first: i, last: j + 1, type: 'DATE', value: fixed(null) };
  return relativeCandidate(i, j + 1, 'day', kind === 'previous' ? -1 : kind === 'next' ? 1 : 0, 'narrative');
};
