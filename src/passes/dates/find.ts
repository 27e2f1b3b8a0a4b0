import type { ParsedText } from '../../nlp/legacy.js';
import type { DateMention } from '../../types.js';
import { wordsOf, type Word } from '../numbers/tokens.js';
import type { PassContext } from '../pass.js';
import { chronoDates } from './absolute.js';
import { formatDay, parseDay, type Day } from './calendar.js';
import { scanGrammar, type Candidate, type Resolution } from './grammar.js';
import { FUTURE_CUES as FUTURE_CUE_WORDS, PASSIVE_AUXILIARIES, PAST_CUES as PAST_CUE_WORDS, PLAN_WORDS } from '../../lexicon/dates.js';

const cache = new WeakMap<ParsedText, { ref: string | null; mentions: DateMention[] }>();

/**
 * Every date, time, duration and set in the text. The numbers pass asks too (a year is not a
 * count), so the result is kept per parse and reference date.
 */
export function findTimexes(context: PassContext): DateMention[] {
  const cached = cache.get(context.parsed);
  if (cached && cached.ref === context.referenceDate) return cached.mentions;
  const mentions = find(context);
  cache.set(context.parsed, { ref: context.referenceDate, mentions });
  return mentions;
}

function find(context: PassContext): DateMention[] {
  const { text } = context;
  const words = wordsOf(text, context.parsed);
  const candidates = joinClockTimes(words, choose(words, [...scanGrammar(words), ...chronoDates(text, words)]));
  const ref = context.referenceDate ? parseDay(context.referenceDate) : null;
  const mentions: DateMention[] = [];
  let anchor: { day: Day; sentence: number } | null = null;
  candidates.forEach((candidate, index) => {
    const first = words[candidate.first]!;
    const last = words[candidate.last - 1]!;
    const at: Resolution = { ref, lean: lean(words, candidate.first, candidate.last) };
    let value = candidate.value(at);
    if (value !== null && value.startsWith('T')) {
      // A bare clock time happens on the day named right after it ("at 16:15 UTC, June 1st"), or
      // else on the day the text was last talking about.
      const next = candidates[index + 1];
      const following = next?.day && next.first - candidate.last <= 2 && words[next.first]!.sentence === last.sentence ? next.day(at) : null;
      const day = following ?? (anchor && first.sentence - anchor.sentence <= 3 ? anchor.day : ref);
      value = day ? `${formatDay(day)}${value}` : null;
    }
    const day = candidate.day?.(at) ?? null;
    if (day) anchor = { day, sentence: last.sentence };
    mentions.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      section: context.sectionAt(first.start),
      type: candidate.type,
      value,
    });
  });
  return mentions;
}

/** Overlapping candidates: the one covering more text wins; grammar before chrono on a tie. */
function choose(words: Word[], candidates: Candidate[]): Candidate[] {
  const width = (c: Candidate) => words[c.last - 1]!.end - words[c.first]!.start;
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
function joinClockTimes(words: Word[], candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const time = candidates[i]!;
    const next = candidates[i + 1];
    if (time.type === 'TIME' && !time.day && next?.day && next.first === time.last && next.type === 'DATE' && words[next.first]!.sentence === words[time.first]!.sentence) {
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
function lean(words: Word[], first: number, last: number): 'future' | 'past' | null {
  const sentence = words[first]!.sentence;
  const cue = (k: number): 'future' | 'past' | null => {
    const word = words[k]!;
    if (FUTURE_CUES.has(word.lower) || /['’]ll$/.test(word.lower)) return 'future';
    if (word.lower === 'to' && PLANNED.has(words[k - 1]?.lower ?? '')) return 'future';
    if (PAST_CUES.has(word.lower)) return 'past';
    if (word.tags.has('PastTense') && !BE.has(words[k - 1]?.lower ?? '')) return 'past';
    return null;
  };
  for (let k = first - 1; k >= 0 && first - k <= 10; k--) {
    if (words[k]!.sentence !== sentence || words[k]!.text === ';') break;
    const found = cue(k);
    if (found) return found;
  }
  for (let k = last; k < words.length && k - last < 4; k++) {
    if (words[k]!.sentence !== sentence || words[k]!.text === ';') break;
    const found = cue(k);
    if (found) return found;
  }
  return null;
}
