import { HONORIFICS } from '../../lexicon/honorifics.js';
import * as names from '../../lexicon/names.js';
import { CORPORATE_NOUNS, CORPORATE_OF_NOUNS, CORPORATE_VERB_NOUNS } from '../../lexicon/organizations.js';
import { FIRST_NAME_TAGS } from '../../nlp/tags.js';
import type { EntityType } from '../../types.js';
import { isCommonWord, type NameWords } from './name-words.js';
import { surnameKey } from './surname.js';
import type { Mention } from './typing.js';

const HONORIFIC = new Set(HONORIFICS);
const ORG_HEADS = new Set(names.ORG_HEADS);
const ORG_CONTEXT_NOUNS = new Set(names.ORG_CONTEXT_NOUNS);
const NAME_PARTICLES = new Set(names.NAME_PARTICLES);
const SUFFIXES = new Set(names.NAME_SUFFIXES);
const CORPORATE = new Set(CORPORATE_NOUNS);
const CORPORATE_OF = new Set(CORPORATE_OF_NOUNS);
const VERB_LIKE = new Set(CORPORATE_VERB_NOUNS);

/** "Leeds-based", "Ontario-based": a description of where the named body sits, not part of its name. */
const BASED = /^[a-z][a-z.'-]*-based$/;
/** What may stand between two names of one list: a comma, "and", "or", or a comma and either. */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/** Per name key, tallies of the types its evidence of strength 2 and of strength 3 gives. */
type Votes = Map<string, Array<Record<EntityType, number>>>;

/**
 * Types each mention by what the whole article says of its name before mentions are grouped: a
 * name the article introduces as a company ("Newmont Mining Corp", "shares in Newmont") stays one
 * when it later stands bare or before "said"; a courtesy title makes a person of the name after
 * it; names listed together share the type the list's surer members or its noun give them. Only
 * readings weaker than the document's evidence give way to it; it works over the mentions alone.
 */
export function typeByDocument(words: NameWords, mentions: Mention[]): void {
  for (const m of mentions) {
    splitHonorific(words, m);
    dropBased(words, m);
  }
  organisationsByLoneWord(words, mentions);
  typeLists(words, mentions);
  const votes = documentVotes(words, mentions);
  for (const m of mentions) {
    if (m.type === null || m.firstNameOnly) continue;
    const known = documentType(votes, m.key);
    if (known && known.type !== m.type && m.strength < known.level) m.type = known.type;
    else if (!known && m.strength < 3 && isFamily(words, m) && documentType(votes, m.key.slice(0, -1))?.type === 'person') m.type = 'person';
  }
  // "Cofinec said": a name before a speech verb is a person, and so are its other unsure mentions,
  // unless the article has typed the name otherwise.
  const spoken = new Set(mentions.filter((m) => m.strength === 0 && m.type === 'person').map((m) => m.key));
  for (const m of mentions) {
    if (m.strength !== 0 || m.words.length !== 1 || !spoken.has(m.key)) continue;
    const known = documentType(votes, m.key);
    if (!known || known.type === 'person') m.type = 'person';
  }
}

/** "the Clintons", "the Sams": a surname in the plural after "the" names the family. */
function isFamily(words: NameWords, m: Mention): boolean {
  const before = m.words[0]! - 1;
  return m.words.length === 1 && m.key.length > 3 && m.key.endsWith('s') && before >= 0 && words.key(before) === 'the';
}

/** "Mr Brown", "Dr Black": the person is the name after the honorific, whatever its words mean otherwise. */
function splitHonorific(words: NameWords, m: Mention): void {
  if (m.words.length < 2 || !HONORIFIC.has(words.key(m.words[0]!)) || (m.type !== 'person' && m.strength > 1)) return;
  m.title = words.text(m.words[0]!);
  dropFirstWord(words, m, 'person', 3);
}

/** "Ontario-based Magna": only companies and bodies are described by where they are based. */
function dropBased(words: NameWords, m: Mention): void {
  if (m.words.length < 2 || !BASED.test(words.key(m.words[0]!)) || m.strength > 2) return;
  dropFirstWord(words, m, 'organization', 2);
}

/** The mention without its first word, typed as that word showed. */
function dropFirstWord(words: NameWords, m: Mention, type: Mention['type'], strength: Mention['strength']): void {
  const rest = m.words.slice(1);
  m.words = rest;
  m.start = words.start(rest[0]!);
  m.key = words.keyOf(rest);
  m.type = type;
  m.strength = strength;
  m.firstNameOnly = false;
}

/**
 * "Rapid Vienna" guessed a person while "Rapid" also stands alone: a first word that is no first
 * name and is used alone as a place or organisation names an organisation. A word also used alone
 * as a person ("his wife Naina", "Jansher said"), untyped or set in capitals (a headline's layout,
 * not evidence) does not count.
 */
function organisationsByLoneWord(words: NameWords, mentions: Mention[]): void {
  const lone = mentions.filter((m) => m.words.length === 1 && !words.isAllCaps(m.words[0]!));
  const people = new Set(lone.filter((m) => m.type === 'person').map((m) => m.key));
  const alone = new Set(lone.filter((m) => (m.type === 'organization' || m.type === 'place') && !people.has(m.key)).map((m) => m.key));
  for (const m of mentions) {
    const first = m.words[0]!;
    if (m.type !== 'person' || m.strength === 3 || m.words.length < 2 || !alone.has(words.key(first))) continue;
    if (words.lex(first).hasAny(FIRST_NAME_TAGS)) continue;
    m.type = 'organization';
    m.strength = 1;
  }
}

/**
 * "carmakers Ford, Fiat and Renault", "TimeWarner and Bertelsmann": names listed together are
 * of one kind. A plural organisation noun before the list makes every unsure member an
 * organisation; otherwise a one-word name typed by no evidence at all takes the place or
 * organisation type every typed member agrees on (lists mix people with their employers and
 * towns, so a person's type is never passed on).
 */
function typeLists(words: NameWords, mentions: Mention[]): void {
  const { text } = words.document;
  for (let i = 0; i < mentions.length; ) {
    let j = i;
    while (j + 1 < mentions.length && LIST_GAP.test(text.slice(mentions[j]!.end, mentions[j + 1]!.start))) j++;
    if (j > i) typeList(words, mentions.slice(i, j + 1));
    i = j + 1;
  }
}

function typeList(words: NameWords, list: Mention[]): void {
  const unsure = list.filter((m) => m.strength <= 1 && !m.firstNameOnly && m.type !== null);
  if (unsure.length === 0) return;
  const before = list[0]!.words[0]! - 1;
  if (before >= 0 && !words.isCapitalised(before) && isPluralOf(words.key(before), ORG_CONTEXT_NOUNS)) {
    for (const m of unsure) {
      m.type = 'organization';
      m.strength = 2;
    }
    return;
  }
  const sure = new Set(list.filter((m) => m.strength > 0 && m.type !== null).map((m) => m.type));
  if (sure.size !== 1 || sure.has('person')) return;
  const [type] = sure;
  for (const m of unsure) if (m.strength === 0 && m.words.length === 1) m.type = type!;
}

function isPluralOf(word: string, nouns: ReadonlySet<string>): boolean {
  if (word.endsWith('ies') && nouns.has(`${word.slice(0, -3)}y`)) return true;
  return word.endsWith('s') && nouns.has(word.slice(0, -1));
}

/**
 * What the article's surer mentions say each name is, by the strength of the evidence: every
 * mention of strength 2 or 3 votes for its own key at its strength; a company's full name
 * ("Newmont Mining Corp") also for its name without the heads and for its first word
 * ("Newmont"); a person's full name for the surname; and a name right before a corporate noun
 * ("Newmont shareholders") or after one ("a stake in Newmont") for a company at strength 2.
 * Capitals-only mentions do not vote: their type is a guess from the layout.
 */
function documentVotes(words: NameWords, mentions: Mention[]): Votes {
  const votes: Votes = new Map();
  const vote = (key: string, type: EntityType, level: 2 | 3) => {
    let entry = votes.get(key);
    if (!entry) votes.set(key, (entry = [emptyTally(), emptyTally()]));
    entry[level - 2]![type]++;
  };
  for (const m of mentions) {
    if (m.type === null || m.words.every((w) => words.isAllCaps(w))) continue;
    if (corporateContext(words, m)) vote(m.key, 'organization', 2);
    if (m.strength < 2) continue;
    const level = m.strength as 2 | 3;
    vote(m.key, m.type, level);
    if (m.words.length < 2) continue;
    const keys = m.words.map((w) => words.key(w));
    if (m.type === 'person') {
      if (!NAME_PARTICLES.has(keys[0]!) && !SUFFIXES.has(keys[keys.length - 1]!)) vote(surnameKey(keys), 'person', level);
      continue;
    }
    if (m.type !== 'organization' || !ORG_HEADS.has(keys[keys.length - 1]!)) continue;
    const core = [...keys];
    while (core.length > 1 && ORG_HEADS.has(core[core.length - 1]!)) core.pop();
    if (core.length < keys.length) vote(core.join(' '), 'organization', level);
    const first = m.words[0]!;
    if (core.length > 1 && !isCommonWord(words.lex(first)) && !words.lex(first).hasAny(FIRST_NAME_TAGS)) vote(keys[0]!, 'organization', level);
  }
  return votes;
}

function emptyTally(): Record<EntityType, number> {
  return { person: 0, place: 0, organization: 0 };
}

/** "Cofinec's shares", "Magna shareholders", "a stake in Ruch": words said only of companies. */
function corporateContext(words: NameWords, m: Mention): boolean {
  let after = m.words[m.words.length - 1]! + 1;
  if (after < words.length && /^'s?$/.test(words.key(after))) after++;
  const noun = after < words.length && !words.isCapitalised(after) ? words.key(after) : '';
  if (CORPORATE.has(noun) && (!VERB_LIKE.has(noun) || words.has(after, 'Noun'))) return true;
  const before = m.words[0]! - 1;
  return before >= 1 && !words.isCapitalised(before) && ['in', 'of'].includes(words.key(before)) && CORPORATE_OF.has(words.key(before - 1));
}

/**
 * The type the article's surest evidence for a name agrees on, and how sure that evidence is
 * (3 or 2); null when there is none or it disagrees with itself.
 */
function documentType(votes: Votes, key: string): { type: EntityType; level: number } | null {
  const entry = votes.get(key);
  if (!entry) return null;
  for (let i = entry.length - 1; i >= 0; i--) {
    const types = (Object.keys(entry[i]!) as EntityType[]).filter((t) => entry[i]![t] > 0);
    if (types.length === 1) return { type: types[0]!, level: i + 2 };
    if (types.length > 1) return null;
  }
  return null;
}
