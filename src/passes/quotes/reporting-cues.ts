import { INFINITIVE_REPORT_VERBS, STANCE_OBJECT_VERBS, STANCE_PREPOSITIONS, STANCE_VERBS } from '../../lexicon/speech.js';
import type { Tokens } from '../../nlp/tokens.js';
import { TagSet } from '../../nlp/tags.js';
import { cueAt, inflect, REPORTED_FORMS, type Cue } from './cues.js';

/** Every form of the verbs of belief and evidence ("believes", "showed"). */
export const STANCE = new Set(STANCE_VERBS.flatMap(inflect));
/** Every form of the verbs whose report is an infinitive ("urged … to", "declined to"). */
export const INFINITIVE = new Set(INFINITIVE_REPORT_VERBS.flatMap(inflect));
/** Every form of the verbs whose object is the report ("praised the plan"). */
export const OBJECT_REPORTS = new Set(STANCE_OBJECT_VERBS.flatMap(inflect));
/** Each form of a verb whose report follows a preposition, with the prepositions it takes. */
export const PREPOSITION_REPORTS = new Map([...STANCE_PREPOSITIONS].flatMap(([base, prepositions]) => inflect(base).map((form) => [form, new Set(prepositions)] as const)));
/** Forms of "be" and "get" that make a participle passive. */
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
/** Words that open a subordinate clause before a main one ("if elected, he would …"). */
export const SUBORDINATORS = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'after', 'before', 'once', 'unless', 'as', 'since']);

/** A verb that reports a clause: a reporting verb, "according to", or a verb of belief or evidence; never passive. */
export function reportingCue(tokens: Tokens, t: number): Cue | null {
  if (modifiesNoun(tokens, t) || (t > 0 && tokens.normal(t - 1) === 'without')) return null;
  // "When asked whether …, Trump answered": the question was put to the subject, not by it.
  if (t > 0 && tokens.normal(t).endsWith('ed') && SUBORDINATORS.has(tokens.normal(t - 1))) return null;
  const cue = cueAt(tokens, t);
  if (cue) return cue.role === 'clause' ? null : cue;
  const word = tokens.normal(t);
  // "Farmers in Kent say the harvest …": a reporting verb compromise took for a noun.
  const reportingNoun = REPORTED_FORMS.has(word) && !tokens.has(t, 'Verb') && !tokens.isCapitalised(t) && !/s$/.test(word);
  if (!reportingNoun && !STANCE.has(word) && !INFINITIVE.has(word) && !OBJECT_REPORTS.has(word) && !PREPOSITION_REPORTS.has(word)) return null;
  // compromise reads "shows" and "finds" after a noun as plural nouns: "Another slide shows that …";
  // a plain form agrees with a plural subject: "Records from the registry show she …".
  const nounBefore = t > 0 && !tokens.has(t - 1, 'Determiner') && (tokens.has(t - 1, 'Noun') || (t > 1 && tokens.has(t - 2, 'Determiner')));
  const clauseAfter =
    t + 1 >= tokens.length ||
    tokens.startsSentence(t + 1) ||
    tokens.normal(t + 1) === 'that' ||
    tokens.has(t + 1, 'Determiner') ||
    tokens.has(t + 1, 'ProperNoun') ||
    (tokens.has(t + 1, 'Pronoun') && !tokens.has(t + 1, 'Possessive'));
  const verbAfterNoun = (/s$/.test(word) || pluralSubjectBefore(tokens, t)) && nounBefore && clauseAfter && !tokens.hasApostropheS(t - 1);
  if ((reportingNoun || !tokens.has(t, 'Verb')) && !verbAfterNoun) return null;
  // "if Russia refuses to accept a deal": a belief or intention supposed, not attributed.
  for (let j = t - 1; j >= 0 && t - j <= 4 && !tokens.startsSentence(j + 1); j--) if (HYPOTHETICAL.has(tokens.normal(j))) return null;
  let j = t - 1;
  while (j >= 0 && tokens.has(j, 'Adverb')) j--;
  if (j >= 0 && BE.has(tokens.normal(j))) return null;
  return { first: t, last: t, role: 'subject', weak: false };
}

/**
 * Whether the noun phrase before token `t` has a plural head, past the prepositional phrases after
 * it: "records" in "Records from the registry", "farmers" in "Farmers in Kent".
 */
function pluralSubjectBefore(tokens: Tokens, t: number): boolean {
  let head = t - 1;
  for (let j = t - 1; j >= 0 && t - j <= 10 && !/[,;:()]/.test(tokens.post(j)); j--) {
    if (tokens.has(j, 'Preposition')) head = j - 1;
    else if (!tokens.hasAny(j, PHRASE_WORDS) && tokens.normal(j) !== 'and') break;
    if (tokens.startsSentence(j)) break;
  }
  return head >= 0 && tokens.has(head, 'Plural') && !tokens.has(head, 'Pronoun');
}

const PHRASE_WORDS = TagSet.of('Noun', 'Adjective', 'Value', 'Determiner', 'Possessive');

/** "state officials", "the report findings": a verb form standing before a noun it modifies. */
function modifiesNoun(tokens: Tokens, t: number): boolean {
  if (t === 0 || t + 1 >= tokens.length || tokens.normal(t).endsWith('ed') || tokens.normal(t).endsWith('ing')) return false;
  const before = t - 1;
  // "… and expects rents to climb": a tensed verb after "and" is the second verb of its subject.
  const tensed = tokens.has(before, 'Conjunction') && tokens.has(t, 'PresentTense') && /[^s]s$/.test(tokens.normal(t));
  const opens = !tensed && (tokens.has(before, 'Determiner') || tokens.has(before, 'Adjective') || tokens.has(before, 'Conjunction') || tokens.has(before, 'Preposition'));
  return opens && tokens.has(t + 1, 'Noun') && !tokens.has(t + 1, 'Pronoun') && !/[,;:]/.test(tokens.post(t));
}
