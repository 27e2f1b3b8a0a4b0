import type { Tokens } from '../../nlp/tokens.js';

/** Words that open a clause of their own after an object: "supported the bill when it came to …". */
const CLAUSE_OPENERS = new Set(['after', 'although', 'because', 'before', 'if', 'once', 'since', 'though', 'unless', 'until', 'when', 'whereas', 'while']);
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'] as const;

/**
 * The last token of an object reported as a stance ("praised the bill", "supported Kloppenburg"),
 * given the end its clause reader found: the object ends before a subordinate clause of its own
 * ("… when it came to the Senate"), before a comma that the sentence's own verb follows
 * ("The committee, which supported Kloppenburg, spent …") and before a participle clause
 * ("attacked Trump, saying …").
 */
export function objectPhraseEnd(tokens: Tokens, start: number, last: number): number {
  for (let k = start; k <= last; k++) {
    if (k > start && CLAUSE_OPENERS.has(tokens.normal(k)) && !tokens.has(k - 1, 'Preposition')) return k - 1;
    if (k < last && /,/.test(tokens.post(k)) && FINITE_TAGS.some((tag) => tokens.has(k + 1, tag)) && !tokens.has(k + 1, 'Gerund')) return k;
    // "Citing a poll, the mayor attacked …": a subject and its verb after the comma open the main clause.
    if (k < last && /,/.test(tokens.post(k)) && clauseFollows(tokens, k + 1, last)) return k;
    // "attacked Trump, saying …": a participle after the comma is the subject's, not the object's.
    if (k < last && /,/.test(tokens.post(k)) && tokens.normal(k + 1).endsWith('ing') && !exampleOfObject(tokens, k + 1, last) && tokens.has(k + 1, 'Verb')) return k;
  }
  return last;
}

const SUBJECT_WORDS = ['Determiner', 'Adjective', 'Noun', 'Possessive', 'ProperNoun'] as const;

/**
 * A short noun phrase from `k` and then a finite verb: a clause of its own ("the mayor attacked",
 * "the Union of Teachers called", "Ortiz repeatedly denied").
 */
function clauseFollows(tokens: Tokens, k: number, last: number): boolean {
  let j = k;
  const inSubject = (at: number) => SUBJECT_WORDS.some((tag) => tokens.has(at, tag)) && !FINITE_TAGS.some((tag) => tokens.has(at, tag));
  while (j <= last && j - k < 8 && (inSubject(j) || (j > k && tokens.normal(j) === 'of' && tokens.isCapitalised(j - 1) && inSubject(j + 1)))) j++;
  while (j > k && j < last && tokens.has(j, 'Adverb') && !FINITE_TAGS.some((tag) => tokens.has(j, tag))) j++;
  return j > k && j <= last && FINITE_TAGS.some((tag) => tokens.has(j, tag)) && !tokens.has(j, 'Gerund');
}

/**
 * "criticised the budget, including its cuts": an example of the object goes on with it; one that
 * names people ("endorsed the bid, including Gov. Lee") is of the subject, and an activity
 * ("…, including raising fees") is the writer's gloss.
 */
function exampleOfObject(tokens: Tokens, k: number, last: number): boolean {
  return tokens.normal(k) === 'including' && k < last && !tokens.isCapitalised(k + 1) && !tokens.normal(k + 1).endsWith('ing');
}

/**
 * "a full, unedited copy", "publicly funded, privately run schools": the comma after `k` is one
 * between modifiers of the noun that follows them, not a boundary of the clause.
 */
export function modifierList(tokens: Tokens, k: number, end: number): boolean {
  const noun = (j: number) => j < end && tokens.has(j, 'Noun') && !tokens.has(j, 'Pronoun');
  // A participle modifies a noun after an adverb ("publicly funded") or straight before the noun ("unedited copy").
  const modifier = (j: number) => tokens.has(j, 'Adjective') || (tokens.has(j, 'PastTense') && (tokens.has(j - 1, 'Adverb') || noun(j + 1)));
  // "the vote was close, many voters were angry": a predicate adjective ends its clause.
  if (!/^,\s*$/.test(tokens.post(k)) || !modifier(k) || (tokens.has(k - 1, 'Verb') && !tokens.has(k - 1, 'Adjective'))) return false;
  let j = k + 1;
  if (j < end && tokens.has(j, 'Adverb') && !FINITE_TAGS.some((tag) => tokens.has(j, tag))) j++;
  if (j >= end || !modifier(j)) return false;
  for (j++; j < end && j - k < 5; j++) {
    if (noun(j)) return true;
    if (!tokens.has(j, 'Adjective') && tokens.normal(j) !== 'and' && tokens.normal(j) !== 'or') return false;
  }
  return false;
}
