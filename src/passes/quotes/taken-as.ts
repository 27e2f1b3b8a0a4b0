import { CALLING_TIMES, COUNTING_WORDS, NAME_CALLING_VERBS, PREDICATING_VERBS, REGARDING_ADVERBS, REGARDING_VERBS } from '../../lexicon/speech.js';
import type { Tokens } from '../../nlp/tokens.js';
import { inflect } from './cues.js';

const REGARDING = new Set(REGARDING_VERBS.flatMap(inflect));
const PREDICATING = new Set(PREDICATING_VERBS.flatMap(inflect));
/** Every verb form `takesObjectAs` reads at. */
export const TAKEN_AS_FORMS: ReadonlySet<string> = new Set([...REGARDING, ...PREDICATING]);
const COUNTING = new Set(COUNTING_WORDS);
const REGARDING_HOW = new Set(REGARDING_ADVERBS);
const TIMES = new Set(CALLING_TIMES);
/** "called the plan risky" is rarer than "called the office early": only a noun phrase names what was called. */
const CALLING = new Set(NAME_CALLING_VERBS.flatMap(inflect));
/** Possessives that open what someone was called: "called her son her hero". */
const OWNERS = new Set(['his', 'her', 'its', 'our', 'their']);
/** How many words the thing taken for something may run to ("her vote in favor of the war"). */
const OBJECT_REACH = 12;

/**
 * Whether the verb at `t` takes an object for something: "sees the program as an easier way in",
 * "called the deal a disaster", "considers him honest", "views her favorably". PolNeAR reports the object with what it
 * is taken for, by the verb's subject; "saw a doctor" and "called him a few times" take nothing
 * for anything.
 */
export function takesObjectAs(tokens: Tokens, t: number): boolean {
  const word = tokens.normal(t);
  const regarding = REGARDING.has(word);
  const predicating = PREDICATING.has(word);
  if ((!regarding && !predicating) || !tokens.has(t, 'Verb')) return false;
  for (let j = t + 2; j < tokens.length && j - t <= OBJECT_REACH && !tokens.startsSentence(j); j++) {
    // A quoted name ("called the vote "a sham"") is the characterising reader's.
    if (/[,;:—–(]|["“”]/.test(tokens.post(j - 1)) || tokens.postEnd(j - 1) < tokens.start(j)) return false;
    const next = tokens.normal(j);
    // "views him favorably": how the thing is regarded, in place of what it is taken for.
    if (regarding && (next === 'as' || (REGARDING_HOW.has(next) && tokens.normal(t) !== 'see'))) return true;
    const opensName = next === 'a' || next === 'an' || (OWNERS.has(next) && !tokens.has(j - 1, 'Pronoun'));
    if (predicating && opensName && isNounEnd(tokens, j - 1)) return j + 1 < tokens.length && !COUNTING.has(tokens.normal(j + 1));
    // "considers the plan risky"; "called him divisive", but not "called the office early".
    const described = !CALLING.has(word) ? isNounEnd(tokens, j - 1) : j === t + 2 && tokens.has(j - 1, 'Pronoun');
    if (predicating && tokens.has(j, 'Adjective') && !tokens.has(j, 'Adverb') && !TIMES.has(next) && described) return true;
    if (tokens.has(j, 'Verb') && !tokens.has(j, 'Gerund') && !tokens.has(j, 'Adjective') && !tokens.has(j, 'Noun')) return false;
  }
  return false;
}

function isNounEnd(tokens: Tokens, k: number): boolean {
  return (tokens.has(k, 'Noun') || tokens.has(k, 'Pronoun')) && !tokens.has(k, 'Possessive');
}
