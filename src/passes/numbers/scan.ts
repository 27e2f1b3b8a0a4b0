import { MONTHS, TIME_UNITS, WEEKDAYS } from '../../lexicon/dates.js';
import * as lexicon from '../../lexicon/numbers.js';
import { lexiconTags } from '../../nlp/compromise.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { TagSet } from '../../nlp/tags.js';
import type { NumberKind } from '../../types.js';
import { isOrdinalSuffix, readNumber, type NumberPhrase } from '../number-phrases/read.js';
import { antecedent, countedNoun } from './counts.js';

/** A number found in the sub-words, before it is given character offsets. */
export interface NumberMatch {
  first: number;
  last: number;
  value: number;
  kind: NumberKind;
  unit: string | null;
  counts: string | null;
  to?: number;
}

const { CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_COUNTRIES, MEASURE_UNITS, ORDINAL_WORDS, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS } = lexicon;
const RANGE_LINKS = new Set(lexicon.RANGE_LINKS);
const PRONOUN_HOSTS = new Set(lexicon.PRONOUN_HOSTS);
const INVARIANT_PLURALS = new Set(lexicon.INVARIANT_PLURALS);
const FRACTIONS = new Set(lexicon.FRACTIONS);
const MODEL_DETERMINERS = new Set(lexicon.MODEL_DETERMINERS);
const OF_DETERMINERS = new Set(lexicon.OF_DETERMINERS);
const RANKERS = new Set(['the', ...lexicon.POSSESSIVES]);

/**
 * Scans the sub-words for numbers. `blocked` marks pieces inside dates and times, whose digits
 * are years, days and clock readings rather than quantities.
 */
export function scanNumbers(words: SubWords, blocked: Uint8Array): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let i = 0; i < words.length; ) {
    if (!mayStart(words, i)) {
      i++;
      continue;
    }
    const match = matchAt(words, i, blocked);
    if (match && 'skipTo' in match) {
      i = Math.max(match.skipTo, i + 1);
    } else if (match) {
      found.push(match);
      i = Math.max(match.last, i + 1);
    } else {
      i++;
    }
  }
  return found;
}

const STARTERS: ReadonlySet<string> = new Set([...SMALL_NUMBERS.keys(), ...TENS.keys(), ...ORDINAL_WORDS.keys(), 'a', 'an', 'half', 'between', 'from', 'rs']);

/** Cheap test run on every piece, so the matchers only see pieces a number can start at. */
function mayStart(words: SubWords, i: number): boolean {
  const lower = words.lower(i);
  return words.digits(i) !== null || STARTERS.has(lower) || CURRENCY_SYMBOLS.has(lower) || words.text(i + 1) === '$';
}

function matchAt(words: SubWords, i: number, blocked: Uint8Array): NumberMatch | Skip | null {
  const lower = words.lower(i);
  if (lower === 'between' || lower === 'from') {
    const range = readBetween(words, i, blocked);
    if (range) return range;
  }
  const currency = currencyBefore(words, i);
  if (currency) return readMoney(words, i, currency, blocked);
  if (blocked[i]) return null;
  const number = readQuantity(words, i);
  if (!number || !acceptable(words, number)) return null;
  return describe(words, number, blocked);
}

/** A number phrase, or digits glued to a unit ("5km") read as the number with that unit. */
function readQuantity(words: SubWords, i: number): (NumberPhrase & { gluedUnit?: string }) | null {
  const digits = words.digits(i);
  const suffix = words.suffix(i);
  if (digits !== null && suffix && !SCALE_SUFFIXES.has(suffix) && !isOrdinalSuffix(suffix)) {
    const unit = MEASURE_UNITS.get(suffix);
    if (!unit || !/^\d/.test(words.text(i))) return null;
    return { first: i, last: i + 1, value: digits, ordinal: false, spelled: false, vague: false, gluedUnit: unit };
  }
  return readNumber(words, i);
}

const NAME_TAGS = TagSet.of('ProperNoun', 'Organization', 'Place');
const NOT_NAME_TAGS = TagSet.of('Preposition', 'Determiner', 'Verb', 'Adverb');
/** A capitalised word the lexicon gives one of these is a function word, not a name. */
const FUNCTION_WORD_TAGS = TagSet.of('Preposition', 'Adverb', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord');
const startsUpper = (text: string) => /^\p{Lu}/u.test(text);

/** Rules out numbers that name, order or stand in for something rather than count it. */
function acceptable(words: SubWords, number: NumberPhrase): boolean {
  const first = number.first;
  const before = first - 1;
  const after = number.last;
  const beforeText = words.text(before);
  // "A330", "COVID-19", "STS-133", "777-200LR"
  if (before >= 0 && words.joined(first) && (/\p{L}$/u.test(beforeText) || (beforeText === '-' && words.joined(before) && /\p{L}/u.test(words.text(before - 1))))) return false;
  if (words.joined(after) && /^[\p{L}\d]/u.test(words.text(after))) return false;
  if (words.text(after) === '-' && words.joined(after) && words.joined(after + 1)) {
    const next = after + 1;
    if (words.digits(next) !== null && /\p{L}/u.test(words.text(next))) return false;
    if (FRACTIONS.has(words.lower(next))) return false;
  }
  // "#1", "No. 10"
  if (/^[#№]$/.test(beforeText)) return false;
  if (beforeText === '.' && /^(no|nos)$/.test(words.lower(before - 1))) return false;
  // "Boeing 737", "Chapter 11", "Formula One": a number continuing a name.
  if (before >= 0 && !words.newline(before) && words.sentence(before) === words.sentence(first) && /^\p{Ll}*\p{Lu}/u.test(beforeText) && !words.opensSentence(before)) {
    const lower = words.lower(before);
    const name = words.hasAny(before, NAME_TAGS) || /^\p{L}+$/u.test(beforeText);
    if (name && !MONTHS.has(lower) && !WEEKDAYS.has(lower) && !words.hasAny(before, NOT_NAME_TAGS) && !lexiconTags(lower).hasAny(FUNCTION_WORD_TAGS)) return false;
  }
  if (number.ordinal) {
    // "the Second World War", "First Lady"
    if (startsUpper(words.text(first)) && !words.opensSentence(first)) return false;
    // "a third of", "at first"
    if ((words.lower(before) === 'a' || words.lower(before) === 'one') && words.lower(after) === 'of') return false;
    if (words.lower(before) === 'at' && words.lower(first) === 'first') return false;
    if (words.lower(first) === 'first' && words.opensSentence(first) && words.text(after) === ',') return false;
    return true;
  }
  if (number.spelled && startsUpper(words.text(first)) && before >= 0 && startsUpper(beforeText) && !words.opensSentence(before) && words.sentence(before) === words.sentence(first)) return false;
  return true;
}

/** Whether a spelled-out number stands for people or things already named ("the two have met", "one of the"). */
function pronounLike(words: SubWords, number: NumberPhrase, counted: boolean, unit: boolean): boolean {
  if (!number.spelled || counted || unit) return false;
  // "one of the", "one another", "no one": without a noun, "one" is a pronoun.
  if (words.lower(number.first) === 'one' && number.last === number.first + 1) return true;
  return PRONOUN_HOSTS.has(words.lower(number.first - 1));
}

/** A stretch to pass over without reporting anything in it. */
interface Skip {
  skipTo: number;
}

function describe(words: SubWords, number: NumberPhrase & { gluedUnit?: string }, blocked: Uint8Array): NumberMatch | Skip | null {
  let last = number.last;
  let kind: NumberKind = number.ordinal ? 'ordinal' : 'cardinal';
  let unit: string | null = number.gluedUnit ?? null;
  let to: number | undefined;
  // Ranges: "10-12", "1,500 to 2,000", "30 -- 40"
  if (!number.ordinal && RANGE_LINKS.has(words.lower(last))) {
    const link = last;
    const linkText = words.text(link);
    const at = linkText === '-' && words.text(link + 1) === '-' && words.joined(link + 1) ? link + 2 : link + 1;
    const upper = readNumber(words, at);
    const tight = linkText !== 'to' ? true : !number.spelled;
    if (upper && !upper.ordinal && !blocked[at] && tight && words.sentence(at) === words.sentence(link)) {
      const lowerValue = scaleLike(words, number, upper);
      if (upper.value > lowerValue) {
        to = upper.value;
        number = { ...number, value: lowerValue };
        kind = 'range';
        last = upper.last;
      } else if (linkText !== 'to' && words.joined(link) && words.joined(at)) {
        // "voted 7-2", "won 3-1": a score, not two quantities.
        return { skipTo: upper.last };
      }
    }
  }
  // Percentages: "12%", "35 %", "12 percent", "12 per cent", "2 percentage points"
  const after = words.lower(last);
  let percent = false;
  if (after === '%' || after === 'percent' || after === 'pct') {
    percent = true;
    unit = '%';
    last++;
  } else if (after === 'per' && words.lower(last + 1) === 'cent') {
    percent = true;
    unit = '%';
    last += 2;
  } else if (after === 'percentage' && /^points?$/.test(words.lower(last + 1))) {
    percent = true;
    unit = 'percentage point';
    last += 2;
  }
  if (percent) {
    if (kind !== 'range') kind = 'percent';
    return { first: number.first, last, value: number.value, kind, unit, counts: ofPhrase(words, last), ...(to !== undefined ? { to } : {}) };
  }
  // Money named after the amount: "5 million dollars", "300 US dollars", "10,000 euros"
  const currency = currencyAfter(words, last);
  if (currency) {
    return { first: number.first, last: currency.last, value: number.value, kind: kind === 'range' ? 'range' : 'money', unit: currency.code, counts: null, ...(to !== undefined ? { to } : {}) };
  }
  // Units: "three-hour", "five years", "3.5 tonnes", "12-year-old"
  let countsFrom = last;
  let spanEnd = last;
  let unitWord = -1;
  const hyphen = words.text(last) === '-' && words.joined(last) && words.joined(last + 1);
  const unitAt = hyphen ? last + 1 : last;
  if (!unit && unitAt < words.length && !words.newline(unitAt)) {
    const candidate = words.lower(unitAt);
    const time = TIME_UNITS.get(candidate);
    const measure = MEASURE_UNITS.get(candidate);
    const name = time ?? measure ?? null;
    if (name && !(number.ordinal && candidate !== time && !measure)) {
      if (!(candidate === 'second' && !hyphen && number.value === 1 && number.spelled) && !(measure === 'point' && !hyphen)) {
        unit = name;
        unitWord = unitAt;
        countsFrom = unitAt + 1;
        if (hyphen) {
          spanEnd = unitAt + 1;
          // "12-year-old"
          if (words.text(spanEnd) === '-' && words.joined(spanEnd) && words.lower(spanEnd + 1) === 'old') spanEnd += 2;
          countsFrom = spanEnd;
        }
      }
    }
  }
  let counts: string | null = null;
  if (unitWord >= 0 && !hyphen && !number.ordinal) {
    // "five years" measures time; "3.5 tonnes of grain" names what was measured.
    counts = ofPhrase(words, countsFrom);
  } else if (unitWord >= 0 && number.ordinal) {
    // "its fifth year": the year of whatever "its" refers to.
    counts = ordinalCounts(words, number, unitWord, countsFrom);
  } else if (hyphen && unitWord < 0 && /^\p{L}+$/u.test(words.text(unitAt))) {
    // "three-member panel": the compound names what is counted.
    spanEnd = unitAt + 1;
    counts = words.text(unitAt);
  } else {
    const noun = countedNoun(words, countsFrom);
    if (noun) {
      counts = phraseText(words, noun.first, noun.last);
      if (number.ordinal) counts = ordinalCounts(words, number, -1, countsFrom) ?? counts;
    }
  }
  if (hyphen && unitWord < 0 && !counts) return null;
  // "737 replacement", "their 787 Dreamliner": hundreds of a singular thing is a model number.
  if (!number.spelled && kind === 'cardinal' && !unit && counts !== null && number.value >= 100 && /^\d+$/.test(words.text(number.first))) {
    const head = countsHead(words, number.last);
    if (head >= 0 && !words.has(head, 'Plural') && !INVARIANT_PLURALS.has(words.lower(head))) return null;
  }
  // "the 787", "their 737 narrowbody": digits after a determiner with nothing counted name a model.
  if (!number.spelled && !unit && kind === 'cardinal' && counts === null && MODEL_DETERMINERS.has(words.lower(number.first - 1))) return null;
  if (pronounLike(words, number, counts !== null, unit !== null)) return null;
  // "was first persuaded", "a third to veto": an ordinal with nothing to rank is an adverb or a fraction.
  if (number.ordinal && counts === null && !unit && !RANKERS.has(words.lower(number.first - 1))) return null;
  return { first: number.first, last: spanEnd, value: number.value, kind, unit, counts, ...(to !== undefined ? { to } : {}) };
}

/** Index of the last noun of what the number at `from` counts, or -1. */
function countsHead(words: SubWords, from: number): number {
  const noun = countedNoun(words, from);
  return noun ? noun.last - 1 : -1;
}

/** "$10-12 million": the lower bound shares the upper one's scale when written without it. */
function scaleLike(words: SubWords, lower: NumberPhrase, upper: NumberPhrase): number {
  if (lower.last !== lower.first + 1 || words.digits(lower.first) === null) return lower.value;
  const upperDigits = words.digits(upper.first);
  if (upperDigits === null) return lower.value;
  const scale = upper.last - upper.first > 1 ? SCALES.get(words.lower(upper.last - 1)) : SCALE_SUFFIXES.get(words.suffix(upper.first));
  if (!scale || upperDigits <= lower.value) return lower.value;
  return lower.value * scale;
}

/**
 * "the fifth year of the war" → "year of the war"; "its fifth year" → "year of the conflict".
 * `unitWord` is the time or measure unit after the ordinal, or -1 to read the noun from `from`.
 */
function ordinalCounts(words: SubWords, number: NumberPhrase, unitWord: number, from: number): string | null {
  let head = unitWord;
  if (head < 0) {
    const noun = countedNoun(words, from);
    if (!noun) return null;
    head = noun.last - 1;
  }
  const headText = words.text(head);
  const of = ofPhrase(words, head + 1, true);
  if (of) return `${headText} of ${of}`;
  const owner = number.first - 1;
  if (words.lower(owner) === 'its' || words.lower(owner) === 'their') {
    const referent = antecedent(words, owner);
    if (referent >= 0) return `${headText} of the ${words.text(referent)}`;
  }
  if (unitWord < 0) {
    const noun = countedNoun(words, from);
    return noun ? phraseText(words, noun.first, noun.last) : null;
  }
  return headText;
}

/** "of the parts" after `k`: the noun phrase, with its determiner when `withDeterminer`. */
function ofPhrase(words: SubWords, k: number, withDeterminer = false): string | null {
  if (words.lower(k) !== 'of') return null;
  let j = k + 1;
  const determiner = OF_DETERMINERS.has(words.lower(j)) ? j++ : -1;
  const noun = countedNoun(words, j);
  if (!noun) return null;
  for (let m = j; m < noun.first; m++) if (!words.has(m, 'Adjective')) return null;
  const start = withDeterminer && determiner >= 0 ? determiner : noun.first;
  return phraseText(words, start, noun.last);
}

/** Pieces `first` to `last` as written, with one space wherever the text had any. */
function phraseText(words: SubWords, first: number, last: number): string {
  let out = '';
  for (let i = first; i < last; i++) out += (i > first && !words.joined(i) ? ' ' : '') + words.text(i);
  return out;
}

interface Currency {
  code: string;
  /** Index of the first piece after the symbol. */
  next: number;
}

/** "$", "US$", "€", "£", "USD", "Rs." before the amount. */
function currencyBefore(words: SubWords, i: number): Currency | null {
  if (i < 0 || i >= words.length) return null;
  const text = words.text(i);
  const lower = words.lower(i);
  // "US$", and "NZ $" as tokenised copy writes it
  if (words.text(i + 1) === '$' && (words.joined(i + 1) || /^[A-Z]{2,3}$/.test(text)) && CURRENCY_SYMBOLS.has(`${lower}$`)) {
    return { code: CURRENCY_SYMBOLS.get(`${lower}$`)!, next: i + 2 };
  }
  if (/^[$€£¥₹₽₩₺₴₦]$/.test(text)) {
    if (words.joined(i - 1) && /\p{L}$/u.test(words.text(i - 1)) && words.joined(i)) return null;
    return { code: CURRENCY_SYMBOLS.get(text)!, next: i + 1 };
  }
  if (/^[A-Z]{3}$/.test(text) && CURRENCY_SYMBOLS.has(lower) && words.digits(i + 1) !== null) {
    return { code: CURRENCY_SYMBOLS.get(lower)!, next: i + 1 };
  }
  if (text === 'Rs') {
    const at = words.text(i + 1) === '.' && words.joined(i + 1) ? i + 2 : i + 1;
    if (words.digits(at) !== null) return { code: 'INR', next: at };
  }
  return null;
}

function readMoney(words: SubWords, i: number, currency: Currency, blocked: Uint8Array): NumberMatch | null {
  const amount = readNumber(words, currency.next);
  if (!amount || amount.ordinal || words.digits(currency.next) === null || blocked[currency.next]) return null;
  let last = amount.last;
  let value = amount.value;
  let to: number | undefined;
  if (RANGE_LINKS.has(words.lower(last))) {
    const at = words.text(last + 1) === words.text(i) ? last + 2 : currency.next === i + 2 && words.text(last + 2) === '$' ? last + 3 : last + 1;
    const upper = readNumber(words, at);
    if (upper && !upper.ordinal && words.digits(at) !== null) {
      const lower = scaleLike(words, amount, upper);
      if (upper.value > lower) {
        value = lower;
        to = upper.value;
        last = upper.last;
      }
    }
  }
  const after = currencyAfter(words, last);
  if (after && after.code === CURRENCY_SYMBOLS.get(words.lower(i))) last = after.last;
  return { first: i, last, value, kind: to !== undefined ? 'range' : 'money', unit: currency.code, counts: null, ...(to !== undefined ? { to } : {}) };
}

/** "Hong Kong" → its first word "hong" and the rest, so the lookup after an amount reads no more pieces than a name has. */
const DOLLAR_NAMES = [...DOLLAR_COUNTRIES].map(([country, code]) => ({ words: country.split(' '), code }));

/** "dollars", "US dollars", "Australian dollars", "euros", "pounds sterling" after the amount. */
function currencyAfter(words: SubWords, k: number): { code: string; last: number } | null {
  if (k >= words.length || words.newline(k)) return null;
  const lower = words.lower(k);
  const single = CURRENCY_NAMES.get(lower);
  if (single) return { code: single, last: k + 1 };
  if (lower === 'pounds' && words.lower(k + 1) === 'sterling') return { code: 'GBP', last: k + 2 };
  for (const name of DOLLAR_NAMES) {
    if (name.words.every((word, n) => words.lower(k + n) === word) && /^dollars?$/.test(words.lower(k + name.words.length))) {
      return { code: name.code, last: k + name.words.length + 1 };
    }
  }
  if (lower === 'won' && SCALES.has(words.lower(k - 1))) return { code: 'KRW', last: k + 1 };
  return null;
}

/** "between 10 and 12", "from 10 to 12". */
function readBetween(words: SubWords, i: number, blocked: Uint8Array): NumberMatch | null {
  const link = words.lower(i) === 'between' ? 'and' : 'to';
  const currency = currencyBefore(words, i + 1);
  const start = currency ? currency.next : i + 1;
  const lower = readNumber(words, start);
  if (!lower || lower.ordinal || blocked[start] || words.lower(lower.last) !== link) return null;
  const upperStart = currency && words.text(lower.last + 1) === words.text(i + 1) ? lower.last + 2 : lower.last + 1;
  const upper = readNumber(words, upperStart);
  if (!upper || upper.ordinal || blocked[upperStart]) return null;
  const low = scaleLike(words, lower, upper);
  if (!(upper.value > low)) return null;
  const described = describe(words, upper, blocked);
  const tail = described && !('skipTo' in described) ? described : null;
  const unit = currency ? currency.code : tail?.unit ?? null;
  const counts = currency ? null : tail?.counts ?? null;
  const last = tail && !currency ? Math.max(tail.last, upper.last) : upper.last;
  return { first: i, last, value: low, to: upper.value, kind: 'range', unit, counts };
}
