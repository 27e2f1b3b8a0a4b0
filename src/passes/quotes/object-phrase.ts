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
    // "attacked Trump, saying …": a participle after the comma is the subject's, not the object's.
    if (k < last && /,/.test(tokens.post(k)) && tokens.normal(k + 1).endsWith('ing') && tokens.has(k + 1, 'Verb')) return k;
  }
  return last;
}
