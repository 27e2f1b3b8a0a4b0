import {
  DOUBLED_FINAL_CONSONANT,
  ISSUING_VERBS,
  LEAD_IN_ONLY_CUES,
  OBJECT_SPEAKER_CUES,
  PASSIVE_AUXILIARIES,
  REPORTING_VERBS,
  STATEMENT_NOUNS,
  VERB_EVERYWHERE,
  VERB_MODIFIERS,
  WEAK_CUES,
} from '../../lexicon/speech.js';
import { TagSet } from '../../nlp/tags.js';
import type { Tokens } from '../../nlp/tokens.js';

/** Forms the regular rules below would get wrong. */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['begin', ['began', 'begun', 'beginning']],
  ['feel', ['felt', 'feeling']],
  ['find', ['found', 'finding']],
  ['know', ['knew', 'known', 'knowing']],
  ['make', ['made', 'making']],
  ['read', ['read']],
  ['say', ['said']],
  ['see', ['saw', 'seen', 'seeing']],
  ['seek', ['sought', 'seeking']],
  ['show', ['showed', 'shown', 'showing']],
  ['speak', ['spoke', 'spoken', 'speaking']],
  ['tell', ['told']],
  ['understand', ['understood', 'understanding']],
  ['think', ['thought', 'thinking']],
  ['write', ['wrote', 'written']],
]);

const DOUBLING = new Set(DOUBLED_FINAL_CONSONANT);

/** The base form and its -s, -ed and -ing forms. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR.get(base);
  const forms = [base, ...(irregular ?? [])];
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    forms.push(`${root}ies`, `${root}ied`, `${base}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base.slice(0, -1)}ing`);
    if (!irregular) forms.push(`${base}d`);
  } else {
    forms.push(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
    if (!irregular) forms.push(`${stem}ed`);
    forms.push(`${stem}ing`);
  }
  return forms;
}

const CUE_FORMS = new Set(REPORTING_VERBS.flatMap(inflect));
/** Every form of a reporting verb, for readers of reported speech that find cues of their own. */
export const REPORTED_FORMS: ReadonlySet<string> = CUE_FORMS;
const ALWAYS_VERBS = new Set(VERB_EVERYWHERE);
const OBJECT_SPEAKER = new Set(OBJECT_SPEAKER_CUES);
const LEAD_IN_ONLY = new Set(LEAD_IN_ONLY_CUES.flatMap(inflect));
const WEAK = new Set(WEAK_CUES.flatMap(inflect));
const ISSUING = new Set(ISSUING_VERBS);
const STATEMENTS = new Set(STATEMENT_NOUNS);
/** Every word `cueAt` can read a cue at: the reporting verbs' forms, statement nouns, "according (to)" and "(in the) words (of)". */
export const CUE_AT_WORDS: ReadonlySet<string> = new Set([...CUE_FORMS, ...STATEMENTS, 'according', 'words']);
const BE = new Set(PASSIVE_AUXILIARIES);
const MODIFIERS = new Set(VERB_MODIFIERS);
const STATEMENT_MODIFIERS = TagSet.of('Determiner', 'Adjective', 'Possessive');

export type CueRole =
  /** The speaker is the verb's subject: "Trump said", "said Trump". */
  | 'subject'
  /** The speaker follows the cue: "according to Ushakov", "quoting the agency". */
  | 'object'
  /** The speaker is the sentence's subject: "In a statement, the ministry …". */
  | 'clause';

export interface Cue {
  /** First and last token of the cue, inclusive. */
  first: number;
  last: number;
  role: CueRole;
  /**
   * "asked" often reports a question in the writer's words ("asked officials how documents kept
   * in "approved security cabinets" …"), so it does not make a quoted phrase speech.
   */
  weak: boolean;
}

/** Past participles of the verbs above; after a form of "be" they make a passive. */
const PARTICIPLE = /(?:ed|^told|^said|^written|^read|^begun)$/;

/** Whether token `t` may stand between a subject and its reporting verb. */
export function isVerbModifier(tokens: Tokens, t: number): boolean {
  return MODIFIERS.has(tokens.normal(t)) || (tokens.has(t, 'Adverb') && !/[,;:]/.test(tokens.post(t)));
}

/**
 * The reporting cue at token `t`, or null. A passive form ("has been told to prepare") reports
 * nobody's words, and "the so-called" or "the said" is not speech. `followsQuote` is for a verb
 * after a quotation that closes a clause (`"…," she continued.`), where "continued" reports it as
 * surely as a lead-in does.
 */
export function cueAt(tokens: Tokens, t: number, followsQuote = false): Cue | null {
  const word = tokens.normal(t);
  const next = t + 1 < tokens.length ? tokens.normal(t + 1) : '';
  if (word === 'according' && next === 'to') return { first: t, last: t + 1, role: 'object', weak: false };
  if (word === 'words' && t >= 2 && tokens.normal(t - 1) === 'the' && tokens.normal(t - 2) === 'in' && next === 'of') {
    return { first: t - 2, last: t + 1, role: 'object', weak: false };
  }
  if (STATEMENTS.has(word)) return statementAt(tokens, t);
  if (!CUE_FORMS.has(word)) return null;
  if (!ALWAYS_VERBS.has(word) && !tokens.has(t, 'Verb')) return null;
  if (LEAD_IN_ONLY.has(word) && !followsQuote && !/[:"“‘']/.test(tokens.post(t))) return null;
  let j = t - 1;
  while (j >= 0 && (tokens.normal(j) === 'also' || tokens.normal(j) === 'not' || tokens.has(j, 'Adverb'))) j--;
  if (j >= 0) {
    const previous = tokens.normal(j);
    if (tokens.sentence(j) === tokens.sentence(t) && BE.has(previous) && PARTICIPLE.test(word)) {
      // "was told", "is called", "has been quoted": passive, unless "was quoted as saying".
      if (!(word === 'quoted' && next === 'as')) return null;
    }
    if (previous === 'the' || previous === 'a') return null;
  }
  return { first: t, last: t, role: OBJECT_SPEAKER.has(word) ? 'object' : 'subject', weak: WEAK.has(word) };
}

/** "issued a statement" (its verb's subject speaks) or "in a statement" (the sentence's subject does). */
function statementAt(tokens: Tokens, t: number): Cue | null {
  let j = t - 1;
  while (j >= 0 && t - j <= 3 && tokens.hasAny(j, STATEMENT_MODIFIERS)) j--;
  if (j === t - 1 || j < 0) return null;
  const word = tokens.normal(j);
  if (word === 'in') return { first: j, last: t, role: 'clause', weak: false };
  if (ISSUING.has(word)) return { first: j, last: t, role: 'subject', weak: false };
  return null;
}
