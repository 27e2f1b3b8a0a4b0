import { FUTURE_CUES as FUTURE_CUE_WORDS, PASSIVE_AUXILIARIES, PAST_CUES as PAST_CUE_WORDS, PLAN_WORDS } from '../../lexicon/dates.js';
import type { Document } from '../../nlp/document.js';
import type { SubWords } from '../../nlp/sub-words.js';
import type { DateMention } from '../../types.js';
import { chronoDates } from './absolute.js';
import { formatDay, parseDay } from './calendar.js';
import { toldDay, type Anchor, type Candidate, type Resolution } from './candidate.js';
import { scanGrammar } from './grammar.js';

/** Every date, time, duration and set in the document, valued against `referenceDate` ("YYYY-MM-DD") when there is one. */
export function findTimexes(document: Document, referenceDate: string | null): DateMention[] {
  const { text, subWords: words } = document;
  const candidates = joinClockTimes(words, choose(words, [...scanGrammar(words), ...chronoDates(text, words)]));
  const ref = referenceDate ? parseDay(referenceDate) : null;
  const mentions: DateMention[] = [];
  let anchors: Array<Anchor & { sentence: number }> = [];
  let period: { value: string; sentence: number } | null = null;
  candidates.forEach((candidate, index) => {
    const start = words.start(candidate.first);
    const end = words.end(candidate.last - 1);
    const firstSentence = words.sentence(candidate.first);
    const lastSentence = words.sentence(candidate.last - 1);
    const recent = period && firstSentence - period.sentence <= PERIOD_REACH ? period.value : null;
    anchors = anchors.filter((anchor) => firstSentence - anchor.sentence <= ANCHOR_REACH);
    const at: Resolution = { ref, lean: lean(words, candidate.first, candidate.last), period: recent, anchors };
    let value = candidate.value(at);
    if (candidate.type === 'DATE' && !candidate.lookback && value !== null && QUARTER.test(value)) period = { value, sentence: lastSentence };
    if (value !== null && value.startsWith('T')) {
      // A bare clock time happens on the day named right after it ("at 16:15 UTC, June 1st"), or
      // else on the day the text was last talking about.
      const next = candidates[index + 1];
      const following = next?.day && next.first - candidate.last <= 2 && words.sentence(next.first) === lastSentence ? next.day(at) : null;
      const day = following ?? toldDay(at) ?? ref;
      value = day ? `${formatDay(day)}${value}` : null;
    }
    const day = candidate.day?.(at) ?? null;
    const named: Anchor | null = day ? { day, grain: 'day' } : candidate.type === 'DATE' && !candidate.lookback && value ? namedPeriod(value) : null;
    if (named) anchors = [{ ...named, sentence: lastSentence }, ...anchors.filter((anchor) => anchor.grain !== named.grain)];
    mentions.push({ start, end, text: text.slice(start, end), section: document.paragraphs.sectionAt(start), type: candidate.type, value });
  });
  return mentions;
}

const QUARTER = /^\d{4}-Q[1-4]$/;

/** A month ("1989-03") or a year ("1989") the text named, as an anchor for what follows. */
function namedPeriod(value: string): Anchor | null {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  return match[2] ? { day: { year, month: Number(match[2]), day: 1 }, grain: 'month' } : { day: { year, month: 1, day: 1 }, grain: 'year' };
}

/** How many sentences on a time the text named is still the time it is talking about. */
const ANCHOR_REACH = 3;

/** How many sentences on a named quarter is still the one "the quarter" means. */
const PERIOD_REACH = 12;

/** Overlapping candidates: the one covering more text wins; grammar before chrono on a tie. */
function choose(words: SubWords, candidates: Candidate[]): Candidate[] {
  const width = (c: Candidate) => words.end(c.last - 1) - words.start(c.first);
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => width(b.c) - width(a.c) || a.i - b.i);
  const taken = new Uint8Array(words.length);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.first; k < c.last && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.first; k < c.last; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** "12:00 UTC Monday", "16:00 UTC today": a clock time and the day right after it are one time. */
function joinClockTimes(words: SubWords, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const time = candidates[i]!;
    const next = candidates[i + 1];
    if (time.type === 'TIME' && !time.day && next?.day && next.first === time.last && next.type === 'DATE' && words.sentence(next.first) === words.sentence(time.first)) {
      const clock = time;
      joined.push({
        first: clock.first,
        last: next.last,
        type: 'TIME',
        value: (at) => {
          const day = next.day!(at);
          const t = clock.value(at);
          return day && t ? `${formatDay(day)}${t}` : null;
        },
        day: next.day,
      });
      i++;
      continue;
    }
    joined.push(time);
  }
  return joined;
}

const FUTURE_CUES = new Set(FUTURE_CUE_WORDS);
const PAST_CUES = new Set(PAST_CUE_WORDS);
const BE = new Set(PASSIVE_AUXILIARIES);
const PLANNED = new Set(PLAN_WORDS);

/**
 * Which way the clause around a date points from the article's date: "will meet on Friday",
 * "closed until Friday", "should be completed in October" look ahead; "fell on Friday" looks back.
 * The nearest cue before the date decides, else one just after it; null when there is none.
 */
function lean(words: SubWords, first: number, last: number): 'future' | 'past' | null {
  const sentence = words.sentence(first);
  // "as soon as Tuesday", "as early as next month"
  if (words.lower(first - 1) === 'as' && /^(soon|early)$/.test(words.lower(first - 2)) && words.lower(first - 3) === 'as') return 'future';
  const cue = (k: number): 'future' | 'past' | null => {
    const lower = words.lower(k);
    if (FUTURE_CUES.has(lower) || /['’]ll$/.test(lower)) return 'future';
    if (lower === 'to' && PLANNED.has(words.lower(k - 1))) return 'future';
    if (PAST_CUES.has(lower)) return 'past';
    if (words.has(k, 'PastTense') && !BE.has(words.lower(k - 1))) return 'past';
    return null;
  };
  for (let k = first - 1; k >= 0 && first - k <= 10; k--) {
    if (words.sentence(k) !== sentence || words.text(k) === ';') break;
    const found = cue(k);
    if (found) return found;
  }
  for (let k = last; k < words.length && k - last < 4; k++) {
    if (words.sentence(k) !== sentence || words.text(k) === ';') break;
    const found = cue(k);
    if (found) return found;
  }
  return null;
}
