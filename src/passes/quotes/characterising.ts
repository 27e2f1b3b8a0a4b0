import { CHARACTERISING_VERBS, NAME_CALLING_VERBS, PASSIVE_AUXILIARIES, STANCE_OBJECT_VERBS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import type { Attribution, Surroundings } from './attribution.js';
import { inflect } from './cues.js';
import { isTitleCase } from './filters.js';
import type { Speakers } from './speakers.js';

/** Every form of a characterising verb, with the prepositions that introduce its words. */
const FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  [...CHARACTERISING_VERBS].flatMap(([base, prepositions]) => inflect(base).map((form) => [form, prepositions] as const)),
);
const CALLING = new Set(NAME_CALLING_VERBS.flatMap(inflect));
const BE = new Set(PASSIVE_AUXILIARIES);
const STANCE_OBJECT_FORMS = new Set(STANCE_OBJECT_VERBS.flatMap(inflect));
/** Words between a preposition and the quote mark: "as a", "as being in the". */
const LEAD_WORDS = /^(?:a|an|the|being|in|its|his|her|their)$/;
/** How many tokens the object of the verb runs to ("dismissed NATO member Estonia"). */
const OBJECT_REACH = 7;

/**
 * A quoted phrase that completes a verb of characterising, in the speaker's words: "blasted
 * Clinton as a "disgrace"", "likened the rules to "burning the Constitution"", "referred to her
 * as "the devil"", "calling capital punishment "inhumane"", "what it called "a clear threat"".
 * The speaker is the verb's subject, so the quote is a partial quote even when it is short or
 * capitalised like a name ("called the winner "Miss Piggy"").
 */
export function characterisation(document: Document, speakers: Speakers, mark: MarkedSpan, around: Surroundings): Attribution | null {
  const { tokens } = document;
  const { left } = around;
  if (mark.close === null || left.length === 0) return null;
  // Nothing but spaces between the last word and the mark.
  if (/[^\s"“‘']/.test(document.text.slice(tokens.end(left[0]!), mark.open))) return null;
  // "what it called "…"", "what multiple lawmakers call "…"": the verb right before the mark.
  if (CALLING.has(tokens.normal(left[0]!))) {
    const what = left.slice(2, 6).findIndex((t) => tokens.normal(t) === 'what');
    const speaker = what < 0 ? null : speakers.subjectOf(left[0]!, left[what + 1]!);
    if (speaker && speaker !== 'coordinated') return { speaker, cue: { first: left[0]!, last: left[0]!, role: 'subject', weak: false } };
  }
  let i = 0;
  // `as "provocative" and a "grave threat"`: a quote coordinated with the one before shares its verb.
  const skips = (t: number) => LEAD_WORDS.test(tokens.normal(t)) || (/^(?:and|or)$/.test(tokens.normal(t)) && document.quoteOf(t - 1) >= 0);
  while (i < left.length && i < 4 && skips(left[i]!)) i++;
  const floor = left[left.length - 1]!;
  if (i >= left.length) return null;
  // "attacked "the hateful ideology of …"", "referenced "political tensions"": the quote is the object.
  // A title stays a title there ("will show "The Long Night" on Friday").
  if (STANCE_OBJECT_FORMS.has(tokens.normal(left[i]!)) && tokens.has(left[i]!, 'Verb')) {
    return isTitleCase(document.text.slice(mark.start, mark.end)) ? null : governedBy(document, speakers, left[i]!, floor);
  }
  const preposition = tokens.normal(left[i]!);
  for (let k = i + 1; k < left.length && k <= i + OBJECT_REACH; k++) {
    const t = left[k]!;
    if (/[,;:]/.test(tokens.post(t))) return null;
    const word = tokens.normal(t);
    const fits = FORMS.get(word)?.includes(preposition) || CALLING.has(word);
    // ", calling capital punishment …": compromise may take a participle after a comma for a noun.
    const verb = tokens.has(t, 'Verb') || (word.endsWith('ing') && t > 0 && /,\s*$/.test(tokens.post(t - 1)));
    if (fits && verb) return governedBy(document, speakers, t, floor);
    if (tokens.has(t, 'Verb') && !tokens.has(t, 'Noun') && !tokens.has(t, 'Adjective')) return null;
  }
  return null;
}

/** The verb at `t` as the quote's cue, with its subject as the speaker. */
function governedBy(document: Document, speakers: Speakers, t: number, floor: number): Attribution | null {
  const { tokens } = document;
  // "is being criticized as a "use it or lose it" approach": passive, its subject is not the
  // speaker; "Christie Calls Clinton 'A Disgrace'" is a headline's capitals, not a sentence.
  if (isPassive(document, t) || (/^\p{Lu}/u.test(tokens.text(t)) && !tokens.startsSentence(t))) return null;
  const subject = speakers.subjectOf(t, floor);
  const speaker = subject === 'coordinated' ? speakers.clauseSubject(floor, t - 1) : subject;
  return speaker ? { speaker, cue: { first: t, last: t, role: 'subject', weak: false } } : null;
}

/** Whether the verb at `t` follows a form of "be" or "get", adverbs between. */
function isPassive(document: Document, t: number): boolean {
  const { tokens } = document;
  let j = t - 1;
  while (j >= 0 && tokens.has(j, 'Adverb')) j--;
  return j >= 0 && BE.has(tokens.normal(j)) && tokens.sentence(j) === tokens.sentence(t);
}
