import { PAGE_LABELS, SOURCE_NOUNS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import type { Mention, Speakers } from './speakers.js';

const PAGE_WORDS = new Set(PAGE_LABELS);
const SOURCES = new Set(SOURCE_NOUNS);
/** How many words the source before a headline's colon runs to ("Former Port Chief Ana Ruiz:"). */
const SOURCE_WORDS = 5;

/** A headline's claim and whose it is; its cue is the colon, no word. */
export interface HeadlineClaim {
  start: number;
  end: number;
  speaker: Mention;
  cue: null;
}

/** `reports` in text order with the headline's claim, which replaces the readings inside it: they are parts of the claim. */
export function withHeadlineClaim<T extends { start: number; end: number }>(document: Document, speakers: Speakers, reports: T[]): Array<T | HeadlineClaim> {
  const claim = headlineClaim(document, speakers);
  const kept: Array<T | HeadlineClaim> = claim ? reports.filter((report) => report.end <= claim.start || report.start >= claim.end) : [...reports];
  if (claim) kept.push(claim);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "Mayor: Bridge Will Reopen", "Survey: Most Commuters Back Tram": a headline that
 * opens with a name or a source and a colon reports the rest as that source's claim, verb or no
 * verb, by the convention of news headlines. Only the article's first line is read so; page labels
 * ("WATCH:") and a rest that is one quotation (a quote, not a report) are not.
 */
function headlineClaim(document: Document, speakers: Speakers): HeadlineClaim | null {
  const { tokens, text } = document;
  const first = document.sentences[0];
  if (!first || (first.section !== 'body' && first.section !== 'title' && first.section !== 'headline') || first.paragraph > 0) return null;
  const lineEnd = text.indexOf('\n', tokens.start(first.firstToken));
  const end = lineEnd < 0 ? text.length : lineEnd;
  let colon = first.firstToken;
  while (colon < tokens.length && colon - first.firstToken < SOURCE_WORDS && !/^:\s/.test(tokens.post(colon))) {
    if (!speakers.isNameWord(colon) && !SOURCES.has(tokens.normal(colon))) return null;
    colon++;
  }
  if (colon >= tokens.length || !/^:\s/.test(tokens.post(colon)) || PAGE_WORDS.has(tokens.normal(colon))) return null;
  if (!speakers.isNameWord(colon) && !SOURCES.has(tokens.normal(colon))) return null;
  const from = colon + 1;
  if (from >= tokens.length || tokens.start(from) >= end || document.quoteOf(from) >= 0) return null;
  let last = from;
  while (last + 1 < tokens.length && tokens.start(last + 1) < end) last++;
  const closing = /^[.!?…]*["”’']+/.exec(tokens.post(last));
  const stop = tokens.writtenEnd(last) + (closing ? closing[0].length : 0);
  const speaker = speakers.span(first.firstToken, colon, SOURCES.has(tokens.normal(colon)) ? 'phrase' : 'name');
  return { start: tokens.start(from), end: Math.min(stop, end), speaker, cue: null };
}
