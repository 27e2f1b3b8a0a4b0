import { DESIRE_VERBS, EVIDENT_ADJECTIVES, INFINITIVE_REPORT_VERBS, INTENT_WORDS, LINKING_VERB_FORMS, MADE_CUE_WORDS, OUT_PARTICLE_VERBS, QUESTION_OPENERS, RAISING_PARTICIPLES, REGARDED_PARTICIPLES, SEEMING_VERBS, STANCE_OBJECT_VERBS, STANCE_PAST_FORMS, STANCE_PREPOSITIONS, STANCE_VERBS, UNANSWERED_VERBS } from '../../lexicon/speech.js';
import type { Tokens } from '../../nlp/tokens.js';
import { CUE_AT_WORDS, cueAt, inflect, isVerbModifier, REPORTED_FORMS, type Cue } from './cues.js';
import { TAKEN_AS_FORMS, takesObjectAs } from './taken-as.js';
import { NOUN_PHRASE_WORDS } from './word-classes.js';

/** Every form of the verbs of belief and evidence ("believes", "showed"). */
export const STANCE = new Set([...STANCE_VERBS.flatMap(inflect), ...STANCE_PAST_FORMS]);
/** Every form of the verbs whose report is an infinitive ("urged … to", "declined to"). */
export const INFINITIVE = new Set(INFINITIVE_REPORT_VERBS.flatMap(inflect));
/** Every form of the verbs whose object is the report ("praised the plan"). */
export const OBJECT_REPORTS = new Set([...STANCE_OBJECT_VERBS, ...DESIRE_VERBS].flatMap(inflect));
/** Each form of a verb whose report follows a preposition, with the prepositions it takes. */
export const PREPOSITION_REPORTS = new Map([...STANCE_PREPOSITIONS].flatMap(([base, prepositions]) => inflect(base).map((form) => [form, new Set(prepositions)] as const)));
/** Forms of a verb that report with "out" after them ("pointed out that …", "singled out the senator"). */
export const OUT_PARTICLE = new Set(OUT_PARTICLE_VERBS.flatMap(inflect));
/** Forms whose report is their object, never a clause of its own: what looks like a clause after them ends as an object does. */
export const OBJECT_ONLY = new Set([...OBJECT_REPORTS].filter((form) => !STANCE.has(form) && !INFINITIVE.has(form) && !REPORTED_FORMS.has(form)));
/** Forms whose report only follows their preposition ("railed against the plan"): neither a clause nor an object of their own. */
export const PREPOSITION_ONLY = new Set(
  [...PREPOSITION_REPORTS.keys()].filter((form) => !STANCE.has(form) && !INFINITIVE.has(form) && !OBJECT_REPORTS.has(form) && !REPORTED_FORMS.has(form)),
);
const UNANSWERED = new Map([...UNANSWERED_VERBS].flatMap(([base, prepositions]) => inflect(base).map((form) => [form, prepositions] as const)));
const NEGATIONS = new Set(['not', "n't", 'never']);

/**
 * "did not immediately respond to requests for comment", "has not replied to emails": where the
 * unanswered request starts (after the preposition the verb takes), or -1.
 */
export function unansweredFrom(tokens: Tokens, t: number): number {
  const prepositions = UNANSWERED.get(tokens.normal(t));
  if (!prepositions) return -1;
  let j = t - 1;
  while (j >= 0 && (tokens.has(j, 'Adverb') || tokens.normal(j) === 'yet') && !NEGATIONS.has(tokens.normal(j))) j--;
  if (j < 0 || (!NEGATIONS.has(tokens.normal(j)) && !tokens.text(j).toLowerCase().endsWith("n't"))) return -1;
  return t + 2 < tokens.length && prepositions.includes(tokens.normal(t + 1)) ? t + 2 : -1;
}

const MAKE = new Set(inflect('make'));
const MADE_WORDS = new Set(MADE_CUE_WORDS);

/** "made clear that …", "made it clear to voters that …", "made the case that …": the cue's last token, or -1. */
function madeClearAt(tokens: Tokens, t: number): number {
  if (!MAKE.has(tokens.normal(t)) || !tokens.has(t, 'Verb')) return -1;
  for (let j = t + 1; j < tokens.length && j - t <= 2 && !tokens.startsSentence(j); j++) {
    const word = tokens.normal(j);
    if (MADE_WORDS.has(word)) return word === 'clear' || (j === t + 2 && tokens.normal(t + 1) === 'the') ? j : -1;
    if (word !== 'it' && word !== 'the') return -1;
  }
  return -1;
}

const REGARDED = new Set(REGARDED_PARTICIPLES);

/** "is seen as a favourite", "was widely considered unlikely": a passive of regarding with what the subject is taken for after it. */
export function regardedAt(tokens: Tokens, t: number): boolean {
  if (!REGARDED.has(tokens.normal(t)) || t + 2 >= tokens.length || tokens.startsSentence(t + 1)) return false;
  return tokens.normal(t + 1) === 'as' || (tokens.normal(t) === 'considered' && (tokens.has(t + 1, 'Adjective') || tokens.normal(t + 1) === 'a' || tokens.normal(t + 1) === 'an'));
}

/** Every form of "seem" and "appear". */
export const SEEMING = new Set(SEEMING_VERBS.flatMap(inflect));

/** "seems to be", "appears unlikely", "seemed like a mistake": a verb of seeming with its complement after it. */
export function seemingAt(tokens: Tokens, t: number): boolean {
  if (!SEEMING.has(tokens.normal(t)) || !tokens.has(t, 'Verb') || t + 2 >= tokens.length || tokens.startsSentence(t + 1)) return false;
  // "houses that seem to need repairs": a relative clause describes its noun; nobody gives an impression.
  if (t > 0 && /^(that|which|who)$/.test(tokens.normal(t - 1))) return false;
  const next = tokens.normal(t + 1);
  // "appeared to suggest that …", "seemed to think …": the verb after it is the cue.
  if (next === 'to') return tokens.has(t + 2, 'Verb') && !reportingCue(tokens, t + 2);
  if (next === 'like') return true;
  return tokens.has(t + 1, 'Adjective') || (tokens.has(t + 1, 'Adverb') && tokens.has(t + 2, 'Adjective'));
}

/** Forms of "be" and "get" that make a participle passive. */
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
/** Words that open a subordinate clause before a main one ("if elected, he would …"). */
export const SUBORDINATORS = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'after', 'before', 'once', 'unless', 'as', 'since']);
const EVIDENT = new Set(EVIDENT_ADJECTIVES);
const LINKING_VERBS = new Set(LINKING_VERB_FORMS);
/** Words that open a question a clause is in doubt about: "unclear whether …", "not clear why", "unclear if …". */
const DOUBTS = new Set([...QUESTION_OPENERS, 'if']);

/**
 * "It was reported that …", "It is believed that …", "Nor is it clear whether …": a report the
 * text gives no source for, from the sentence's first word `first` (past a linking word). Its cue
 * and where the report starts, and whether that start must open a clause of its own; or null.
 */
export function sourcelessAt(tokens: Tokens, first: number, end: number): { cue: number; start: number; clause: boolean } | null {
  const inverted = tokens.normal(first) === 'nor' && BE.has(tokens.normal(first + 1));
  const it = inverted ? first + 2 : first;
  if (tokens.normal(it) !== 'it') return null;
  // "It's unclear …": the contracted "is" is part of the token.
  const contracted = tokens.hasApostropheS(it);
  let k = it + 1;
  let linked = inverted || contracted;
  for (; k < end; k++) {
    const word = tokens.normal(k);
    if (BE.has(word) || LINKING_VERBS.has(word)) linked = true;
    else if (word !== 'has' && word !== 'had' && !isVerbModifier(tokens, k)) break;
  }
  if ((k === it + 1 && !linked) || k + 1 >= end) return null;
  const word = tokens.normal(k);
  const next = tokens.normal(k + 1);
  if (EVIDENT.has(word) && linked) return next === 'that' ? { cue: k, start: k + 2, clause: true } : { cue: k, start: k + 1, clause: !DOUBTS.has(next) };
  if ((STANCE.has(word) || REPORTED_FORMS.has(word)) && next === 'that') return { cue: k, start: k + 2, clause: true };
  return null;
}

const INTENT = new Set(INTENT_WORDS);

/** "her plan to cut taxes", "the senator's refusal to resign": a noun of intention with its infinitive after it. */
export function intentAt(tokens: Tokens, t: number, end: number): boolean {
  return INTENT.has(tokens.normal(t)) && t + 2 < end && tokens.normal(t + 1) === 'to' && tokens.has(t + 2, 'Infinitive') && !/[,;:]/.test(tokens.post(t));
}

const RAISING = new Set(RAISING_PARTICIPLES);

/** "The sale is expected to close", "He is said to be furious": a raising participle with its infinitive after it. */
export function raisingAt(tokens: Tokens, t: number, end: number): boolean {
  return RAISING.has(tokens.normal(t)) && t + 2 < end && tokens.normal(t + 1) === 'to' && tokens.has(t + 2, 'Verb');
}

/** Every word a cue can be read at; most words of a sentence are none, and are passed over at once. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...CUE_AT_WORDS, ...TAKEN_AS_FORMS, ...STANCE, ...INFINITIVE, ...OBJECT_REPORTS, ...PREPOSITION_REPORTS.keys(), ...OUT_PARTICLE, ...UNANSWERED.keys(), ...MAKE,
]);

/** A verb that reports a clause: a reporting verb, "according to", or a verb of belief or evidence; never passive. */
export function reportingCue(tokens: Tokens, t: number): Cue | null {
  if (!CUE_WORDS.has(tokens.normal(t))) return null;
  if (modifiesNoun(tokens, t) || (t > 0 && tokens.normal(t - 1) === 'without')) return null;
  // "When asked whether …, Trump answered": the question was put to the subject, not by it.
  if (t > 0 && tokens.normal(t).endsWith('ed') && SUBORDINATORS.has(tokens.normal(t - 1))) return null;
  const cue = cueAt(tokens, t);
  const word = tokens.normal(t);
  // "…, citing a threat to public health": without quote marks the object of "citing" is what
  // the clause's subject cites, not who is quoted.
  if (cue && cue.role === 'object' && OBJECT_REPORTS.has(word)) return asideBeforeVerb(tokens, t) ? null : { ...cue, role: 'subject' };
  if (cue) return cue.role === 'clause' ? null : cue;
  const out = OUT_PARTICLE.has(word) && t + 1 < tokens.length && tokens.normal(t + 1) === 'out';
  if (unansweredFrom(tokens, t) >= 0) return { first: t, last: t, role: 'subject', weak: false };
  const made = madeClearAt(tokens, t);
  if (made >= 0) return { first: t, last: made, role: 'subject', weak: false };
  // "Farmers in Kent say the harvest …": a reporting verb compromise took for a noun.
  const reportingNoun = REPORTED_FORMS.has(word) && !tokens.has(t, 'Verb') && !tokens.isCapitalised(t) && !/s$/.test(word);
  if (!reportingNoun && !out && !takesObjectAs(tokens, t) && !STANCE.has(word) && !INFINITIVE.has(word) && !OBJECT_REPORTS.has(word) && !PREPOSITION_REPORTS.has(word)) return null;
  // compromise reads "shows" and "finds" after a noun as plural nouns: "Another slide shows that …";
  // a plain form agrees with a plural subject: "Records from the registry show she …".
  const nounBefore = t > 0 && !tokens.has(t - 1, 'Determiner') && (tokens.has(t - 1, 'Noun') || (t > 1 && tokens.has(t - 2, 'Determiner')));
  // "The company hopes to expand": an infinitive after it too; "the company's plans to expand" are a noun's.
  const possessor = t > 0 && (tokens.isPossessive(t - 1) || tokens.hasApostropheS(t - 1) || tokens.has(t - 1, 'Possessive'));
  const infinitiveAfter = INFINITIVE.has(word) && t + 1 < tokens.length && tokens.normal(t + 1) === 'to' && !possessor;
  const clauseAfter =
    t + 1 >= tokens.length ||
    tokens.startsSentence(t + 1) ||
    tokens.normal(t + 1) === 'that' ||
    tokens.has(t + 1, 'Determiner') ||
    tokens.has(t + 1, 'ProperNoun') ||
    (tokens.has(t + 1, 'Pronoun') && !tokens.has(t + 1, 'Possessive')) ||
    infinitiveAfter;
  const verbAfterNoun = (/s$/.test(word) || pluralSubjectBefore(tokens, t)) && nounBefore && clauseAfter && !(t > 0 && tokens.hasApostropheS(t - 1));
  if ((reportingNoun || !tokens.has(t, 'Verb')) && !verbAfterNoun) return null;
  // "if Russia refuses to accept a deal": a belief or intention supposed, not attributed.
  for (let j = t - 1; j >= 0 && t - j <= 4 && !tokens.startsSentence(j + 1); j--) if (HYPOTHETICAL.has(tokens.normal(j))) return null;
  // "was urged to", "is expected": passive; "is defending the plan", "are demanding that …": progressive, the subject's own stance.
  let j = t - 1;
  while (j >= 0 && tokens.has(j, 'Adverb')) j--;
  if (j >= 0 && BE.has(tokens.normal(j)) && !word.endsWith('ing')) return null;
  return { first: t, last: t, role: 'subject', weak: false };
}

/** "The council, citing the ministry, said …": the cue's phrase is an aside, and the sentence's verb follows it. */
function asideBeforeVerb(tokens: Tokens, t: number): boolean {
  let j = t + 1;
  while (j + 1 < tokens.length && !tokens.startsSentence(j + 1) && !/[,;:—–]/.test(tokens.post(j))) j++;
  return j + 1 < tokens.length && !tokens.startsSentence(j + 1) && tokens.has(j + 1, 'Verb') && !tokens.has(j + 1, 'Gerund');
}

/**
 * Whether the noun phrase before token `t` has a plural head, past the prepositional phrases after
 * it: "records" in "Records from the registry", "farmers" in "Farmers in Kent", "data".
 */
function pluralSubjectBefore(tokens: Tokens, t: number): boolean {
  let head = t - 1;
  for (let j = t - 1; j >= 0 && t - j <= 10 && !/[,;:()]/.test(tokens.post(j)); j--) {
    if (tokens.has(j, 'Preposition')) head = j - 1;
    else if (!tokens.hasAny(j, NOUN_PHRASE_WORDS) && tokens.normal(j) !== 'and') break;
    if (tokens.startsSentence(j)) break;
  }
  // "Data from the census show …": compromise takes "data" for a singular.
  return head >= 0 && (tokens.has(head, 'Plural') || tokens.normal(head) === 'data') && !tokens.has(head, 'Pronoun');
}

/** "state officials", "the report findings": a verb form standing before a noun it modifies. */
function modifiesNoun(tokens: Tokens, t: number): boolean {
  if (t + 1 >= tokens.length || tokens.normal(t).endsWith('ed') || tokens.normal(t).endsWith('ing')) return false;
  const before = t - 1;
  // "… and expects rents to climb": a tensed verb after "and" is the second verb of its subject.
  const tensed = t > 0 && tokens.has(before, 'Conjunction') && tokens.has(t, 'PresentTense') && /[^s]s$/.test(tokens.normal(t));
  // "State regulators …", "Initially, state regulators …": a phrase opens the sentence, or follows an opening adverb.
  const opens =
    !tensed &&
    (t === 0 || tokens.startsSentence(t) || (tokens.startsSentence(before) && tokens.has(before, 'Adverb') && /,/.test(tokens.post(before))) ||
      tokens.has(before, 'Determiner') || tokens.has(before, 'Adjective') || tokens.has(before, 'Conjunction') || tokens.has(before, 'Preposition'));
  return opens && tokens.has(t + 1, 'Noun') && !tokens.has(t + 1, 'Pronoun') && !/[,;:]/.test(tokens.post(t));
}
