import type { Tokens } from '../../nlp/tokens.js';
import { isNounish } from './word-classes.js';

/** Words that stand for a whole answer or statement after a cue ("said so", "said yes"). */
const ANSWERS = new Set(['no', 'so', 'yes']);
/** What a stand-in may be about: "said the same of the mayor". */
const ABOUT = new Set(['about', 'for', 'of']);
const PUNCTUATION = /[,;:—–.!?)]/;

/**
 * "Half said so in the spring", "most said yes", "said the same of the mayor", "indicated as
 * much": a word that stands for what was said is the report, though it is no clause. The last
 * token of the stand-in from `k`, or -1; "said no one would …" and "said so many things" are
 * clauses and objects of their own.
 */
export function proFormEnd(tokens: Tokens, k: number, end: number): number {
  if (k >= end) return -1;
  const word = tokens.normal(k);
  if (ANSWERS.has(word)) return closes(tokens, k, end) ? k : -1;
  if (word === 'as' && tokens.normal(k + 1) === 'much' && k + 1 < end) return closes(tokens, k + 1, end) ? k + 1 : -1;
  if (word !== 'the' || k + 1 >= end || tokens.normal(k + 1) !== 'same') return -1;
  let last = tokens.normal(k + 2) === 'thing' && k + 2 < end ? k + 2 : k + 1;
  if (last + 2 < end && ABOUT.has(tokens.normal(last + 1)) && !PUNCTUATION.test(tokens.post(last))) {
    let j = last + 2;
    while (j + 1 < end && !PUNCTUATION.test(tokens.post(j)) && isNounish(tokens, j + 1)) j++;
    if (j < end && isNounish(tokens, j)) last = j;
  }
  return closes(tokens, last, end) ? last : -1;
}

/** Whether the stand-in ends at `k`: the sentence or a phrase ends, or a preposition or a conjunction follows. */
function closes(tokens: Tokens, k: number, end: number): boolean {
  return k + 1 >= end || PUNCTUATION.test(tokens.post(k)) || tokens.has(k + 1, 'Preposition') || tokens.has(k + 1, 'Conjunction') || tokens.has(k + 1, 'Date');
}
