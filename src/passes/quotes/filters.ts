import { NAMING_BEFORE_AS, NAMING_WORDS, PAGE_LABELS, QUOTED_WORKS, TITLE_MINOR_WORDS } from '../../lexicon/speech.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';

const NAMING = new Set(NAMING_WORDS);
const NAMING_AS = new Set(NAMING_BEFORE_AS);
const WORKS = new Set(QUOTED_WORKS);
const MINOR_WORDS = new Set(TITLE_MINOR_WORDS);
const PAGE_WORDS = new Set(PAGE_LABELS);

/** What the classifier needs to know about a quote's place in its sentence. */
export interface SpeechEvidence {
  /** A reporting cue and its speaker were found in the quote's own sentence. */
  attributed: boolean;
  /** A cue immediately introduces the quote ("said, …", "told GB News: …"). */
  introduced: boolean;
  /** The quote completes a verb of characterising with a speaker ("blasted the plan as a "…""). */
  characterised?: boolean;
}

/** Up to this many words, a quote needs a reporting cue in its sentence to count as speech. */
const SHORT_QUOTE_WORDS = 4;
/** Up to this many words, a quote written like a title is taken for one. */
const TITLE_WORDS = 10;

/**
 * Whether a marked span is reported speech rather than a title, a name, a scare quote or a term.
 * Short quoted phrases count only with a speaker in their sentence ("called the ruling
 * "dangerous""); a capitalised phrase after "the film", "titled" or "called" is a title, and so is
 * a quoted headline followed by a source and a date in a reference list.
 */
export function isReportedSpeech(text: string, mark: MarkedSpan, evidence: SpeechEvidence): boolean {
  const content = text.slice(mark.start, mark.end);
  const words = content.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const before = wordsBefore(text, mark.open, 2);
  const last = before[before.length - 1] ?? '';
  const titleLike = isTitleCase(content);

  if (mark.close === null && !mark.continues && !evidence.attributed) return false;
  // Someone's words for a thing, capitalised or not ("called the winner "Miss Piggy"").
  if (evidence.characterised) return !isPageLabelled(content);
  const named =
    NAMING.has(last) ||
    (last === 'as' && NAMING_AS.has(before[0] ?? '')) ||
    // "dubbed a "retina display"", but "called a "disaster"" may be someone's word for it.
    (/^(?:a|an|the)$/.test(last) && NAMING.has(before[0] ?? '') && before[0] !== 'called');
  if (named && words.length <= TITLE_WORDS && !/[!?]/.test(content)) return false;
  if (WORKS.has(last) && titleLike) return false;
  if (titleLike && words.length <= TITLE_WORDS && !evidence.introduced) return false;
  if (isCitation(text, mark) || isPageLabelled(content)) return false;
  if (words.length <= SHORT_QUOTE_WORDS && !evidence.attributed) return false;
  return true;
}

/** The last `count` lower-cased words before `offset` on its line. */
function wordsBefore(text: string, offset: number, count: number): string[] {
  const window = text.slice(Math.max(0, offset - 80), offset);
  return window
    .slice(window.lastIndexOf('\n') + 1)
    .toLowerCase()
    .split(/[\s,:;]+/)
    .map((word) => word.replace(/^[("“‘']+|[)"”’']+$/g, ''))
    .filter((word) => word.length > 0)
    .slice(-count);
}

/**
 * A title capitalises every word but the minor ones and has no sentence inside it:
 * "Better Idea of Afghan Girls", "The Internet Explorer 6 Countdown", "Hope".
 */
export function isTitleCase(content: string): boolean {
  const body = content.replace(/[.,;:]+$/, '').trim();
  if (body.length === 0 || /[.!?;]\s|[!?]$|,\s/.test(body)) return false;
  const words = body.split(/\s+/);
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(words[0]!)) return false;
  let capitalised = 0;
  for (const word of words) {
    if (MINOR_WORDS.has(word.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}#@(&'"‘“-]/u.test(word)) return false;
    capitalised++;
  }
  // A lone capitalised pronoun or interjection is speech ("I", "No").
  return capitalised > 0 && !(words.length === 1 && /^(?:I|No|Yes|OK|Okay|Never|Why|What|Help|Thanks)$/.test(body));
}

/** A quoted headline in a list of sources: `"Title" — Publisher, August 15, 2008`. */
function isCitation(text: string, mark: MarkedSpan): boolean {
  if (mark.close === null) return false;
  const rest = text.slice(mark.close + 1, mark.close + 200).split('\n', 1)[0]!;
  return /^\s*[—–-]{1,2}\s*\S/.test(rest) && /\b(?:1[89]|20)\d\d\b|\.(?:com|org|net|ca|uk|au)\b/i.test(rest);
}

/** A link or a note the page puts in quote marks: "WATCH: …", "READ MORE: …". */
function isPageLabelled(content: string): boolean {
  const colon = content.indexOf(':');
  if (colon < 1 || colon > 20) return false;
  const label = /^([\p{L}' ’]{1,20}):\s/u.exec(content)?.[1];
  return label !== undefined && label.toLowerCase().split(/\s+/).every((word) => PAGE_WORDS.has(word.replace('’', "'")));
}
