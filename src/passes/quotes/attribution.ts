import type { Document } from '../../nlp/document.js';
import { insideEnd } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import type { Quote, Span } from '../../types.js';
import { cueAt, isVerbModifier, type Cue } from './cues.js';
import { bylineSpeaker, labelSpeaker } from './layouts.js';
import { isNounModifierVerb } from './word-classes.js';
import type { Mention, Speakers } from './speakers.js';

/** How far around a quote its attribution is looked for, in tokens. */
const LEFT_REACH = 60;
const RIGHT_REACH = 30;

export interface Attribution {
  speaker: Mention | null;
  cue: Cue | null;
}

export interface Surroundings {
  /** Tokens of the quote's sentence before its opening mark, nearest first, other quotes skipped. */
  left: number[];
  /** Tokens after its closing mark up to the sentence end or the next quote. */
  right: number[];
}

/** A quotation taken for speech, with where it stands and who said it. */
export interface Found {
  mark: MarkedSpan;
  around: Surroundings;
  attribution: Attribution;
}

export function surroundings(document: Document, mark: MarkedSpan, index: number): Surroundings {
  const { tokens } = document;
  const left: number[] = [];
  const firstInside = document.tokens.indexFrom(mark.open);
  // A quote that opens its sentence has nothing before it to attribute it.
  const opensSentence = firstInside < tokens.length && document.quoteOf(firstInside) === index && tokens.startsSentence(firstInside);
  for (let t = firstInside - 1; t >= 0 && left.length < LEFT_REACH && !opensSentence; t--) {
    const inside = document.quoteOf(t);
    if (inside === index) continue;
    if (inside >= 0) {
      // Skip another quote whole; it ends the search if it opens the sentence.
      if (tokens.startsSentence(t) && (t === 0 || document.quoteOf(t - 1) !== inside)) break;
      continue;
    }
    left.push(t);
    if (tokens.startsSentence(t)) break;
  }
  const right: number[] = [];
  if (mark.close !== null) {
    const first = document.tokens.indexFrom(mark.close + 1);
    // `"…" - Matthew Ingram` runs on past what looks like a sentence end.
    const gap = first < tokens.length ? document.text.slice(mark.close + 1, tokens.start(first)) : '';
    const signed = /^[^\p{L}\p{N}\n]*[—–―-]/u.test(gap);
    // `"Why now?" Clinton asked.`: a question or exclamation does not end the sentence that reports it.
    const reportedAfter = !gap.includes('\n') && /[?!]\P{L}*$/u.test(document.text.slice(mark.start, mark.end)) && reportsQuoteBefore(document, first, 5);
    for (let t = first; t < tokens.length && right.length < RIGHT_REACH; t++) {
      if (document.quoteOf(t) >= 0 || (tokens.startsSentence(t) && !((signed || reportedAfter) && t === first))) break;
      right.push(t);
    }
  }
  return { left, right };
}

/**
 * Whether the sentence at `first` is a short report of the quote before it ("Harper asked."): a
 * reporting verb within `reach` tokens, and no quote of its own for that verb to introduce.
 */
function reportsQuoteBefore(document: Document, first: number, reach: number): boolean {
  const { tokens } = document;
  let cue = false;
  for (let t = first; t < tokens.length; t++) {
    if (t > first && tokens.startsSentence(t)) return cue;
    if (document.quoteOf(t) >= 0 || t - first >= RIGHT_REACH) return false;
    cue ||= t - first < reach && cueAt(tokens, t) !== null;
  }
  return cue;
}

export function attributeInSentence(document: Document, speakers: Speakers, mark: MarkedSpan, around: Surroundings): Attribution {
  // `Peabody said: "…," adding that …`: a cue that leads into the quote is its own.
  const leadsIn = introducedByCue(document, around);
  const before = leadsIn ? attributeFromLeft(document, speakers, mark, around) : null;
  if (before?.speaker) return before;
  const after = attributeFromRight(document, speakers, mark, around);
  if (after) return after;
  const fromLeft = before ?? attributeFromLeft(document, speakers, mark, around);
  if (fromLeft.cue) return fromLeft;
  return { speaker: labelSpeaker(document, speakers, mark) ?? bylineSpeaker(document, speakers, around), cue: null };
}

function attributeFromRight(document: Document, speakers: Speakers, mark: MarkedSpan, around: Surroundings): Attribution | null {
  const { tokens, text } = document;
  const { right } = around;
  if (right.length === 0) return null;
  const end = right[right.length - 1]! + 1;
  // `"…" - Matthew Ingram`: a signature after a dash.
  if (/^[^\p{L}\p{N}]*[—–―-]/u.test(text.slice(mark.close! + 1, tokens.start(right[0]!)))) {
    const signature = speakers.signatureAfter(right[0]!, end);
    if (signature) return { speaker: signature, cue: null };
  }
  // A quote inside the quote may close it first: `"People say, 'It won't matter,'" said King`.
  const endsClause = /[,.!?…:;—–-][\s'"’”)]*$/.test(text.slice(mark.start, mark.end)) || /^[^\p{L}\p{N}]*[,;—–-]/u.test(text.slice(mark.close! + 1, tokens.start(right[0]!)));
  // `"…," Scott Pruitt, the attorney general of one of the states suing the agency, said`: verbs
  // inside an appositive do not end the search for the cue.
  let appositive = false;
  for (let k = 0; k < right.length && k < (appositive ? RIGHT_REACH : 16); k++) {
    const t = right[k]!;
    const cue = cueAt(tokens, t, endsClause);
    if (cue) {
      const inverted = right.slice(0, k).every((r) => isVerbModifier(tokens, r));
      // `"…," said Burton` closes a clause first; in `an individual "with direct knowledge"
      // claimed`, the quote sits inside the subject and the verb is not about it.
      if (inverted && !endsClause) break;
      let speaker: Mention | 'coordinated' | null;
      if (cue.role === 'object' || (inverted && cue.role === 'subject')) speaker = speakers.objectAfter(cue.last + 1, end);
      else speaker = speakerOf(speakers, cue, right[0]!, end);
      if (speaker && speaker !== 'coordinated') return { speaker, cue };
      break;
    }
    if (!appositive && tokens.has(t, 'Verb') && !isVerbModifier(tokens, t) && !isNounModifierVerb(tokens, t, k === 0)) break;
    appositive ||= endsClause && /^,\s*$/.test(tokens.post(t)) && speakers.isPerson(t);
  }
  return closingClause(document, speakers, right);
}

/** How many tokens a reporting clause that closes a sentence runs to ("Senator Warren said on Friday"). */
const CLOSING_CLAUSE = 8;

/**
 * `A cashier who "steals a handful of bills" is held to account, Warren said.`: a reporting clause
 * set off by a comma at the end of the sentence governs every quote in it.
 */
function closingClause(document: Document, speakers: Speakers, right: number[]): Attribution | null {
  const { tokens } = document;
  const last = right[right.length - 1]!;
  if (!/[.!?]/.test(tokens.post(last)) || (last + 1 < tokens.length && !tokens.startsSentence(last + 1))) return null;
  let start = right.length - 1;
  while (start > 0 && right.length - start < CLOSING_CLAUSE && !/,\s*$/.test(tokens.post(right[start - 1]!))) start--;
  if (start === 0 || !/,\s*$/.test(tokens.post(right[start - 1]!))) return null;
  for (let k = start; k < right.length; k++) {
    const cue = cueAt(tokens, right[k]!);
    if (!cue) continue;
    const end = last + 1;
    const speaker = k === start ? speakers.objectAfter(cue.last + 1, end) : cue.role === 'subject' ? speakers.subjectOf(cue.first, right[start]!) : null;
    return speaker && speaker !== 'coordinated' ? { speaker, cue } : null;
  }
  return null;
}

function attributeFromLeft(document: Document, speakers: Speakers, mark: MarkedSpan, around: Surroundings): Attribution {
  const { tokens } = document;
  const { left } = around;
  let firstCue: Cue | null = null;
  const floor = left[left.length - 1] ?? 0;
  const ceiling = document.tokens.indexFrom(mark.open);
  for (const t of left) {
    // "She continued, "…"": the verb right before the quote leads into it.
    const cue = cueAt(tokens, t, t === left[0] && /[,:]\s*$/.test(tokens.post(t)));
    if (!cue) continue;
    firstCue ??= cue;
    const speaker = speakerOf(speakers, cue, floor, ceiling);
    if (speaker && speaker !== 'coordinated') return { speaker, cue };
  }
  return { speaker: null, cue: firstCue };
}

/** Who a cue attributes words to, looking between token `floor` and token `ceiling` (exclusive). */
function speakerOf(speakers: Speakers, cue: Cue, floor: number, ceiling: number): Mention | 'coordinated' | null {
  if (cue.role === 'object') return speakers.objectAfter(cue.last + 1, ceiling);
  if (cue.role === 'clause') return speakers.clauseSubject(floor, ceiling - 1);
  // "Said Ellis: …", "Added the spokesman, …": a verb that opens its sentence has its subject after it.
  if (cue.first === floor) return speakers.objectAfter(cue.last + 1, ceiling);
  return speakers.subjectOf(cue.first, floor);
}

/** Whether a cue and a comma or colon come right before the opening mark ("said, "…"", "told GB News: "…""). */
export function introducedByCue(document: Document, around: Surroundings): boolean {
  const nearest = around.left[0];
  if (nearest === undefined) return false;
  if (cueAt(document.tokens, nearest)) return true;
  return /[,:]/.test(document.tokens.post(nearest)) && around.left.slice(0, 6).some((t) => cueAt(document.tokens, t) !== null);
}

/**
 * For a quote its sentence does not attribute: the speaker of the quote just before it when only
 * that quote's own attribution lies between them (a quote running on, or a new paragraph of it),
 * else a reporting verb's subject in the sentence just before ("Heald noted …. "…""). Both stay
 * within the quote's paragraph and the one before.
 */
export function attributeFromBefore(document: Document, speakers: Speakers, quote: Found, previous: Found | undefined): Attribution | null {
  const { tokens } = document;
  const paragraph = document.paragraphs.indexAt(quote.mark.open);

  if (previous?.attribution.speaker && document.paragraphs.indexAt(insideEnd(previous.mark)) >= paragraph - 1) {
    const from = document.tokens.indexFrom(insideEnd(previous.mark) + 1);
    const to = document.tokens.indexFrom(quote.mark.open);
    const ownRight = new Set(previous.around.right);
    let between = true;
    for (let t = from; t < to && between; t++) if (document.quoteOf(t) < 0 && !ownRight.has(t)) between = false;
    if (between) return { speaker: previous.attribution.speaker, cue: null };
  }

  const sentence = sentenceBefore(document, quote);
  if (sentence.length === 0 || document.paragraphs.indexAt(tokens.start(sentence[0]!)) < paragraph - 1) return null;
  const floor = sentence[sentence.length - 1]!;
  for (const t of sentence) {
    const cue = cueAt(tokens, t);
    if (!cue) continue;
    const speaker = speakerOf(speakers, cue, floor, sentence[0]! + 1);
    if (!speaker || speaker === 'coordinated') continue;
    // "Rathbun stated," or "… account:" leads straight into the quote, so its verb is the cue.
    const leadsIn = /[,:]\s*$/.test(tokens.post(sentence[0]!));
    return { speaker, cue: leadsIn ? cue : null };
  }
  return null;
}

/** The tokens of the sentence before a quote's own sentence, nearest first, quotes left out. */
function sentenceBefore(document: Document, quote: Found): number[] {
  const { tokens } = document;
  const sentenceStart = quote.around.left[quote.around.left.length - 1] ?? tokens.indexFrom(quote.mark.open);
  const sentence: number[] = [];
  for (let t = sentenceStart - 1; t >= 0 && sentence.length < LEFT_REACH; t--) {
    if (document.quoteOf(t) >= 0) continue;
    sentence.push(t);
    if (tokens.startsSentence(t)) break;
  }
  return sentence;
}

/**
 * A quoted sentence standing alone after a sentence about a person, in its paragraph or the one
 * before: "On Sunday, Senator Ruiz took on the critics. "…"" The person who is that sentence's
 * subject says it.
 */
export function subjectBefore(document: Document, speakers: Speakers, quote: Found): Attribution | null {
  const { tokens } = document;
  if (quote.around.left.length > 0) return null;
  const sentence = sentenceBefore(document, quote);
  if (sentence.length === 0 || document.paragraphs.indexAt(tokens.start(sentence[0]!)) < document.paragraphs.indexAt(quote.mark.open) - 1) return null;
  const subject = speakers.clauseSubject(sentence[sentence.length - 1]!, sentence[0]!);
  if (!subject) return null;
  const person = subject.kind === 'pronoun' ? /^(?:he|she)$/.test(tokens.normal(subject.first)) : subject.kind === 'name' && speakers.isPerson(subject.last);
  return person ? { speaker: subject, cue: null } : null;
}

/** `partial` for words woven into a sentence, `direct` for a quoted sentence or more. */
export function kindOf(document: Document, mark: MarkedSpan, around: Surroundings): Quote['kind'] {
  const content = document.text.slice(mark.start, mark.end).replace(/^(?:\[[^\]]*\]\s*|\.{3}\s*|…\s*)/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(content) && !/^\[/.test(document.text.slice(mark.start, mark.end))) return 'partial';
  const nearest = around.left[0];
  if (nearest === undefined) return 'direct';
  return /[,:]\s*$/.test(document.tokens.post(nearest)) || cueAt(document.tokens, nearest) ? 'direct' : 'partial';
}

export function cueSpan(document: Document, cue: Cue): Span {
  const start = document.tokens.start(cue.first);
  const end = document.tokens.end(cue.last);
  return { start, end, text: document.text.slice(start, end) };
}

