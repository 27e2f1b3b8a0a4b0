import { lexiconTagNames as lexiconTags } from '../../nlp/legacy.js';
import type { EntityType } from '../../types.js';
import {
  ALIASES,
  COMPASS_WORDS,
  EXTRA_DEMONYMS,
  HEAD_CONNECTORS,
  LOCATIVES,
  ORG_OPENERS,
  SURNAME_HEADS,
  KNOWN_ORGANIZATIONS,
  NAME_PARTICLES,
  ORG_CONTEXT_NOUNS,
  ORG_HEADS,
  PLACE_ACRONYMS,
  PLACE_CONTEXT_NOUNS,
  PLACE_HEADS,
  PLACE_OPENERS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from '../../lexicon/entity-words.js';
import { hasNameTag, isCommonWord, type Word, type WordView } from './words.js';

/**
 * How sure the type is: 3 from a lexicon, a head word or a title, 2 from a neighbouring noun, 1 a
 * guess. A name found with nothing better (0) only survives as a person's surname or first name.
 */
export type Strength = 0 | 1 | 2 | 3;

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  strength: Strength;
  words: Word[];
  /** Lower-case words of the name, full stops removed. */
  key: string;
  title: string | null;
  /** Only a first name the lexicon knows ("Vladimir"): kept only when an earlier person has it. */
  firstNameOnly: boolean;
  /** Key of the name this acronym was defined for in the text ("AFN" → "assembly of first nations"). */
  definedFor: string | null;
  /** For "Irving, Texas", the town's key: evidence that "Irving" alone is a place. */
  town?: string;
}

const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PERSON_TAGS = ['LastName', 'Person'];
const ONLY_SPACE = /^[ \t\u00a0]+$/;
/** Nationality and religion words that compromise's lexicon lacks ("Gabonese", "Texans", "Ukrainian-European"). */
const DEMONYM_LIKE = /(?:ese|ans|ish|ic|[a-z]+-[a-z]+an)$/;
/** Verbs of saying after a lone unknown name: people say things far more often than firms do. */
const SPEECH_VERBS = new Set(['said', 'says', 'wrote', 'writes', 'told', 'tells', 'tweeted', 'posted', 'added', 'asked', 'replied', 'insisted', 'claimed', 'argued', 'stated']);
const POLITY_HEADS = new Set(['federation', 'confederation']);
const SINGLE_WORD_BODIES = new Set(['congress', 'parliament', 'senate', 'knesset', 'duma']);

/** Finds every name in the article and types it; resolution into entities comes after. */
export function findMentions(view: WordView): Mention[] {
  const { words, capable } = view;
  const mentions: Mention[] = [];
  const definitions = new Map<number, Mention>();
  for (let i = 0; i < words.length; i++) {
    if (!capable[i]) continue;
    let last = extend(view, i);
    const found = classify(view, words.slice(i, last + 1));
    for (let joined = joinRegion(view, found, last); joined > last; joined = joinRegion(view, found, last)) last = joined;
    for (const mention of found) {
      const defined = definitions.get(mention.words[0]!.index);
      if (defined && mention.words.length === 1) {
        mention.type = defined.type;
        mention.strength = Math.max(mention.strength, defined.strength) as Strength;
        mention.definedFor = defined.key;
      }
      mentions.push(mention);
    }
    const named = found[found.length - 1];
    const acronym = named && named.end === words[last]!.end ? acronymAfter(words, last) : -1;
    if (acronym >= 0 && named!.type && named!.type !== 'person' && named!.words.length > 1) definitions.set(acronym, named!);
    i = last;
  }
  return mentions;
}

function isHead(word: Word): boolean {
  return ORG_HEADS.has(word.key) || PLACE_HEADS.has(word.key);
}

/** Whether the capitalised run from `from` reaches an organisation or place head within four words. */
function reachesHead(view: WordView, from: number): boolean {
  const { words, capable } = view;
  for (let k = from; k < words.length && k < from + 4 && capable[k]; k++) {
    if (k > from && !ONLY_SPACE.test(words[k]!.gap)) return false;
    if (isHead(words[k]!)) return true;
    if (words[k]!.possessive) return false;
  }
  return false;
}

/**
 * The last word of the capitalised run starting at `first`: across "&", name particles, "of" after
 * a head, "and" inside a headed name ("National Air and Space Museum") and a common word's
 * possessive inside one ("Korean People's Army").
 */
function extend(view: WordView, first: number): number {
  const { words, capable } = view;
  let last = first;
  for (;;) {
    const current = words[last]!;
    const next = words[last + 1];
    if (!next) return last;
    if (current.possessive) {
      if (capable[last + 1] && isCommonWord(current.lex) && ONLY_SPACE.test(next.gap) && reachesHead(view, last + 1)) {
        last++;
        continue;
      }
      return last;
    }
    if (capable[last + 1] && (ONLY_SPACE.test(next.gap) || /^\s*&\s*$/.test(next.gap))) {
      last++;
      continue;
    }
    if (!ONLY_SPACE.test(next.gap) || next.cap) return last;
    const headed = isHead(current);
    let after = last + 2;
    if (headed && HEAD_CONNECTORS.has(next.key)) {
      if (words[after]?.key === 'the' && ONLY_SPACE.test(words[after]!.gap) && !words[after]!.cap) after++;
    } else if (next.key === 'and') {
      const plain = words.slice(first, last + 1).every((w) => !hasNameTag(w.lex) && !isHead(w));
      if (!plain || !capable[after] || !reachesHead(view, after)) return last;
    } else if (!(NAME_PARTICLES.has(next.key) && !headed)) {
      return last;
    }
    const target = words[after];
    if (!target || !capable[after] || !ONLY_SPACE.test(target.gap) || (target.allCaps && target.key.length <= 3 && !headed)) return last;
    last = after;
  }
}

/** Index of an acronym in brackets right after a name ("Assembly of First Nations (AFN)"). */
function acronymAfter(words: Word[], last: number): number {
  const next = words[last + 1];
  if (!next || !next.allCaps || !/^\s*\(\s*$/.test(next.gap)) return -1;
  return next.index;
}

function mention(words: Word[], type: EntityType | null, strength: Strength, title: string | null = null): Mention {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    start: first.start,
    end: last.end,
    text: '',
    type,
    strength,
    words,
    key: words.map((w) => w.key).join(' '),
    title,
    firstNameOnly: false,
    definedFor: null,
  };
}

function keyOf(words: Word[]): string {
  return words.map((w) => w.key).join(' ');
}

function lexTypeOf(tags: readonly string[]): EntityType | null {
  if (tags.some((t) => ORG_TAGS.includes(t))) return 'organization';
  if (tags.some((t) => PLACE_TAGS.includes(t))) return 'place';
  if (tags.some((t) => PERSON_TAGS.includes(t) || FIRST_NAME_TAGS.includes(t))) return 'person';
  return null;
}

/** Type a whole run by its own words: aliases, known institutions, compromise's multi-word lexicon. */
function knownType(words: Word[]): EntityType | null {
  const key = keyOf(words);
  if (ALIASES.has(key)) {
    const target = ALIASES.get(key)!;
    return target === 'united nations' || target === 'european union' ? 'organization' : 'place';
  }
  if (KNOWN_ORGANIZATIONS.has(key)) return 'organization';
  if (words.length === 1 && words[0]!.allCaps && PLACE_ACRONYMS.has(key)) return 'place';
  const lex = words.length === 1 ? words[0]!.lex : lexiconTags(key);
  if (words.length === 1 && (isCommonWord(lex) || FIRST_NAME_TAGS.some((t) => lex.includes(t)))) return null;
  const type = lexTypeOf(lex);
  return type === 'person' ? null : type;
}

function isDemonym(word: Word): boolean {
  const isOne = (key: string) => EXTRA_DEMONYMS.has(key) || lexiconTags(key).includes('Demonym');
  return word.lex.includes('Demonym') || isOne(word.key) || (word.key.includes('-') && word.key.split('-').every(isOne));
}

function headType(words: Word[]): EntityType | null {
  if (words.length < 2) return SINGLE_WORD_BODIES.has(words[0]!.key) ? 'organization' : null;
  const connector = words.findIndex((w, i) => i > 0 && HEAD_CONNECTORS.has(w.key) && !w.cap);
  const last = words[words.length - 1]!;
  const head = connector > 0 && !isHead(last) ? words[connector - 1]! : last;
  if (POLITY_HEADS.has(head.key) && words.slice(0, -1).every(isDemonym)) return 'place';
  if (ORG_HEADS.has(head.key)) return 'organization';
  if (PLACE_HEADS.has(head.key)) return 'place';
  if (PLACE_OPENERS.has(words[0]!.key)) return 'place';
  return null;
}

/** Where a title run starts inside a run of capitals, and where it ends (exclusive), if a name follows it. */
function titleRun(words: Word[]): { from: number; to: number } | null {
  for (let from = 0; from < words.length - 1; from++) {
    let to = from;
    let hasTitle = false;
    while (to < words.length && (TITLE_WORDS.has(words[to]!.key) || TITLE_MODIFIERS.has(words[to]!.key))) {
      if (TITLE_WORDS.has(words[to]!.key)) hasTitle = true;
      to++;
    }
    while (to > from && !TITLE_WORDS.has(words[to - 1]!.key)) to--;
    if (hasTitle && to > from && to < words.length) return { from, to };
  }
  return null;
}

function textOf(words: Word[]): string {
  return words.map((w, i) => (i === 0 ? w.text : w.gap.trim() === '' ? ' ' + w.text : ` ${w.gap.trim()} ${w.text}`)).join('');
}

const isTitleWord = (w: Word) => TITLE_WORDS.has(w.key) || TITLE_MODIFIERS.has(w.key);
const hasFirstName = (w: Word) => FIRST_NAME_TAGS.some((t) => w.lex.includes(t));

/** A name after a title needs a word that is neither a title nor a common word ("Chief Operating" is not one). */
function personName(words: Word[]): boolean {
  return words.some((w) => !isTitleWord(w) && !isCommonWord(w.lex));
}

/** Splits a run of capitals into names and types each one. */
function classify(view: WordView, run: Word[]): Mention[] {
  if (run.length === 0 || (run.every(isTitleWord) && run.some((w) => TITLE_WORDS.has(w.key)))) return [];
  const known = knownType(run);
  if (known) return [mention(run, known, 3)];
  const inner = run.findIndex((w, i) => i > 0 && i < run.length - 1 && isHead(w) && hasFirstName(run[i + 1]!));
  if (inner > 0) return [...classify(view, run.slice(0, inner + 1)), ...classify(view, run.slice(inner + 1))];
  const head = headType(run);
  const particle = run.some((w, i) => i > 0 && !w.cap && NAME_PARTICLES.has(w.key));
  if (head === 'place' && (SURNAME_HEADS.has(run[run.length - 1]!.key) || particle) && run.length <= 4 && hasFirstName(run[0]!)) {
    return [mention(run, 'person', 2)];
  }
  if (head) return [mention(run, head, 3)];

  const before = view.words[run[0]!.index - 1];
  if (before && TITLE_WORDS.has(before.key) && ONLY_SPACE.test(run[0]!.gap) && !view.capable[before.index] && personName(run) && !headType(run)) {
    return [mention(run, 'person', 3, before.text)];
  }
  const title = titleRun(run);
  if (title && personName(run.slice(title.to))) {
    const before = classify(view, run.slice(0, title.from));
    const person = mention(run.slice(title.to), 'person', 3, textOf(run.slice(title.from, title.to)));
    return [...before, person];
  }
  if (run.length > 1 && isDemonym(run[0]!)) return classify(view, run.slice(1));
  if (isDemonym(run[run.length - 1]!)) return [];
  if (run.length > 1 && TITLE_WORDS.has(run[run.length - 1]!.key)) return classify(view, run.slice(0, -1));
  if (run.length === 1 && (TITLE_WORDS.has(run[0]!.key) || isDemonym(run[0]!))) return [];
  if (run.length > 1 && ORG_OPENERS.has(run[0]!.key)) return [mention(run, 'organization', 3)];

  for (let k = 1; k < run.length; k++) {
    const suffix = run.slice(k);
    if (knownType(suffix) !== 'place' || lexiconTags(keyOf(suffix)).includes('City')) continue;
    const opener = run.slice(0, k);
    if (COMPASS_WORDS.has(run[0]!.key) || hasFirstName(run[0]!) || knownType(opener) || opener.some((w) => TITLE_WORDS.has(w.key))) break;
    return [mention(run, 'organization', 2)];
  }
  for (let k = run.length - 1; k >= 1; k--) {
    const prefix = run.slice(0, k);
    const prefixType = knownType(prefix);
    if (prefixType && !hasFirstName(run[0]!)) return [mention(prefix, prefixType, 3), ...classify(view, run.slice(k))];
  }
  return [typeByEvidence(view, run)];
}

/**
 * "Irving, Texas" and "Sydney, Australia" name one place: a town or unknown place followed by a
 * comma and a state or country. Returns the new last word when it joined one.
 */
function joinRegion(view: WordView, found: Mention[], last: number): number {
  const { words, capable } = view;
  const place = found[found.length - 1];
  const comma = words[last + 1];
  const town = place && (place.type === 'place' || (place.words.length === 1 && (place.strength <= 1 || place.firstNameOnly)));
  if (!place || !town || place.end !== words[last]!.end || !comma || !capable[last + 1]) return last;
  if (!/^ ?, $/.test(comma.gap) || words[last]!.possessive) return last;
  if (lexiconTags(place.key).some((t) => t === 'Country' || t === 'Region') || ALIASES.has(place.key)) return last;
  const end = extend(view, last + 1);
  const region = words.slice(last + 1, end + 1);
  const tags = lexiconTags(keyOf(region));
  if (!tags.some((t) => t === 'Country' || t === 'Region') && !ALIASES.has(keyOf(region))) return last;
  const joined = mention([...place.words, ...region], 'place', 3);
  joined.town = place.town ?? place.key;
  found[found.length - 1] = joined;
  return end;
}

function typeByEvidence(view: WordView, run: Word[]): Mention {
  const { words } = view;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = words[first.index - 1];
  const after = words[last.index + 1];
  const beforeNoun = before && !before.cap && ONLY_SPACE.test(first.gap) ? before.key : null;
  const afterNoun = after && !after.cap && !last.possessive && ONLY_SPACE.test(after.gap) ? after.key : null;
  const roleBefore = beforeNoun !== null && (TITLE_WORDS.has(beforeNoun) || lexiconTags(beforeNoun).includes('Actor'));
  const locative = beforeNoun !== null && LOCATIVES.has(beforeNoun);

  if (run.length === 1 && first.allCaps) return mention(run, 'organization', 3);
  if (roleBefore && !ORG_CONTEXT_NOUNS.has(beforeNoun) && personName(run)) return mention(run, 'person', 3, before!.text);
  if ((beforeNoun && ORG_CONTEXT_NOUNS.has(beforeNoun)) || (afterNoun && ORG_CONTEXT_NOUNS.has(afterNoun))) return mention(run, 'organization', 2);
  if ((beforeNoun && PLACE_CONTEXT_NOUNS.has(beforeNoun) && beforeNoun !== 'capital') || (afterNoun && PLACE_CONTEXT_NOUNS.has(afterNoun))) {
    return mention(run, 'place', 2);
  }

  if (run.length === 1) {
    if (hasFirstName(first) && !first.lex.includes('LastName')) {
      const m = mention(run, 'person', 1);
      m.firstNameOnly = true;
      return m;
    }
    if (first.lex.includes('LastName')) return mention(run, 'person', 2);
    if (first.lex.includes('Person')) return locative || beforeNoun === 'to' ? mention(run, 'place', 1) : mention(run, 'person', 0);
    if (isCommonWord(first.lex) || first.tags.has('Plural') || isDemonym(first) || DEMONYM_LIKE.test(first.key) || /'/.test(first.key)) return mention(run, null, 0);
    const tagged = contextType(run);
    if (tagged) return mention(run, tagged, 1);
    if (afterNoun && SPEECH_VERBS.has(afterNoun)) return mention(run, 'person', 0);
    return mention(run, locative ? 'place' : 'organization', 0);
  }
  if (hasFirstName(first)) return mention(run, 'person', 3);
  if (run.some((w) => w.lex.includes('LastName'))) return mention(run, 'person', 2);
  const plain = (w: Word) => !isCommonWord(w.lex) && !w.allCaps;
  if (run.length <= 4 && run.every(plain)) return mention(run, 'person', 1);
  const modifier = first.lex.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative' || t === 'Adverb');
  if (run.length <= 3 && !first.initial && !modifier && run.slice(1).every(plain) && !first.allCaps) return mention(run, 'person', 1);
  const tagged = contextType(run);
  return mention(run, tagged, tagged ? 1 : 0);
}

/** compromise's own reading of the words in context, the weakest evidence. */
function contextType(run: Word[]): EntityType | null {
  let person = 0;
  let place = 0;
  let org = 0;
  for (const w of run) {
    if (w.tags.has('Person')) person++;
    if (w.tags.has('Place')) place++;
    if (w.tags.has('Organization')) org++;
  }
  const best = Math.max(person, place, org);
  if (best === 0) return null;
  return org === best ? 'organization' : place === best ? 'place' : 'person';
}
