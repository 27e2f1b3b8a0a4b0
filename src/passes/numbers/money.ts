import { CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_COUNTRIES, SCALES } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { readNumber } from '../number-phrases/read.js';
import { RANGE_LINKS, scaleLike } from './ranges.js';
import type { NumberMatch } from './match.js';

export interface Currency {
  code: string;
  /** Index of the first piece after the symbol. */
  next: number;
}

/** "$", "US$", "€", "£", "USD", "Rs." before the amount. */
export function currencyBefore(words: SubWords, i: number): Currency | null {
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

/** The amount after a currency mark at `i`: "$1.2bn", "€3 billion", "$10-12 million", "US$ 5 to US$ 7". */
export function readMoney(words: SubWords, i: number, currency: Currency, blocked: Uint8Array): NumberMatch | null {
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

/** "Hong Kong" as the pieces of its name, read one by one after an amount. */
const DOLLAR_NAMES = [...DOLLAR_COUNTRIES].map(([country, code]) => ({ words: country.split(' '), code }));

/** "dollars", "US dollars", "Australian dollars", "euros", "pounds sterling" after the amount. */
export function currencyAfter(words: SubWords, k: number): { code: string; last: number } | null {
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
