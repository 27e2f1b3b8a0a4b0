import { SKIPPABLE_MODIFIERS } from '../../lexicon/numbers.js';
import type { Word } from './tokens.js';

const SKIPPABLE = new Set(SKIPPABLE_MODIFIERS);
const MAX_MODIFIERS = 3;
const MAX_NOUNS = 3;

function isNoun(word: Word): boolean {
  return word.tags.has('Noun') && !word.tags.has('Pronoun') && !word.tags.has('Date') && /^\p{L}/u.test(word.text);
}

/** A noun, or a gerund modifying the noun after it ("refueling tankers"). */
function nounish(words: Word[], j: number): boolean {
  const word = words[j]!;
  if (isNoun(word)) return true;
  const next = words[j + 1];
  return word.tags.has('Gerund') && !!next && next.sentence === word.sentence && isNoun(next);
}

/**
 * The noun phrase a number counts, read from `k` on: "12 fatalities", "179 new aerial refueling
 * tankers", "the third such meeting". Returns its word range or null.
 */
export function countedNoun(words: Word[], k: number): { first: number; last: number } | null {
  const sentence = words[k - 1]?.sentence;
  let j = k;
  for (let modifiers = 0; ; modifiers++) {
    const word = words[j];
    if (!word || word.sentence !== sentence || word.newline || !/^\p{L}/u.test(word.text)) return null;
    const compound = compoundEnd(words, j);
    // "two anti-establishment camps": a hyphenated modifier before the noun.
    if (compound > j + 1 && words[compound] && /^\p{L}/u.test(words[compound]!.text) && nounish(words, compound) && modifiers < MAX_MODIFIERS) {
      j = compound;
      continue;
    }
    if (nounish(words, j)) break;
    // "the third such meeting": compromise reads a head noun after a modifier as a gerund.
    if (word.tags.has('Gerund') && j > k) return { first: j, last: j + 1 };
    if (modifiers >= MAX_MODIFIERS || !(SKIPPABLE.has(word.lower) || word.tags.has('Adjective'))) return null;
    j++;
  }
  const first = j;
  while (j < words.length && j - first < MAX_NOUNS && words[j]!.sentence === sentence && !words[j]!.newline && nounish(words, j)) {
    j = compoundEnd(words, j);
    if (words[j - 1]!.tags.has('Plural')) break;
  }
  return { first, last: j };
}

/** Index after the hyphenated compound starting at `j` ("anti-establishment"), or after `j` alone. */
function compoundEnd(words: Word[], j: number): number {
  let end = j + 1;
  while (words[end]?.text === '-' && words[end]!.joined && words[end + 1]?.joined && /^\p{L}/u.test(words[end + 1]!.text)) end += 2;
  return end;
}

/**
 * "the conflict" for "its" in "the ongoing Ukraine conflict, now entering its fifth year": the
 * nearest common noun before the possessive in the same sentence.
 */
export function antecedent(words: Word[], possessive: number): Word | null {
  const sentence = words[possessive]!.sentence;
  for (let j = possessive - 1; j >= 0 && possessive - j <= 20; j--) {
    const word = words[j]!;
    if (word.sentence !== sentence) return null;
    if (isNoun(word) && !word.tags.has('ProperNoun') && !word.tags.has('Plural') && /^\p{Ll}/u.test(word.text)) return word;
  }
  return null;
}
