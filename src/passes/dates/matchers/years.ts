import { DECADE_WORDS, YEAR_BLOCKERS as YEAR_BLOCKER_LIST, YEAR_DETERMINERS, YEAR_OPENERS as YEAR_OPENER_LIST } from '../../../lexicon/dates.js';
import type { SubWords } from '../../../nlp/sub-words.js';
import { TagSet } from '../../../nlp/tags.js';
import { SMALL_NUMBERS, TENS } from '../../../lexicon/numbers.js';
import { readNumber } from '../../number-phrases/read.js';
import { formatYear } from '../calendar.js';
import { fixed, type Matcher } from '../candidate.js';
import { EDGE_MODIFIERS, isCapitalised, stem, yearToken } from './phrases.js';

const YEAR_BLOCKERS = new Set(YEAR_BLOCKER_LIST);
const YEAR_OPENERS = new Set(YEAR_OPENER_LIST);
const DETERMINERS = new Set(YEAR_DETERMINERS);
const AUXILIARY_TAGS = TagSet.of('Copula', 'Auxiliary');

/** 2009, 1957-58, mid-2009, fiscal 2009, '82, the 1990s, '90s, the sixties, the 20th century */
export const years: Matcher = (words, i) => {
  let j = i;
  const first = words.lower(i);
  let fiscal = false;
  if (first === 'mid' && words.lower(i + 1) === '-' && words.joined(i + 1)) j = i + 2;
  else if (first === 'early' || first === 'late' || first === 'mid') j = i + 1;
  else if (first === 'fiscal' || first === 'fy') {
    fiscal = true;
    j = i + 1;
  }
  if (j >= words.length) return null;
  const spoken = spokenYear(words, j);
  if (spoken) return { first: i, last: spoken.last, type: 'DATE', value: fixed(formatYear(spoken.year)) };
  const text = words.text(j);
  const digits = words.digits(j);
  // '82, '90s
  if (/^['’‘]$/.test(text) && words.joined(j + 1) && /^\d{2}s?$/.test(words.text(j + 1))) {
    const two = Number(words.text(j + 1).slice(0, 2));
    const century = two >= 30 ? 1900 : 2000;
    if (words.suffix(j + 1) === 's') {
      if (two % 10 !== 0) return null;
      return { first: i, last: j + 2, type: 'DATE', value: fixed(String((century + two) / 10)) };
    }
    return { first: i, last: j + 2, type: 'DATE', value: fixed(formatYear(century + two)) };
  }
  // 1990s, 90s
  if (digits !== null && words.suffix(j) === 's' && /^\d{2}(\d{2})?s$/.test(text) && digits % 10 === 0) {
    const full = text.length === 5 ? digits : (digits >= 30 ? 1900 : 2000) + digits;
    if (text.length === 3 && !(words.lower(j - 1) === 'the' || EDGE_MODIFIERS.has(words.lower(j - 1)) || j > i || /^(and|or|in)$/.test(words.lower(j - 1)))) return null;
    return { first: i, last: j + 1, type: 'DATE', value: fixed(String(full / 10)) };
  }
  // the sixties (not "in her sixties", an age)
  if (first === 'the' && DECADE_WORDS.has(words.lower(i + 1))) {
    return { first: i, last: i + 2, type: 'DATE', value: fixed(String(190 + DECADE_WORDS.get(words.lower(i + 1))!)) };
  }
  // the 20th century, the twentieth-century
  if (first === 'the') {
    const number = readNumber(words, i + 1);
    if (number && number.ordinal) {
      let k = number.last;
      if (words.lower(k) === '-' && words.joined(k)) k++;
      if (stem(words, k) === 'century') {
        return { first: i, last: k + 1, type: 'DATE', value: fixed(String(number.value - 1).padStart(2, '0')) };
      }
    }
    return null;
  }
  const year = yearToken(words, j);
  // "fiscal 2009" is valued as the year it is named after, as TimeBank does, not "FY2009".
  if (fiscal && text.length === 4 && year !== null) {
    return { first: i, last: j + 1, type: 'DATE', value: fixed(text) };
  }
  if (year === null || year < 1500 || year > 2100) return null;
  const before = j - 1;
  const beforeText = words.text(before);
  if (before >= 0 && words.joined(j) && j === i && !(beforeText === '(' || /^["“'‘]$/.test(beforeText))) {
    // Glued to a letter or symbol: "A-1990", "$2000", "#2008".
    if (!(beforeText === '-' && yearToken(words, j - 2) !== null)) return null;
  }
  if (YEAR_BLOCKERS.has(words.lower(before))) return null;
  const after = j + 1;
  const through = yearRangeEnd(words, j, year);
  if (through !== null) return { first: i, last: after + 2, type: 'DATE', value: fixed(`${formatYear(year)}/${formatYear(through)}`) };
  if (!words.newline(after) && words.sentence(after) === words.sentence(j)) {
    const afterText = words.text(after);
    if (afterText === '%' || afterText === ':' || (afterText === '.' && words.joined(after) && words.joined(after + 1) && words.digits(after + 1) !== null)) return null;
    // "2000 employees" counts; "the 2014 protests" dates.
    const determined = DETERMINERS.has(words.lower(before));
    if (words.has(after, 'Plural') && !words.has(after, 'Date') && !/['’]/.test(afterText) && !/^[A-Z]/.test(afterText) && !determined) return null;
    if (words.has(after, 'Unit')) return null;
    // Part of a number list or a range of counts: "1,500 to 2000 jobs".
    if ((words.lower(after) === 'to' || afterText === '-') && words.digits(after + 1) !== null && yearToken(words, after + 1) === null && !words.suffix(after + 1)) return null;
  }
  if (words.digits(before) !== null && !words.newline(before) && yearToken(words, before) === null && words.sentence(before) === words.sentence(j)) return null;
  // A recent year needs no introduction; an older number reads as a year only after "in", "since"…
  const modern = year >= 1900 && year <= 2100;
  const context = j > i || before < 0 || words.newline(before) || YEAR_OPENERS.has(words.lower(before)) || /^[,(;"“'‘–—-]$/.test(beforeText) || isCapitalised(words, before) || words.has(before, 'Preposition');
  if (!context && !modern) return null;
  // "employs 2000", "killing 1900": straight after a verb, a number is a count.
  if (!context && words.has(before, 'Verb') && !words.hasAny(before, AUXILIARY_TAGS)) return null;
  return { first: i, last: j + 1, type: 'DATE', value: fixed(formatYear(year)) };
};

/**
 * "1957-58", "2019–20", "2004-2005" written as one word: a season or span of years, the second year
 * later than the first. "1,500-2000" and spaced dashes are left to the count readers.
 */
function yearRangeEnd(words: SubWords, j: number, year: number): number | null {
  const dash = j + 1;
  if (!/^[-–]$/.test(words.text(dash)) || !words.joined(dash) || !words.joined(dash + 1) || words.suffix(dash + 1) !== '') return null;
  const end = words.text(dash + 1);
  if (/^\d{2}$/.test(end)) {
    const through = year - (year % 100) + Number(end);
    return through > year ? through : null;
  }
  const full = yearToken(words, dash + 1);
  return full !== null && full > year && full - year < 100 ? full : null;
}

/**
 * "nineteen ninety-six", "nineteen seventy-nine": a year said the way broadcast transcripts write it.
 * Only the nineteen-hundreds, whose first word can be nothing else before a tens word.
 */
function spokenYear(words: SubWords, j: number): { year: number; last: number } | null {
  if (words.lower(j) !== 'nineteen') return null;
  const tens = TENS.get(words.lower(j + 1));
  if (tens === undefined) return null;
  let last = j + 2;
  let year = 1900 + tens;
  if (words.text(last) === '-' && words.joined(last)) {
    const unit = SMALL_NUMBERS.get(words.lower(last + 1));
    if (unit === undefined || unit < 1 || unit > 9) return null;
    year += unit;
    last += 2;
  }
  return { year, last };
}
