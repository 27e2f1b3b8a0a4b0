import { MONTHS, WEEKDAYS } from '../../lexicon/dates.js';
import * as lexicon from '../../lexicon/numbers.js';
import { lexiconTags } from '../../nlp/compromise.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { TagSet } from '../../nlp/tags.js';
import type { NumberKind } from '../../types.js';
import type { NumberPhrase } from '../number-phrases/read.js';
import { countedNoun } from './counts.js';

const FRACTIONS = new Set(lexicon.FRACTIONS);
const ONE_COMPOUNDS = new Set(lexicon.ONE_COMPOUNDS);
const PRONOUN_HOSTS = new Set(lexicon.PRONOUN_HOSTS);
const INVARIANT_PLURALS = new Set(lexicon.INVARIANT_PLURALS);
const MODEL_DETERMINERS = new Set(lexicon.MODEL_DETERMINERS);
const RANKERS = new Set(['the', ...lexicon.POSSESSIVES]);
const NAME_TAGS = TagSet.of('ProperNoun', 'Organization', 'Place');
const NOT_NAME_TAGS = TagSet.of('Preposition', 'Determiner', 'Verb', 'Adverb');
/** A capitalised word the lexicon gives one of these is a function word, not a name ("About 1,200"). */
const FUNCTION_WORD_TAGS = TagSet.of('Preposition', 'Adverb', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord');
const startsUpper = (text: string) => /^\p{Lu}/u.test(text);

/** Rules out, before reading what follows, numbers that name, order or stand in for something rather than count it. */
export function acceptable(words: SubWords, number: NumberPhrase): boolean {
  const first = number.first;
  const before = first - 1;
  const after = number.last;
  const beforeText = words.text(before);
  // "A330", "COVID-19", "STS-133", "777-200LR"
  if (before >= 0 && words.joined(first) && (/\p{L}$/u.test(beforeText) || (beforeText === '-' && words.joined(before) && /\p{L}/u.test(words.text(before - 1))))) return false;
  if (words.joined(after) && /^[\p{L}\d]/u.test(words.text(after))) return false;
  if (words.text(after) === '-' && words.joined(after) && words.joined(after + 1)) {
    const next = after + 1;
    // "a one-off", "one-on-one", "a one-way street": an idiom, nothing counted.
    if (words.lower(first) === 'one' && number.last === first + 1 && ONE_COMPOUNDS.has(words.lower(next))) return false;
    if (words.digits(next) !== null && /\p{L}/u.test(words.text(next))) return false;
    if (FRACTIONS.has(words.lower(next))) return false;
  }
  // "#1", "No. 10"
  if (/^[#№]$/.test(beforeText)) return false;
  if (beforeText === '.' && /^(no|nos)$/.test(words.lower(before - 1))) return false;
  // "Boeing 737", "Chapter 11", "Formula One": a number continuing a name.
  if (before >= 0 && !words.newline(before) && words.sentence(before) === words.sentence(first) && /^\p{Ll}*\p{Lu}/u.test(beforeText) && !words.opensSentence(before)) {
    const lower = words.lower(before);
    const name = words.hasAny(before, NAME_TAGS) || /^\p{L}+$/u.test(beforeText);
    if (name && !MONTHS.has(lower) && !WEEKDAYS.has(lower) && !words.hasAny(before, NOT_NAME_TAGS) && !lexiconTags(lower).hasAny(FUNCTION_WORD_TAGS)) return false;
  }
  if (number.ordinal) {
    // "the Second World War", "First Lady"
    if (startsUpper(words.text(first)) && !words.opensSentence(first)) return false;
    // "a third of", "at first"
    if ((words.lower(before) === 'a' || words.lower(before) === 'one') && words.lower(after) === 'of') return false;
    if (words.lower(before) === 'at' && words.lower(first) === 'first') return false;
    if (words.lower(first) === 'first' && words.opensSentence(first) && words.text(after) === ',') return false;
    return true;
  }
  if (number.spelled && startsUpper(words.text(first)) && before >= 0 && startsUpper(beforeText) && !words.opensSentence(before) && words.sentence(before) === words.sentence(first)) return false;
  return true;
}

/**
 * Rules out, once its unit and noun are known, a number that names or stands in for something:
 * a model number ("737 replacement", "the 787"), a pronoun ("the two have met", "one of the"),
 * an ordinal with nothing to rank ("was first persuaded", "a third to veto").
 */
export function namesRatherThanCounts(words: SubWords, number: NumberPhrase, kind: NumberKind, unit: string | null, counts: string | null): boolean {
  const determiner = words.lower(number.first - 1);
  if (!number.spelled && kind === 'cardinal' && !unit) {
    // "737 replacement", "their 787 Dreamliner": hundreds of a singular thing is a model number.
    if (counts !== null && number.value >= 100 && /^\d+$/.test(words.text(number.first))) {
      const noun = countedNoun(words, number.last);
      const head = noun ? noun.last - 1 : -1;
      if (head >= 0 && !words.has(head, 'Plural') && !INVARIANT_PLURALS.has(words.lower(head))) return true;
    }
    // "the 787", "their 737 narrowbody": digits after a determiner with nothing counted name a model.
    if (counts === null && MODEL_DETERMINERS.has(determiner)) return true;
  }
  if (number.spelled && counts === null && unit === null) {
    // "one of the", "one another", "no one": without a noun, "one" is a pronoun.
    if (words.lower(number.first) === 'one' && number.last === number.first + 1) return true;
    if (PRONOUN_HOSTS.has(determiner)) return true;
  }
  return number.ordinal && counts === null && !unit && !RANKERS.has(determiner);
}
