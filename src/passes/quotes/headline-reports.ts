import { PAGE_LABELS, SOURCE_NOUNS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import type { Cue } from './cues.js';
import { reportingCue } from './reporting-cues.js';
import type { Mention, Speakers } from './speakers.js';

const PAGE_WORDS = new Set(PAGE_LABELS);
const SOURCES = new Set(SOURCE_NOUNS);
/** How many words the source before a headline's colon runs to ("Former Port Chief Ana Ruiz:"). */
const SOURCE_WORDS = 5;
/** How many words a headline runs to; a longer first line is the article's first sentence. */
const HEADLINE_WORDS = 24;

/** A headline's claim, whose it is and its cue: none for a colon. */
export interface HeadlineClaim {
  start: number;
  end: number;
  speaker: Mention;
  cue: Cue | null;
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
 * verb, by the convention of news headlines; so does one with a reporting verb after its subject
 * ("Mayor Says Defences Will …") or at its end ("…, Former Engineer Says"). Only the article's first
 * line, followed by more lines, is read so, and a verb only in the headline's present tense ("Says");
 * page labels ("WATCH:") and a rest that is one quotation are not.
 */
function headlineClaim(document: Document, speakers: Speakers): HeadlineClaim | null {
  const { tokens, text } = document;
  const first = document.sentences[0];
  if (!first || (first.section !== 'body' && first.section !== 'title' && first.section !== 'headline') || first.paragraph > 0) return null;
  const end = text.indexOf('\n', tokens.start(first.firstToken));
  if (end < 0) return null;
  let last = first.firstToken;
  while (last + 1 < tokens.length && tokens.start(last + 1) < end) last++;
  if (last - first.firstToken >= HEADLINE_WORDS) return null;
  const colon = sourceBeforeColon(document, speakers, first.firstToken);
  if (colon >= 0) {
    const speaker = speakers.span(first.firstToken, colon, SOURCES.has(tokens.normal(colon)) ? 'phrase' : 'name');
    return colon + 1 <= last && document.quoteOf(colon + 1) < 0 ? claim(document, colon + 1, last, speaker, end, null) : null;
  }
  // "Mayor Says Defences Will Be Ready", "Blast Was an Attack, Police Say": articles and tags are
  // missing in headlines, so what follows the cue (or precedes the comma before its subject) is the claim.
  for (let t = first.firstToken + 1; t <= last; t++) {
    const cue = document.quoteOf(t) < 0 ? reportingCue(tokens, t) : null;
    if (!cue || cue.role !== 'subject' || !/[^s]s$/.test(tokens.normal(cue.last))) continue;
    const subject = speakers.subjectOf(t, first.firstToken);
    if (!subject || subject === 'coordinated') return null;
    if (cue.last < last && !/,/.test(tokens.post(cue.last)) && subject.first === first.firstToken) return claim(document, cue.last + 1, last, subject, end, cue);
    const comma = subject.first - 1;
    if (cue.last === last && comma > first.firstToken && /,/.test(tokens.post(comma))) return claim(document, first.firstToken, comma, subject, end, cue);
    return null;
  }
  return null;
}

/** The last word of a name or source noun the line opens with before a colon, or -1. */
function sourceBeforeColon(document: Document, speakers: Speakers, from: number): number {
  const { tokens } = document;
  for (let t = from; t < tokens.length && t - from < SOURCE_WORDS; t++) {
    if ((!speakers.isNameWord(t) && !SOURCES.has(tokens.normal(t))) || PAGE_WORDS.has(tokens.normal(t))) return -1;
    if (/^:\s/.test(tokens.post(t))) return t;
  }
  return -1;
}

function claim(document: Document, from: number, last: number, speaker: Mention, lineEnd: number, cue: Cue | null): HeadlineClaim {
  const { tokens } = document;
  const closing = /^[.!?…]*["”’']+/.exec(tokens.post(last));
  const stop = tokens.writtenEnd(last) + (closing ? closing[0].length : 0);
  return { start: tokens.start(from), end: Math.min(stop, lineEnd), speaker, cue };
}
