import * as names from '../../lexicon/names.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { TagSet } from '../../nlp/tags.js';
import { readCapitalLines, readSportsLayout } from './layout.js';
import { hasNameTag, isCommonWord, type NameWords } from './name-words.js';
import { classify, isHead, makeMention, type Mention, type Strength } from './typing.js';

const HEAD_CONNECTORS = new Set(names.HEAD_CONNECTORS);
const NAME_PARTICLES = new Set(names.NAME_PARTICLES);

const COUNTRY_OR_REGION = TagSet.of('Country', 'Region');

/**
 * Finds every name in the article: runs of words that can be part of a name, grown across
 * joining words, each split and typed by `classify`. Resolution into entities comes after.
 */
export function findMentions(words: NameWords): Mention[] {
  const mentions: Mention[] = [];
  const definitions = new Map<number, Mention>();
  for (let w = 0; w < words.length; w++) {
    if (!words.capable(w)) continue;
    let last = extend(words, w);
    const found = classify(words, range(w, last));
    for (let joined = joinRegion(words, found, last); joined > last; joined = joinRegion(words, found, last)) last = joined;
    for (const mention of found) {
      const defined = definitions.get(mention.words[0]!);
      if (defined && mention.words.length === 1) {
        mention.type = defined.type;
        mention.strength = Math.max(mention.strength, defined.strength) as Strength;
        mention.definedFor = defined.key;
      }
      mentions.push(mention);
    }
    const named = found[found.length - 1];
    const acronym = named && named.end === words.end(last) ? acronymAfter(words, last) : -1;
    if (acronym >= 0 && named!.type && named!.type !== 'person' && named!.words.length > 1) definitions.set(acronym, named!);
    w = last;
  }
  readSportsLayout(words, mentions);
  readCapitalLines(words, mentions);
  return mentions;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Whether the capitalised run from `from` reaches an organisation or place head within four words. */
function reachesHead(words: NameWords, from: number): boolean {
  for (let k = from; k < words.length && k < from + 4 && words.capable(k); k++) {
    if (k > from && !words.spaced(k)) return false;
    if (isHead(words, k)) return true;
    if (words.isPossessive(k)) return false;
  }
  return false;
}

/**
 * The last word of the capitalised run starting at `first`: across "&", name particles, "of" after
 * a head, "and" inside a headed name ("National Air and Space Museum") and a common word's
 * possessive inside one ("Korean People's Army").
 */
function extend(words: NameWords, first: number): number {
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next >= words.length) return last;
    if (words.isPossessive(last)) {
      if (words.capable(next) && isCommonWord(words.lex(last)) && words.spaced(next) && reachesHead(words, next)) {
        last++;
        continue;
      }
      return last;
    }
    if (words.capable(next) && (words.spaced(next) || /^\s*&\s*$/.test(words.gap(next)))) {
      last++;
      continue;
    }
    if (!words.spaced(next) || words.isCapitalised(next)) return last;
    const headed = isHead(words, last);
    const joiner = words.key(next);
    let after = last + 2;
    if (headed && HEAD_CONNECTORS.has(joiner)) {
      if (after < words.length && words.key(after) === 'the' && words.spaced(after) && !words.isCapitalised(after)) after++;
    } else if (joiner === 'and') {
      const plain = range(first, last).every((w) => !hasNameTag(words.lex(w)) && !isHead(words, w));
      if (!plain || after >= words.length || !words.capable(after) || !reachesHead(words, after)) return last;
    } else if (!(NAME_PARTICLES.has(joiner) && !headed)) {
      return last;
    }
    if (after >= words.length || !words.capable(after) || !words.spaced(after) || (words.isAllCaps(after) && words.key(after).length <= 3 && !headed)) return last;
    last = after;
  }
}

/** Index of an acronym in brackets right after a name ("Assembly of First Nations (AFN)"). */
function acronymAfter(words: NameWords, last: number): number {
  const next = last + 1;
  if (next >= words.length || !words.isAllCaps(next) || !/^\s*\(\s*$/.test(words.gap(next))) return -1;
  return next;
}

/**
 * "Irving, Texas" and "Sydney, Australia" name one place: a town or unknown place followed by a
 * comma and a state or country. Returns the new last word when it joined one.
 */
function joinRegion(words: NameWords, found: Mention[], last: number): number {
  const place = found[found.length - 1];
  const comma = last + 1;
  const town = place && (place.type === 'place' || (place.words.length === 1 && (place.strength <= 1 || place.firstNameOnly)));
  if (!place || !town || place.end !== words.end(last) || comma >= words.length || !words.capable(comma)) return last;
  if (!/^ ?, $/.test(words.gap(comma)) || words.isPossessive(last)) return last;
  // "BOGOTA , Colombia 1996-08-30": a dateline names its town and its country apart.
  if (words.isAllCaps(last) && !words.isAllCaps(comma)) return last;
  if (lexiconTags(place.key).hasAny(COUNTRY_OR_REGION) || names.ALIASES.has(place.key)) return last;
  const end = extend(words, comma);
  const region = range(comma, end);
  const key = words.keyOf(region);
  if (!lexiconTags(key).hasAny(COUNTRY_OR_REGION) && !names.ALIASES.has(key)) return last;
  const joined = makeMention(words, [...place.words, ...region], 'place', 3);
  joined.town = place.town ?? place.key;
  found[found.length - 1] = joined;
  return end;
}
