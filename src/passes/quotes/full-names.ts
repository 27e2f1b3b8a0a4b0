import type { Document } from '../../nlp/document.js';
import type { Tokens } from '../../nlp/tokens.js';
import type { Entity } from '../../types.js';
import type { Speakers } from './speakers.js';

/**
 * The fullest way the text writes each person's name, by surname ("trump" → "Donald Trump"), so
 * a later "Trump" or a "he" standing for him gets the full name without the entities pass.
 */
export function fullNames(document: Document, speakers: Speakers, entities: readonly Entity[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const range of personRanges(document.tokens, entities)) {
    const last = range.last - 1;
    if (document.quoteOf(last) >= 0 || !speakers.isNameWord(last)) continue;
    const mention = speakers.trimTitles(speakers.span(range.first, last, 'name'));
    if (mention.last === mention.first) continue;
    const text = document.text.slice(mention.start, mention.end);
    const key = speakers.surnameOf(mention);
    if (text.length > (names.get(key)?.length ?? 0)) names.set(key, text);
  }
  return names;
}

/**
 * Token ranges of people's names: runs of tokens compromise tagged Person, and every person
 * mention the entities pass found.
 */
function personRanges(tokens: Tokens, entities: readonly Entity[]): Array<{ first: number; last: number }> {
  const ranges: Array<{ first: number; last: number }> = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!tokens.has(t, 'Person')) continue;
    const first = t;
    while (t + 1 < tokens.length && tokens.has(t + 1, 'Person') && tokens.sentence(t + 1) === tokens.sentence(first)) t++;
    ranges.push({ first, last: t + 1 });
  }
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const first = tokens.indexFrom(mention.start);
      let last = first;
      while (last < tokens.length && tokens.start(last) < mention.end) last++;
      if (last > first) ranges.push({ first, last });
    }
  }
  return ranges;
}
