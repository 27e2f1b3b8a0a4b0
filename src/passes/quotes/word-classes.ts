import { ORGANISATION_NOUNS, SOURCE_NOUNS, STATEMENT_NOUNS } from '../../lexicon/speech.js';
import { TagSet } from '../../nlp/tags.js';
import type { Tokens } from '../../nlp/tokens.js';

const NOT_NOUNISH = TagSet.of('Pronoun', 'Determiner', 'Preposition', 'Conjunction');
const NOUNISH = TagSet.of('Noun', 'ProperNoun', 'Acronym');
/** Words a noun phrase is made of before its head: "the three new state rules". */
export const NOUN_PHRASE_WORDS = TagSet.of('Determiner', 'Adjective', 'Possessive', 'Value', 'Noun');
const PARTICIPLE = TagSet.of('PastTense', 'Participle');
const ORGANISATIONS = new Set(ORGANISATION_NOUNS);
const OPENS_NOUN = TagSet.of('Determiner', 'Possessive');
const SOURCES = new Set([...SOURCE_NOUNS, ...STATEMENT_NOUNS]);

/**
 * A word written as a name is: capitalised or opening with digits ("3M"), with a letter in it. A
 * hyphenated word is judged by its last part: "al-Amr" and "7-Eleven" are, "20-year-old" is not.
 */
export function isCapitalisedWord(text: string): boolean {
  const hyphen = text.lastIndexOf('-');
  return /^[\p{Lu}\p{N}]/u.test(hyphen > 0 ? text.slice(hyphen + 1) : text) && /\p{L}/u.test(text);
}

/** The word without an abbreviation's full stop ("Gen." → "gen"). */
export function bare(tokens: Tokens, t: number): string {
  return tokens.normal(t).replace(/\.$/, '');
}

/** A word that can head a noun phrase: a noun, or a capitalised word that is not a function word or a verb. */
export function isNounish(tokens: Tokens, t: number): boolean {
  if (tokens.hasAny(t, NOT_NOUNISH)) return false;
  // "the firm said": compromise sometimes reads an organisation noun after a determiner as an adjective or a verb.
  if (ORGANISATIONS.has(tokens.normal(t)) && t > 0 && tokens.hasAny(t - 1, OPENS_NOUN)) return true;
  if (tokens.has(t, 'Verb') && !tokens.has(t, 'Noun')) return false;
  return tokens.hasAny(t, NOUNISH) || /^\p{Lu}/u.test(tokens.text(t));
}

export function isModifier(tokens: Tokens, t: number): boolean {
  return tokens.hasAny(t, NOUN_PHRASE_WORDS);
}

/** Steps back over a participle ("seen" in "a letter seen by Sky News", "marching" in "protesters marching through the streets"). */
export function skipParticiple(tokens: Tokens, j: number, floor: number): number {
  if (j > floor && j < tokens.length && tokens.has(j, 'Verb') && (tokens.hasAny(j, PARTICIPLE) || tokens.has(j, 'Gerund'))) return j - 1;
  return j;
}

/**
 * A word compromise tags as a verb where it modifies a noun that follows: "campaign" in "Clinton
 * campaign spokesman", "police" in "Tulsa police chief", "retired" in "retired Air Force general".
 * A finite verb after a singular subject would end in -s, so a bare form there is a noun; a past
 * form that opens a phrase before a capitalised noun is an adjective.
 */
export function isNounModifierVerb(tokens: Tokens, t: number, opensPhrase: boolean): boolean {
  const next = t + 1;
  if (next >= tokens.length || /\S/.test(tokens.post(t)) || tokens.has(t, 'Gerund')) return false;
  if (!isNounish(tokens, next) || tokens.has(next, 'Verb')) return false;
  if (opensPhrase) return tokens.hasAny(t, PARTICIPLE) && /^\p{Lu}/u.test(tokens.text(next));
  const previous = t - 1;
  if (previous < 0 || /\S/.test(tokens.post(previous)) || tokens.normal(t).endsWith('s')) return false;
  // "Clinton campaign spokesman", "former campaign strategist".
  return (tokens.has(previous, 'Singular') || tokens.has(previous, 'Adjective')) && !tokens.has(previous, 'Pronoun');
}

/**
 * "a statement from the ministry", "a study by Stanford University": a written source and the
 * preposition that names who put it out, who is then the speaker.
 */
export function isAuthoredBy(tokens: Tokens, head: number, preposition: number): boolean {
  return SOURCES.has(tokens.normal(head)) && /^(?:from|by)$/.test(tokens.normal(preposition));
}
