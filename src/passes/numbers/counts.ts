import { OF_DETERMINERS as OF_DETERMINER_LIST, SKIPPABLE_MODIFIERS } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { TagSet } from '../../nlp/tags.js';
import type { NumberPhrase } from '../number-phrases/read.js';

const SKIPPABLE = new Set(SKIPPABLE_MODIFIERS);
const MAX_MODIFIERS = 3;
const MAX_NOUNS = 3;
const NOT_COUNTED = TagSet.of('Pronoun', 'Date');
const LETTER_START = /^\p{L}/u;

const startsWithLetter = (words: SubWords, j: number) => LETTER_START.test(words.text(j));

function isNoun(words: SubWords, j: number): boolean {
  return words.has(j, 'Noun') && !words.hasAny(j, NOT_COUNTED) && startsWithLetter(words, j);
}

/** A noun, or a gerund modifying the noun after it ("refueling tankers"). */
function nounish(words: SubWords, j: number): boolean {
  if (isNoun(words, j)) return true;
  return words.has(j, 'Gerund') && words.sentence(j + 1) === words.sentence(j) && isNoun(words, j + 1);
}

/**
 * The noun phrase a number counts, read from `k` on: "12 fatalities", "179 new aerial refueling
 * tankers", "the third such meeting". Returns its range of sub-words or null.
 */
export function countedNoun(words: SubWords, k: number): { first: number; last: number } | null {
  const sentence = words.sentence(k - 1);
  let j = k;
  for (let modifiers = 0; ; modifiers++) {
    if (j >= words.length || words.sentence(j) !== sentence || words.newline(j) || !startsWithLetter(words, j)) return null;
    const compound = compoundEnd(words, j);
    // "two anti-establishment camps": a hyphenated modifier before the noun.
    if (compound > j + 1 && startsWithLetter(words, compound) && nounish(words, compound) && modifiers < MAX_MODIFIERS) {
      j = compound;
      continue;
    }
    if (nounish(words, j)) break;
    // "the third such meeting": compromise reads a head noun after a modifier as a gerund.
    if (words.has(j, 'Gerund') && j > k) return { first: j, last: j + 1 };
    if (modifiers >= MAX_MODIFIERS || !(SKIPPABLE.has(words.lower(j)) || words.has(j, 'Adjective'))) return null;
    j++;
  }
  const first = j;
  while (j < words.length && j - first < MAX_NOUNS && words.sentence(j) === sentence && !words.newline(j) && nounish(words, j)) {
    j = compoundEnd(words, j);
    if (words.has(j - 1, 'Plural')) break;
  }
  return { first, last: j };
}

/** Index after the hyphenated compound starting at `j` ("anti-establishment"), or after `j` alone. */
function compoundEnd(words: SubWords, j: number): number {
  let end = j + 1;
  while (words.text(end) === '-' && words.joined(end) && words.joined(end + 1) && startsWithLetter(words, end + 1)) end += 2;
  return end;
}

/**
 * "conflict" for "its" in "the ongoing Ukraine conflict, now entering its fifth year": the
 * nearest common noun before the possessive in the same sentence, or -1.
 */
export function antecedent(words: SubWords, possessive: number): number {
  const sentence = words.sentence(possessive);
  for (let j = possessive - 1; j >= 0 && possessive - j <= 20; j--) {
    if (words.sentence(j) !== sentence) return -1;
    if (isNoun(words, j) && !words.has(j, 'ProperNoun') && !words.has(j, 'Plural') && /^\p{Ll}/u.test(words.text(j))) return j;
  }
  return -1;
}

const OF_DETERMINERS = new Set(OF_DETERMINER_LIST);

/** "of the parts" at `k`: the noun phrase, with its determiner when `withDeterminer`. */
export function ofPhrase(words: SubWords, k: number, withDeterminer = false): string | null {
  if (words.lower(k) !== 'of') return null;
  let j = k + 1;
  const determiner = OF_DETERMINERS.has(words.lower(j)) ? j++ : -1;
  const noun = countedNoun(words, j);
  if (!noun) return null;
  for (let m = j; m < noun.first; m++) if (!words.has(m, 'Adjective')) return null;
  const start = withDeterminer && determiner >= 0 ? determiner : noun.first;
  return phraseText(words, start, noun.last);
}

/**
 * What an ordinal ranks: "the fifth year of the war" → "year of the war", "its fifth year" →
 * "year of the conflict". `unitWord` is the unit after the ordinal, or -1 to read the noun from `from`.
 */
export function ordinalCounts(words: SubWords, number: NumberPhrase, unitWord: number, from: number): string | null {
  let head = unitWord;
  if (head < 0) {
    const noun = countedNoun(words, from);
    if (!noun) return null;
    head = noun.last - 1;
  }
  const headText = words.text(head);
  const of = ofPhrase(words, head + 1, true);
  if (of) return `${headText} of ${of}`;
  const owner = number.first - 1;
  if (words.lower(owner) === 'its' || words.lower(owner) === 'their') {
    const referent = antecedent(words, owner);
    if (referent >= 0) return `${headText} of the ${words.text(referent)}`;
  }
  if (unitWord < 0) {
    const noun = countedNoun(words, from);
    return noun ? phraseText(words, noun.first, noun.last) : null;
  }
  return headText;
}

/** Pieces `first` to `last` as written, with one space wherever the text had any. */
export function phraseText(words: SubWords, first: number, last: number): string {
  let out = '';
  for (let i = first; i < last; i++) out += (i > first && !words.joined(i) ? ' ' : '') + words.text(i);
  return out;
}
