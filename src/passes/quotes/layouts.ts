import { PAGE_LABELS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import type { Surroundings } from './attribution.js';
import type { Mention, Speakers } from './speakers.js';

const PAGE_WORDS = new Set(PAGE_LABELS);
/** How many words a speaker's label runs to ("SEN. ELIZABETH WARREN:"). */
const LABEL_WORDS = 4;
/** How many words a byline before a colon runs to ("Jane Doe, The Daily Courier:"). */
const BYLINE_WORDS = 12;

/**
 * A transcript's speaker label opening a quotation: `"WALLACE: Let's start …"`, `"Mr. Obama: …"`.
 * The label is written in capitals or tagged a person's name; page labels ("WATCH:", "READ MORE:")
 * are not speakers.
 */
export function labelSpeaker(document: Document, speakers: Speakers, mark: MarkedSpan): Mention | null {
  const { tokens } = document;
  const first = tokens.indexFrom(mark.start);
  if (first >= tokens.length || tokens.start(first) !== mark.start) return null;
  for (let t = first; t < tokens.length && t - first < LABEL_WORDS && tokens.end(t) < mark.end; t++) {
    const word = tokens.text(t);
    const capitals = /^\p{Lu}[\p{Lu}.'’-]+$/u.test(word) || (word.length === 1 && /\p{Lu}/u.test(word) && tokens.has(t, 'Person'));
    if (!(capitals || tokens.has(t, 'Person') || tokens.has(t, 'Honorific')) || PAGE_WORDS.has(tokens.normal(t))) return null;
    const post = tokens.post(t);
    if (/^:\s/.test(post)) return speakers.span(first, t, 'name');
    if (/\S/.test(post) && !/^\.\s$/.test(post)) return null;
  }
  return null;
}

/**
 * A name before a colon that leads into a quotation, with no verb: `Jane Doe, The Daily Courier:
 * "…"`. The speaker is the name before the first comma; the rest is an affiliation.
 */
export function bylineSpeaker(document: Document, speakers: Speakers, around: Surroundings): Mention | null {
  const { tokens } = document;
  const { left } = around;
  const nearest = left[0];
  if (nearest === undefined || left.length > BYLINE_WORDS || !/:\s*$/.test(tokens.post(nearest))) return null;
  const first = left[left.length - 1]!;
  let end = first;
  while (end < nearest && !/,/.test(tokens.post(end))) end++;
  for (let t = first; t <= nearest; t++) {
    const word = tokens.normal(t);
    if (PAGE_WORDS.has(word)) return null;
    if (!speakers.isNameWord(t) && !/^(?:the|of|and|&)$/.test(word)) return null;
  }
  if (tokens.has(end, 'Place') && !speakers.isPerson(end)) return null;
  const name = speakers.nearestNameEndingAt(end, first);
  if (!name || name.kind !== 'name') return null;
  return speakers.isPerson(end) || speakers.isOrganization(end) || name.last > name.first ? name : null;
}
