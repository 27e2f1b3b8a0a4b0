import * as names from '../../lexicon/names.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { FIRST_NAME_TAGS, ORGANIZATION_TAGS, PERSON_TAGS, PLACE_TAGS, TagSet } from '../../nlp/tags.js';
import type { EntityType } from '../../types.js';
import { hasNameTag, isCommonWord, type NameWords } from './name-words.js';

const COMPASS_WORDS = new Set(names.COMPASS_WORDS);
const EXTRA_DEMONYMS = new Set(names.EXTRA_DEMONYMS);
const HEAD_CONNECTORS = new Set(names.HEAD_CONNECTORS);
const KNOWN_ORGANIZATIONS = new Set(names.KNOWN_ORGANIZATIONS);
const LOCATIVES = new Set(names.LOCATIVES);
const NAME_PARTICLES = new Set(names.NAME_PARTICLES);
const ORG_CONTEXT_NOUNS = new Set(names.ORG_CONTEXT_NOUNS);
const ORG_HEADS = new Set(names.ORG_HEADS);
const ORG_OPENERS = new Set(names.ORG_OPENERS);
const PLACE_ACRONYMS = new Set(names.PLACE_ACRONYMS);
const PLACE_CONTEXT_NOUNS = new Set(names.PLACE_CONTEXT_NOUNS);
const PLACE_BEFORE_OF = new Set(names.PLACE_BEFORE_OF);
const RIVER_SIDES = new Set(['east', 'left', 'north', 'right', 'south', 'west']);
/** Place heads that name a feature of the map on their own after "the" ("the Gulf", "the Channel"). */
const GEOGRAPHIC_HEADS = new Set(['bay', 'channel', 'coast', 'delta', 'desert', 'gulf', 'ocean', 'peninsula', 'sea', 'strait', 'straits']);
const PLACE_HEADS = new Set(names.PLACE_HEADS);
const PLACE_OPENERS = new Set(names.PLACE_OPENERS);
const SPORT_WORDS = new Set(names.SPORT_WORDS);
const SURNAME_HEADS = new Set(names.SURNAME_HEADS);
const TITLE_MODIFIERS = new Set(names.TITLE_MODIFIERS);
const TITLE_WORDS = new Set(names.TITLE_WORDS);

/**
 * How sure the type is: 3 from a lexicon, a head word or a title, 2 from a neighbouring noun, 1 a
 * guess. A name found with nothing better (0) only survives as a person's surname or first name.
 */
export type Strength = 0 | 1 | 2 | 3;

/** A name found in the text, before mentions of one referent are grouped into an entity. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType | null;
  strength: Strength;
  /** Its name words, in order. */
  words: readonly number[];
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

/** A run of consecutive name words. */
export type Run = readonly number[];

const PERSON_OR_FIRST_NAME = PERSON_TAGS.union(FIRST_NAME_TAGS);
const MODIFIER_TAGS = TagSet.of('Adjective', 'Comparative', 'Superlative', 'Adverb');
/** Nationality and religion words that compromise's lexicon lacks ("Gabonese", "Texans", "Ukrainian-European"). */
const DEMONYM_LIKE = /(?:ese|ans|ish|ic|[a-z]+-[a-z]+an)$/;
const SPEECH_VERBS = new Set(names.SPEECH_VERBS_AFTER_NAME);
const POLITY_HEADS = new Set(names.POLITY_HEADS);
const SINGLE_WORD_BODIES = new Set(names.SINGLE_WORD_BODIES);

export function makeMention(words: NameWords, run: Run, type: EntityType | null, strength: Strength, title: string | null = null): Mention {
  return {
    start: words.start(run[0]!),
    end: words.end(run[run.length - 1]!),
    type,
    strength,
    words: run,
    key: words.keyOf(run),
    title,
    firstNameOnly: false,
    definedFor: null,
  };
}

export function isHead(words: NameWords, w: number): boolean {
  return ORG_HEADS.has(words.key(w)) || PLACE_HEADS.has(words.key(w));
}

function lexTypeOf(tags: TagSet): EntityType | null {
  if (tags.hasAny(ORGANIZATION_TAGS)) return 'organization';
  if (tags.hasAny(PLACE_TAGS)) return 'place';
  if (tags.hasAny(PERSON_OR_FIRST_NAME)) return 'person';
  return null;
}

/** Type a whole run by its own words: aliases, known institutions, compromise's multi-word lexicon. */
function knownType(words: NameWords, run: Run): EntityType | null {
  const key = words.keyOf(run);
  if (names.ALIASES.has(key)) {
    const target = names.ALIASES.get(key)!;
    return target === 'united nations' || target === 'european union' ? 'organization' : 'place';
  }
  if (KNOWN_ORGANIZATIONS.has(key)) return 'organization';
  if (run.length === 1 && words.isAllCaps(run[0]!) && PLACE_ACRONYMS.has(key)) return 'place';
  const lex = run.length === 1 ? words.lex(run[0]!) : lexiconTags(key);
  if (run.length === 1 && (isCommonWord(lex) || lex.hasAny(FIRST_NAME_TAGS))) return null;
  const type = lexTypeOf(lex);
  return type === 'person' ? null : type;
}

export function isDemonym(words: NameWords, w: number): boolean {
  const isOne = (key: string) => EXTRA_DEMONYMS.has(key) || lexiconTags(key).has('Demonym');
  const key = words.key(w);
  return words.lex(w).has('Demonym') || isOne(key) || (key.includes('-') && key.split('-').every(isOne));
}

function headType(words: NameWords, run: Run): EntityType | null {
  if (run.length < 2) return SINGLE_WORD_BODIES.has(words.key(run[0]!)) ? 'organization' : null;
  const connector = run.findIndex((w, i) => i > 0 && HEAD_CONNECTORS.has(words.key(w)) && !words.isCapitalised(w));
  const last = run[run.length - 1]!;
  const head = words.key(connector > 0 && !isHead(words, last) ? run[connector - 1]! : last);
  if (POLITY_HEADS.has(head) && run.slice(0, -1).every((w) => isDemonym(words, w))) return 'place';
  // "West Bank", "Left Bank": a river bank after a compass word, not a lender.
  if (head === 'bank' && run.length === 2 && RIVER_SIDES.has(words.key(run[0]!))) return 'place';
  if (ORG_HEADS.has(head)) return 'organization';
  if (PLACE_HEADS.has(head)) return 'place';
  if (PLACE_OPENERS.has(words.key(run[0]!))) return 'place';
  return null;
}

/** Where a title run starts inside a run of capitals, and where it ends (exclusive), if a name follows it. */
function titleRun(words: NameWords, run: Run): { from: number; to: number } | null {
  for (let from = 0; from < run.length - 1; from++) {
    let to = from;
    let hasTitle = false;
    while (to < run.length && isTitleWord(words, run[to]!)) {
      if (TITLE_WORDS.has(words.key(run[to]!))) hasTitle = true;
      to++;
    }
    while (to > from && !TITLE_WORDS.has(words.key(run[to - 1]!))) to--;
    if (hasTitle && to > from && to < run.length) return { from, to };
  }
  return null;
}

/** The run's words as written, with single spaces ("Foreign Minister"). */
function textOf(words: NameWords, run: Run): string {
  return run.map((w, i) => (i === 0 ? words.text(w) : words.gap(w).trim() === '' ? ` ${words.text(w)}` : ` ${words.gap(w).trim()} ${words.text(w)}`)).join('');
}

const isTitleWord = (words: NameWords, w: number) => TITLE_WORDS.has(words.key(w)) || TITLE_MODIFIERS.has(words.key(w));
export const hasFirstName = (words: NameWords, w: number) => words.lex(w).hasAny(FIRST_NAME_TAGS);

/** A name after a title needs a word that is neither a title nor a common word ("Chief Operating" is not one). */
function personName(words: NameWords, run: Run): boolean {
  return run.some((w) => !isTitleWord(words, w) && !isCommonWord(words.lex(w)));
}

type TypingRule = (words: NameWords, run: Run) => Mention[] | null;

/**
 * How a run of capitals is split into names and typed, in order: the first rule that answers
 * decides. Rules that split a run type each part with `classify` again.
 */
const TYPING_RULES: ReadonlyArray<readonly [string, TypingRule]> = [
  ['titles alone', (words, run) => (run.every((w) => isTitleWord(words, w)) && run.some((w) => TITLE_WORDS.has(words.key(w))) ? [] : null)],
  ['known name', (words, run) => {
    const known = knownType(words, run);
    return known ? [makeMention(words, run, known, 3)] : null;
  }],
  // "P. Simmons", "J. R. Hartley": initials before a name are a person's.
  ['initials then a name', (words, run) => {
    let k = 0;
    while (k < run.length - 1 && words.isInitial(run[k]!)) k++;
    return k > 0 && !words.isInitial(run[k]!) && !isTitleWord(words, run[k]!) ? [makeMention(words, run, 'person', 3)] : null;
  }],
  // "Foreign Ministry Sergey Lavrov": a head noun ends one name and a first name starts another.
  ['head then a first name', (words, run) => {
    const inner = run.findIndex((w, i) => i > 0 && i < run.length - 1 && isHead(words, w) && hasFirstName(words, run[i + 1]!));
    return inner > 0 ? [...classify(words, run.slice(0, inner + 1)), ...classify(words, run.slice(inner + 1))] : null;
  }],
  // "Marc Lamont Hill", "Charles de Gaulle": a place head that is a surname.
  ['surname that looks like a place', (words, run) => {
    const particle = run.some((w, i) => i > 0 && !words.isCapitalised(w) && NAME_PARTICLES.has(words.key(w)));
    const last = words.key(run[run.length - 1]!);
    return headType(words, run) === 'place' && (SURNAME_HEADS.has(last) || particle) && run.length <= 4 && hasFirstName(words, run[0]!) ? [makeMention(words, run, 'person', 2)] : null;
  }],
  ['head word', (words, run) => {
    const head = headType(words, run);
    return head ? [makeMention(words, run, head, 3)] : null;
  }],
  // "minister Sergey Lavrov": a lower-case title before the name.
  ['title before', (words, run) => {
    const before = run[0]! - 1;
    if (before < 0 || !TITLE_WORDS.has(words.key(before)) || !words.spaced(run[0]!) || words.capable(before) || !personName(words, run)) return null;
    return [makeMention(words, run, 'person', 3, words.text(before))];
  }],
  // "Russian Foreign Minister Sergey Lavrov": a title inside the run.
  ['title inside', (words, run) => {
    const title = titleRun(words, run);
    if (!title || !personName(words, run.slice(title.to))) return null;
    const person = makeMention(words, run.slice(title.to), 'person', 3, textOf(words, run.slice(title.from, title.to)));
    // "Cofinec CEO Stephen Frater": a name the words do not type, before a title, is the title's employer.
    const employer = classify(words, run.slice(0, title.from));
    const last = employer[employer.length - 1];
    if (last && last.type && last.strength <= 1 && !last.firstNameOnly && last.end === words.end(run[title.from - 1]!)) {
      last.type = 'organization';
      last.strength = 2;
    }
    return [...employer, person];
  }],
  ['demonym first', (words, run) => (run.length > 1 && isDemonym(words, run[0]!) ? classify(words, run.slice(1)) : null)],
  ['demonym last', (words, run) => (isDemonym(words, run[run.length - 1]!) ? [] : null)],
  ['title last', (words, run) => (run.length > 1 && TITLE_WORDS.has(words.key(run[run.length - 1]!)) ? classify(words, run.slice(0, -1)) : null)],
  ['lone title', (words, run) => (run.length === 1 && TITLE_WORDS.has(words.key(run[0]!)) ? [] : null)],
  ['organisation opener', (words, run) => (run.length > 1 && ORG_OPENERS.has(words.key(run[0]!)) ? [makeMention(words, run, 'organization', 3)] : null)],
  // "Hong Kong Disneyland", "Tokyo Electric": a known place made the name of something.
  ['place made a name', (words, run) => {
    for (let k = 1; k < run.length; k++) {
      const suffix = run.slice(k);
      if (knownType(words, suffix) !== 'place' || lexiconTags(words.keyOf(suffix)).has('City')) continue;
      const opener = run.slice(0, k);
      if (COMPASS_WORDS.has(words.key(run[0]!)) || hasFirstName(words, run[0]!) || knownType(words, opener) || opener.some((w) => TITLE_WORDS.has(words.key(w)))) return null;
      return [makeMention(words, run, 'organization', 2)];
    }
    return null;
  }],
  // "Greece Prime Minister": a known name, then more capitals.
  ['known prefix', (words, run) => {
    if (hasFirstName(words, run[0]!)) return null;
    for (let k = run.length - 1; k >= 1; k--) {
      const prefix = run.slice(0, k);
      const type = knownType(words, prefix);
      if (!type) continue;
      const rest = classify(words, run.slice(k));
      // "Dublin Newsroom", "NSW Treasury": a place, then common words the rest of the run cannot type, is a body of that place.
      const body = rest.length === 1 && rest[0]!.strength === 0 && rest[0]!.type !== 'person' && run.slice(k).every((w) => !hasNameTag(words.lex(w)) && !COMPASS_WORDS.has(words.key(w)));
      if (type === 'place' && body) return [makeMention(words, run, 'organization', 2)];
      return [makeMention(words, prefix, type, 3), ...rest];
    }
    return null;
  }],
];

/** Splits a run of capitals into names and types each one. */
export function classify(words: NameWords, run: Run): Mention[] {
  if (run.length === 0) return [];
  for (const [, rule] of TYPING_RULES) {
    const found = rule(words, run);
    if (found) return found;
  }
  return [typeByEvidence(words, run)];
}

/** The weakest evidence: the words around the name, the lexicon's reading of it, compromise's tags in context. */
function typeByEvidence(words: NameWords, run: Run): Mention {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = first - 1;
  const after = last + 1;
  const beforeNoun = before >= 0 && !words.isCapitalised(before) && words.spaced(first) ? words.key(before) : null;
  const afterNoun = after < words.length && !words.isCapitalised(after) && !words.isPossessive(last) && words.spaced(after) ? words.key(after) : null;
  const roleBefore = beforeNoun !== null && (TITLE_WORDS.has(beforeNoun) || lexiconTags(beforeNoun).has('Actor'));
  const locative = beforeNoun !== null && LOCATIVES.has(beforeNoun);
  const lex = words.lex(first);

  // An ALL-CAPS line capitalises every word, so only a short one reads as an acronym there ("LG", not "MILLER").
  if (run.length === 1 && words.isAllCaps(first)) {
    if (!words.onAllCapsLine(first) || words.key(first).length <= 3) return makeMention(words, run, 'organization', 3);
    if (SPORT_WORDS.has(words.key(first))) return makeMention(words, run, null, 0);
  }
  if (roleBefore && !ORG_CONTEXT_NOUNS.has(beforeNoun) && personName(words, run)) return makeMention(words, run, 'person', 3, words.text(before));
  if ((beforeNoun && ORG_CONTEXT_NOUNS.has(beforeNoun)) || (afterNoun && ORG_CONTEXT_NOUNS.has(afterNoun))) return makeMention(words, run, 'organization', 2);
  const placeOf = beforeNoun === 'of' && placeBeforeOf(words, before);
  if ((beforeNoun && PLACE_CONTEXT_NOUNS.has(beforeNoun) && beforeNoun !== 'capital') || (afterNoun && PLACE_CONTEXT_NOUNS.has(afterNoun)) || placeOf) {
    return makeMention(words, run, 'place', 2);
  }

  if (run.length === 1) {
    if (beforeNoun === 'the' && GEOGRAPHIC_HEADS.has(words.key(first))) return makeMention(words, run, 'place', 2);
    if (hasFirstName(words, first) && !lex.has('LastName')) {
      const m = makeMention(words, run, 'person', 1);
      m.firstNameOnly = true;
      return m;
    }
    if (lex.has('LastName')) return makeMention(words, run, 'person', 2);
    if (lex.has('Person')) return locative || beforeNoun === 'to' ? makeMention(words, run, 'place', 1) : makeMention(words, run, 'person', 0);
    const key = words.key(first);
    if (isCommonWord(lex) || words.has(first, 'Plural') || isDemonym(words, first) || DEMONYM_LIKE.test(key) || /'/.test(key)) return makeMention(words, run, null, 0);
    const tagged = contextType(words, run);
    if (tagged) return makeMention(words, run, tagged, 1);
    if (afterNoun && SPEECH_VERBS.has(afterNoun)) return makeMention(words, run, 'person', 0);
    return makeMention(words, run, locative ? 'place' : 'organization', 0);
  }
  if (hasFirstName(words, first)) return makeMention(words, run, 'person', 3);
  if (run.some((w) => words.lex(w).has('LastName'))) return makeMention(words, run, 'person', 2);
  const plain = (w: number) => !isCommonWord(words.lex(w)) && !words.isAllCaps(w);
  if (run.length <= 4 && run.every(plain)) return makeMention(words, run, 'person', 1);
  const modifier = lex.hasAny(MODIFIER_TAGS);
  if (run.length <= 3 && !words.opensClause(first) && !modifier && run.slice(1).every(plain) && !words.isAllCaps(first)) return makeMention(words, run, 'person', 1);
  const tagged = contextType(words, run);
  return makeMention(words, run, tagged, tagged ? 1 : 0);
}

/** "the town of", "east of", "archbishop of": the word before "of" says a place follows. */
function placeBeforeOf(words: NameWords, of: number): boolean {
  const noun = of - 1;
  if (noun < 0 || words.isCapitalised(noun) || !words.spaced(of)) return false;
  const key = words.key(noun);
  return PLACE_CONTEXT_NOUNS.has(key) || COMPASS_WORDS.has(key) || PLACE_BEFORE_OF.has(key);
}

/** compromise's own reading of the words in context, the weakest evidence. */
function contextType(words: NameWords, run: Run): EntityType | null {
  let person = 0;
  let place = 0;
  let org = 0;
  for (const w of run) {
    if (words.has(w, 'Person')) person++;
    if (words.has(w, 'Place')) place++;
    if (words.has(w, 'Organization')) org++;
  }
  const best = Math.max(person, place, org);
  if (best === 0) return null;
  return org === best ? 'organization' : place === best ? 'place' : 'person';
}
