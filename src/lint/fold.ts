import { STOPWORDS } from '../lexicon/lint.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const STOPWORD_SET: ReadonlySet<string> = new Set(STOPWORDS);

/**
 * The words that carry meaning, folded so that inflections compare equal: lower case, no
 * possessive, a light suffix strip ("talks" = "talk", "moved" = "move"), function words dropped.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    if (STOPWORD_SET.has(word) || (word.length < 3 && !/\d/.test(word))) continue;
    out.push(stem(word));
  }
  return out;
}

export function stem(word: string): string {
  let s = word;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  // "move", "moved" and "moving" all become "mov".
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

/** Text folded for "the same words" comparisons: lower case, one kind of apostrophe, no punctuation. */
export function foldText(text: string): string {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? []).join(' ');
}

/** A finding's text for a one-line message: whitespace flattened, long text cut with an ellipsis. */
export function abbreviate(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
