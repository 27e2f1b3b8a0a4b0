import { CLOCK_PREPOSITIONS as CLOCK_PREPOSITION_LIST, TIME_ZONES, UTC_ZONES } from '../../../lexicon/dates.js';
import type { Candidate, Matcher } from '../candidate.js';
import { isCapitalised } from './phrases.js';

const ZULU = new Set(UTC_ZONES);
const ZONES = new Set(TIME_ZONES);
const CLOCK_PREPOSITIONS = new Set(CLOCK_PREPOSITION_LIST);
const MERIDIEM = /^(a\.m|p\.m|am|pm)$/;
const HOURS = /^(hrs|hours|h)$/;

function clockCandidate(first: number, last: number, hour: number, minute: number, zulu: boolean): Candidate {
  const time = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zulu ? 'Z' : ''}`;
  return { first, last, type: 'TIME', value: () => time };
}

/**
 * 18:00 UTC, 6:40 p.m., 0800 GMT, 9am, noon. The day is filled in from the nearest named day
 * when the candidates are resolved.
 */
export const clockTimes: Matcher = (words, i) => {
  if (i >= words.length) return null;
  const lower = words.lower(i);
  const text = words.text(i);
  const digits = words.digits(i);
  let hour: number | null = null;
  let minute = 0;
  let last = i + 1;
  let clock = false;
  const colon = /^(\d{1,2}):(\d{2})(?:am|pm)?$/.exec(lower);
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    clock = true;
  } else if (digits !== null && /^\d{1,2}(am|pm)$/.test(lower)) {
    hour = digits;
  } else if (digits !== null && /^\d{1,2}$/.test(text) && MERIDIEM.test(words.lower(i + 1))) {
    hour = digits;
  } else if (digits !== null && /^[0-2]\d[0-5]\d$/.test(text) && (ZONES.has(words.lower(i + 1)) || HOURS.test(words.lower(i + 1)))) {
    hour = Number(text.slice(0, 2));
    minute = Number(text.slice(2));
    clock = true;
  } else if (lower === 'noon' || lower === 'midday' || lower === 'midnight') {
    if (isCapitalised(words, i) && !words.opensSentence(i)) return null;
    return clockCandidate(i, i + 1, lower === 'midnight' ? 0 : 12, 0, false);
  }
  if (hour === null || hour > 24 || minute > 59) return null;
  let meridiem: string | null = null;
  if (/(am|pm)$/.test(lower)) meridiem = lower.slice(-2);
  const next = words.lower(last);
  if (MERIDIEM.test(next)) {
    meridiem = next.replace('.', '');
    last++;
    if (words.text(last) === '.' && words.joined(last)) last++;
  }
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (!clock && meridiem === null) return null;
  let zulu = false;
  if (ZONES.has(words.lower(last)) && !words.newline(last)) {
    zulu = ZULU.has(words.lower(last));
    last++;
  } else if (HOURS.test(words.lower(last)) && /^\d{4}$/.test(text)) {
    last++;
  }
  if (colon && meridiem === null && !zulu && !CLOCK_PREPOSITIONS.has(words.lower(i - 1)) && words.text(last) !== ',') {
    // "2:1" ratios and "10:30" scores need a preposition or a zone to read as a time.
    if (!ZONES.has(words.lower(last - 1))) return null;
  }
  return clockCandidate(i, last, hour, minute, zulu);
};
