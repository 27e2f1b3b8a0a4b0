import type { NumberKind } from '../../types.js';
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../../lexicon/dates.js';
import * as lexicon from '../../lexicon/numbers.js';
import { antecedent, countedNoun } from './counts.js';
import { readNumber, type NumberPhrase } from './read.js';
import { opensSentence, type Word } from './tokens.js';
import { lexiconTagNames as lexiconTags } from '../../nlp/legacy.js';

/** A number found in the words, before it is given character offsets. */
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
 * Scans the words for numbers. `blocked` marks words inside dates and times, whose digits are
 * years, days and clock readings rather than quantities.
 */
export function scanNumbers(words: Word[], blocked: Uint8Array): NumberMatch[] {
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

/** Cheap test run on every word, so the matchers only see words a number can start at. */
function mayStart(words: Word[], i: number): boolean {
  const word = words[i]!;
  return word.digits !== null || STARTERS.has(word.lower) || CURRENCY_SYMBOLS.has(word.lower) || words[i + 1]?.text === '$';
}

function matchAt(words: Word[], i: number, blocked: Uint8Array): NumberMatch | Skip | null {
  const lower = words[i]!.lower;
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
function readQuantity(words: Word[], i: number): (NumberPhrase & { gluedUnit?: string }) | null {
  const word = words[i]!;
  if (word.digits !== null && word.suffix && !SCALE_SUFFIXES.has(word.suffix) && !/^(st|nd|rd|th)$/.test(word.suffix)) {
    const unit = MEASURE_UNITS.get(word.suffix);
    if (!unit || !/^\d/.test(word.text)) return null;
    return { first: i, last: i + 1, value: word.digits, ordinal: false, spelled: false, vague: false, gluedUnit: unit };
  }
  return readNumber(words, i);
}

/** Rules out numbers that name, order or stand in for something rather than count it. */
function acceptable(words: Word[], number: NumberPhrase): boolean {
  const first = words[number.first]!;
  const before = words[number.first - 1];
  const after = words[number.last];
  // "A330", "COVID-19", "STS-133", "777-200LR"
  if (before && first.joined && (/\p{L}$/u.test(before.text) || (before.text === '-' && before.joined && /\p{L}/u.test(words[number.first - 2]?.text ?? '')))) return false;
  if (after && after.joined && /^[\p{L}\d]/u.test(after.text)) return false;
  if (after && after.text === '-' && after.joined) {
    const next = words[number.last + 1];
    if (next && next.joined && (next.digits !== null && /\p{L}/u.test(next.text))) return false;
    if (next && next.joined && FRACTIONS.has(next.lower)) return false;
  }
  // "#1", "No. 10"
  if (before && /^[#№]$/.test(before.text)) return false;
  if (before?.text === '.' && /^(no|nos)$/i.test(words[number.first - 2]?.text ?? '')) return false;
  // "Boeing 737", "Chapter 11", "Formula One": a number continuing a name.
  if (before && !before.newline && before.sentence === first.sentence && /^\p{Ll}*\p{Lu}/u.test(before.text) && !opensSentence(words, number.first - 1)) {
    const name = before.tags.has('ProperNoun') || before.tags.has('Organization') || before.tags.has('Place') || /^\p{L}+$/u.test(before.text);
    if (name && !MONTHS.has(before.lower) && !WEEKDAYS.has(before.lower) && !before.tags.has('Preposition') && !before.tags.has('Determiner') && !before.tags.has('Verb') && !before.tags.has('Adverb') && !isFunctionWord(before.lower)) return false;
  }
  if (number.ordinal) {
    // "the Second World War", "First Lady"
    if (/^\p{Lu}/u.test(first.text) && !opensSentence(words, number.first)) return false;
    // "a third of", "at first"
    if (before && (before.lower === 'a' || before.lower === 'one') && after?.lower === 'of') return false;
    if (before?.lower === 'at' && first.lower === 'first') return false;
    if (first.lower === 'first' && opensSentence(words, number.first) && after?.text === ',') return false;
    return true;
  }
  if (number.spelled && /^\p{Lu}/u.test(first.text) && before && /^\p{Lu}/u.test(before.text) && !opensSentence(words, number.first - 1) && before.sentence === first.sentence) return false;
  return true;
}

/** "About 1,200" after a wire dateline's dash: a capitalised preposition or adverb is not a name. */
function isFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((tag) => FUNCTION_TAGS.has(tag));
}

const FUNCTION_TAGS = new Set(['Preposition', 'Adverb', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord']);

/** Whether a spelled-out number stands for people or things already named ("the two have met", "one of the"). */
function pronounLike(words: Word[], number: NumberPhrase, counted: boolean, unit: boolean): boolean {
  if (!number.spelled || counted || unit) return false;
  const first = words[number.first]!;
  // "one of the", "one another", "no one": without a noun, "one" is a pronoun.
  if (first.lower === 'one' && number.last === number.first + 1) return true;
  return PRONOUN_HOSTS.has(words[number.first - 1]?.lower ?? '');
}

/** A stretch to pass over without reporting anything in it. */
interface Skip {
  skipTo: number;
}

function describe(words: Word[], number: NumberPhrase & { gluedUnit?: string }, blocked: Uint8Array): NumberMatch | Skip | null {
  let last = number.last;
  let kind: NumberKind = number.ordinal ? 'ordinal' : 'cardinal';
  let unit: string | null = number.gluedUnit ?? null;
  let to: number | undefined;
  // Ranges: "10-12", "1,500 to 2,000", "30 -- 40"
  if (!number.ordinal) {
    const link = words[last];
    if (link && RANGE_LINKS.has(link.text.toLowerCase())) {
      const at = link.text === '-' && words[last + 1]?.text === '-' && words[last + 1]!.joined ? last + 2 : last + 1;
      const upper = readNumber(words, at);
      const tight = link.text !== 'to' ? true : !number.spelled;
      if (upper && !upper.ordinal && !blocked[at] && tight && words[at]!.sentence === link.sentence) {
        const lowerValue = scaleLike(words, number, upper);
        if (upper.value > lowerValue) {
          to = upper.value;
          number = { ...number, value: lowerValue };
          kind = 'range';
          last = upper.last;
        } else if (link.text !== 'to' && link.joined && words[at]!.joined) {
          // "voted 7-2", "won 3-1": a score, not two quantities.
          return { skipTo: upper.last };
        }
      }
    }
  }
  const after = words[last];
  // Percentages: "12%", "35 %", "12 percent", "12 per cent", "2 percentage points"
  let percent = false;
  if (after && after.text === '%') {
    percent = true;
    unit = '%';
    last++;
  } else if (after && (after.lower === 'percent' || after.lower === 'pct')) {
    percent = true;
    unit = '%';
    last++;
  } else if (after && after.lower === 'per' && words[last + 1]?.lower === 'cent') {
    percent = true;
    unit = '%';
    last += 2;
  } else if (after && after.lower === 'percentage' && /^points?$/.test(words[last + 1]?.lower ?? '')) {
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
  let unitWord: Word | null = null;
  const hyphen = words[last]?.text === '-' && words[last]!.joined && words[last + 1]?.joined;
  const unitAt = hyphen ? last + 1 : last;
  const candidate = words[unitAt];
  if (!unit && candidate && !candidate.newline) {
    const time = TIME_UNITS.get(candidate.lower);
    const measure = MEASURE_UNITS.get(candidate.lower);
    const name = time ?? measure ?? null;
    if (name && !(number.ordinal && candidate.lower !== time && !measure)) {
      if (!(candidate.lower === 'second' && !hyphen && number.value === 1 && number.spelled) && !(measure === 'point' && !hyphen)) {
        unit = name;
        unitWord = candidate;
        countsFrom = unitAt + 1;
        if (hyphen) {
          spanEnd = unitAt + 1;
          // "12-year-old"
          if (words[spanEnd]?.text === '-' && words[spanEnd]!.joined && words[spanEnd + 1]?.lower === 'old') spanEnd += 2;
          countsFrom = spanEnd;
        }
      }
    }
  }
  let counts: string | null = null;
  if (unitWord && !hyphen && !number.ordinal) {
    // "five years" measures time; "3.5 tonnes of grain" names what was measured.
    counts = ofPhrase(words, countsFrom);
  } else if (unitWord && number.ordinal) {
    // "its fifth year": the year of whatever "its" refers to.
    counts = ordinalCounts(words, number, unitWord, countsFrom);
  } else if (hyphen && !unitWord && words[unitAt] && /^\p{L}+$/u.test(words[unitAt]!.text)) {
    // "three-member panel": the compound names what is counted.
    spanEnd = unitAt + 1;
    counts = words[unitAt]!.text;
  } else {
    const noun = countedNoun(words, countsFrom);
    if (noun) {
      counts = text(words, noun.first, noun.last);
      if (number.ordinal) counts = ordinalCounts(words, number, null, countsFrom) ?? counts;
    }
  }
  if (hyphen && !unitWord && !counts) return null;
  // "737 replacement", "their 787 Dreamliner": hundreds of a singular thing is a model number.
  if (!number.spelled && kind === 'cardinal' && !unit && counts !== null && number.value >= 100 && /^\d+$/.test(words[number.first]!.text)) {
    const head = words[countsHead(words, number.last)];
    if (head && !head.tags.has('Plural') && !INVARIANT_PLURALS.has(head.lower)) return null;
  }
  // "the 787", "their 737 narrowbody": digits after a determiner with nothing counted name a model.
  if (!number.spelled && !unit && kind === 'cardinal' && counts === null && MODEL_DETERMINERS.has(words[number.first - 1]?.lower ?? '')) return null;
  if (pronounLike(words, number, counts !== null, unit !== null)) return null;
  // "was first persuaded", "a third to veto": an ordinal with nothing to rank is an adverb or a fraction.
  if (number.ordinal && counts === null && !unit && !RANKERS.has(words[number.first - 1]?.lower ?? '')) return null;
  return { first: number.first, last: spanEnd, value: number.value, kind, unit, counts, ...(to !== undefined ? { to } : {}) };
}

/** Index of the last noun of what the number at `from` counts, or -1. */
function countsHead(words: Word[], from: number): number {
  const noun = countedNoun(words, from);
  return noun ? noun.last - 1 : -1;
}

/** "$10-12 million": the lower bound shares the upper one's scale when written without it. */
function scaleLike(words: Word[], lower: NumberPhrase, upper: NumberPhrase): number {
  if (lower.last !== lower.first + 1 || words[lower.first]!.digits === null) return lower.value;
  const upperWord = words[upper.first]!;
  if (upperWord.digits === null) return lower.value;
  const scaleWord = words[upper.last - 1]!;
  const scale = upper.last - upper.first > 1 ? SCALES.get(scaleWord.lower) : SCALE_SUFFIXES.get(upperWord.suffix);
  if (!scale || upperWord.digits <= lower.value) return lower.value;
  return lower.value * scale;
}

/** "the fifth year of the war" → "year of the war"; "its fifth year" → "year of the conflict". */
function ordinalCounts(words: Word[], number: NumberPhrase, unitWord: Word | null, from: number): string | null {
  const head = unitWord ?? (() => {
    const noun = countedNoun(words, from);
    return noun ? words[noun.last - 1]! : null;
  })();
  if (!head) return null;
  const headEnd = head.index + 1;
  const of = ofPhrase(words, headEnd, true);
  if (of) return `${head.text} of ${of}`;
  const owner = words[number.first - 1];
  if (owner && (owner.lower === 'its' || owner.lower === 'their')) {
    const referent = antecedent(words, owner.index);
    if (referent) return `${head.text} of the ${referent.text}`;
  }
  if (!unitWord) {
    const noun = countedNoun(words, from);
    return noun ? text(words, noun.first, noun.last) : null;
  }
  return head.text;
}

/** "of the parts" after `k`: the noun phrase, with its determiner when `withDeterminer`. */
function ofPhrase(words: Word[], k: number, withDeterminer = false): string | null {
  if (words[k]?.lower !== 'of') return null;
  let j = k + 1;
  const determiner = OF_DETERMINERS.has(words[j]?.lower ?? '') ? j++ : -1;
  const noun = countedNoun(words, j);
  if (!noun || noun.first !== j && words.slice(j, noun.first).some((w) => !w.tags.has('Adjective'))) return null;
  const start = withDeterminer && determiner >= 0 ? determiner : noun.first;
  return text(words, start, noun.last);
}

function text(words: Word[], first: number, last: number): string {
  let out = '';
  for (let i = first; i < last; i++) out += (i > first && !words[i]!.joined ? ' ' : '') + words[i]!.text;
  return out;
}

interface Currency {
  code: string;
  /** Index of the first word after the symbol. */
  next: number;
}

/** "$", "US$", "€", "£", "USD", "Rs." before the amount. */
function currencyBefore(words: Word[], i: number): Currency | null {
  const word = words[i];
  if (!word) return null;
  const next = words[i + 1];
  // "US$", and "NZ $" as tokenised copy writes it
  if (next && next.text === '$' && (next.joined || /^[A-Z]{2,3}$/.test(word.text)) && CURRENCY_SYMBOLS.has(`${word.lower}$`)) {
    return { code: CURRENCY_SYMBOLS.get(`${word.lower}$`)!, next: i + 2 };
  }
  if (/^[$€£¥₹₽₩₺₴₦]$/.test(word.text)) {
    if (words[i - 1] && words[i - 1]!.joined && /\p{L}$/u.test(words[i - 1]!.text) && word.joined) return null;
    return { code: CURRENCY_SYMBOLS.get(word.text)!, next: i + 1 };
  }
  if (/^[A-Z]{3}$/.test(word.text) && CURRENCY_SYMBOLS.has(word.lower) && next && next.digits !== null) {
    return { code: CURRENCY_SYMBOLS.get(word.lower)!, next: i + 1 };
  }
  if (word.text === 'Rs' && next) {
    const at = next.text === '.' && next.joined ? i + 2 : i + 1;
    if (words[at]?.digits !== null) return { code: 'INR', next: at };
  }
  return null;
}

function readMoney(words: Word[], i: number, currency: Currency, blocked: Uint8Array): NumberMatch | null {
  const amount = readNumber(words, currency.next);
  if (!amount || amount.ordinal || words[currency.next]!.digits === null || blocked[currency.next]) return null;
  let last = amount.last;
  let value = amount.value;
  let to: number | undefined;
  const link = words[last];
  if (link && RANGE_LINKS.has(link.text.toLowerCase())) {
    const at = words[last + 1]?.text === words[i]!.text ? last + 2 : currency.next === i + 2 && words[last + 2]?.text === '$' ? last + 3 : last + 1;
    const upper = readNumber(words, at);
    if (upper && !upper.ordinal && words[at]!.digits !== null) {
      const lower = scaleLike(words, amount, upper);
      if (upper.value > lower) {
        value = lower;
        to = upper.value;
        last = upper.last;
      }
    }
  }
  const after = currencyAfter(words, last);
  if (after && after.code === CURRENCY_SYMBOLS.get(words[i]!.lower)) last = after.last;
  return { first: i, last, value, kind: to !== undefined ? 'range' : 'money', unit: currency.code, counts: null, ...(to !== undefined ? { to } : {}) };
}

/** "dollars", "US dollars", "Australian dollars", "euros", "pounds sterling" after the amount. */
function currencyAfter(words: Word[], k: number): { code: string; last: number } | null {
  const word = words[k];
  if (!word || word.newline) return null;
  const single = CURRENCY_NAMES.get(word.lower);
  if (single) return { code: single, last: k + 1 };
  if (word.lower === 'pounds' && words[k + 1]?.lower === 'sterling') return { code: 'GBP', last: k + 2 };
  const two = `${word.lower} ${words[k + 1]?.lower ?? ''}`;
  for (const [country, code] of DOLLAR_COUNTRIES) {
    const words2 = country.split(' ').length;
    const name = words2 === 1 ? word.lower : two;
    const dollar = words[k + words2];
    if (name === country && dollar && /^dollars?$/.test(dollar.lower)) return { code, last: k + words2 + 1 };
  }
  if (/^(won)$/.test(word.lower) && SCALES.has(words[k - 1]?.lower ?? '')) return { code: 'KRW', last: k + 1 };
  return null;
}

/** "between 10 and 12", "from 10 to 12". */
function readBetween(words: Word[], i: number, blocked: Uint8Array): NumberMatch | null {
  const link = words[i]!.lower === 'between' ? 'and' : 'to';
  const currency = currencyBefore(words, i + 1);
  const start = currency ? currency.next : i + 1;
  const lower = readNumber(words, start);
  if (!lower || lower.ordinal || blocked[start] || words[lower.last]?.lower !== link) return null;
  const upperStart = currency && words[lower.last + 1]?.text === words[i + 1]!.text ? lower.last + 2 : lower.last + 1;
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
