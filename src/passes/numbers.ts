import { TIME_UNITS } from '../lexicon/dates.js';
import type { SubWords } from '../nlp/sub-words.js';
import type { DateMention, NumberMention } from '../types.js';
import { scanNumbers } from './numbers/scan.js';
import type { Pass } from './pass.js';

/**
 * Cardinals, ordinals, percentages, money and ranges, with the unit and the noun each counts.
 * Digits that belong to a date or a clock time are left out: "2017" in "July 21, 2017" is not a count.
 */
export const numbersPass: Pass<'numbers', 'dates'> = {
  name: 'numbers',
  requires: ['dates'],
  run({ document }, found) {
    const words = document.subWords;
    return scanNumbers(words, blockedWords(document.text, words, found.dates)).map((match): NumberMention => {
      const start = words.start(match.first);
      const end = words.end(match.last - 1);
      return {
        start,
        end,
        text: document.text.slice(start, end),
        section: document.paragraphs.sectionAt(start),
        value: match.value,
        kind: match.kind,
        unit: match.unit,
        counts: match.counts,
        ...(match.to !== undefined ? { to: match.to } : {}),
      };
    });
  },
};

/**
 * Words inside a date or time, or inside a web address. The count in "two years ago" stays a
 * number: it counts years, it is not a calendar part.
 */
function blockedWords(text: string, words: SubWords, dates: DateMention[]): Uint8Array {
  const blocked = new Uint8Array(words.length);
  let w = 0;
  for (const mention of dates) {
    if (mention.type !== 'DATE' && mention.type !== 'TIME') continue;
    while (w < words.length && words.end(w) <= mention.start) w++;
    for (let k = w; k < words.length && words.start(k) < mention.end; k++) {
      if (!TIME_UNITS.has(words.lower(k + 1)) || words.text(k).includes(':')) blocked[k] = 1;
    }
  }
  w = 0;
  for (const [from, to] of webAddresses(text)) {
    while (w < words.length && words.end(w) <= from) w++;
    for (let k = w; k < words.length && words.start(k) < to; k++) blocked[k] = 1;
  }
  return blocked;
}

const ADDRESS_MARKS = ['://', 'www.', '@'];

/** The whitespace-delimited stretches holding "://", "www." or "@", in text order. */
function webAddresses(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const mark of ADDRESS_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
      let from = at;
      let to = at + mark.length;
      while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
      while (to < text.length && !/\s/.test(text[to]!)) to++;
      found.push([from, to]);
      at = to - mark.length;
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
