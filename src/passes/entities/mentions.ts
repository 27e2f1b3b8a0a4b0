import { lexiconTags } from '../../nlp/compromise.js';
import type { EntityType } from '../../types.js';
import {
  ALIASES,
  HEAD_CONNECTORS,
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
}

const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PERSON_TAGS = ['LastName', 'Person'];
const ONLY_SPACE = /^[ \t\u00a0]+$/;
const POLITY_HEADS = new Set(['federation', 'confederation']);
const SINGLE_WORD_BODIES = new Set(['congress', 'parliament', 'senate', 'knesset', 'duma']);

/** Finds every name in the article and types it; resolution into entities comes after. */
export function findMentions(view: WordView): Mention[] {
  const { words, capable } = view;
  const mentions: Mention[] = [];
  const definitions = new Map<number, Mention>();
  for (let i = 0; i < words.length; i++) {
    if (!capable[i]) continue;
    const last = extend(view, i);
    const found = classify(view, words.slice(i, last + 1));
    for (const mention of found) {
      const defined = definitions.get(mention.words[0]!.index);
      if (defined && mention.words.length === 1) {
        mention.type = defined.type;
        mention.strength = Math.max(mention.strength, defined.strength) as Strength;
        mention.definedFor = defined.key;
      }
      if (mention.type !== null || mention.strength === 0) mentions.push(mention);
    }
    const named = found[found.length - 1];
    const acronym = named && named.end === words[last]!.end ? acronymAfter(words, last) : -1;
    if (acronym >= 0 && named!.type && named!.words.length > 1) definitions.set(acronym, named!);
    i = last;
  }
  return mentions;
}

/** The last word of the capitalised run starting at `first`, across "&", name particles and "of" after a head. */
function extend(view: WordView, first: number): number {
  const { words, capable } = view;
  let last = first;
  for (;;) {
    const current = words[last]!;
    if (current.possessive) return last;
    const next = words[last + 1];
    if (!next) return last;
    if (capable[last + 1] && (ONLY_SPACE.test(next.gap) || /^\s*&\s*$/.test(next.gap))) {
      last++;
      continue;
    }
    if (!ONLY_SPACE.test(next.gap) || next.cap) return last;
    const isHead = ORG_HEADS.has(current.key) || PLACE_HEADS.has(current.key);
    let after = last + 2;
    if (isHead && HEAD_CONNECTORS.has(next.key)) {
      if (words[after]?.key === 'the' && ONLY_SPACE.test(words[after]!.gap) && !words[after]!.cap) after++;
    } else if (!(NAME_PARTICLES.has(next.key) && !isHead)) {
      return last;
    }
    const target = words[after];
    if (!target || !capable[after] || !ONLY_SPACE.test(target.gap) || target.allCaps && target.key.length <= 3 && !isHead) return last;
    last = after;
  }
}

/** Index of an acronym in brackets right after a name ("Assembly of First Nations (AFN)"). */
function acronymAfter(words: Word[], last: number): number {
  const next = words[last + 1];
  if (!next || !next.allCaps || !/^\s*\(\s*$/.test(next.gap)) return -1;
  const name = words[last]!;
  void name;
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
  return word.lex.includes('Demonym');
}

function headType(words: Word[]): EntityType | null {
  if (words.length < 2) return SINGLE_WORD_BODIES.has(words[0]!.key) ? 'organization' : null;
  const connector = words.findIndex((w, i) => i > 0 && HEAD_CONNECTORS.has(w.key) && !w.cap);
  const head = connector > 0 ? words[connector - 1]! : words[words.length - 1]!;
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

/** Splits a run of capitals into names and types each one. */
function classify(view: WordView, run: Word[]): Mention[] {
  if (run.length === 0) return [];
  const known = knownType(run);
  if (known) return [mention(run, known, 3)];
  const head = headType(run);
  if (head) return [mention(run, head, 3)];

  const title = titleRun(run);
  if (title) {
    const before = classify(view, run.slice(0, title.from));
    const name = run.slice(title.to);
    const person = mention(name, 'person', 3, textOf(run.slice(title.from, title.to)));
    return [...before, person];
  }
  if (run.length > 1 && isDemonym(run[0]!)) return classify(view, run.slice(1));
  if (run.length > 1 && TITLE_WORDS.has(run[run.length - 1]!.key)) return classify(view, run.slice(0, -1));
  if (run.length === 1 && (TITLE_WORDS.has(run[0]!.key) || isDemonym(run[0]!))) return [];

  for (let k = run.length - 1; k >= 1; k--) {
    const prefix = run.slice(0, k);
    const prefixType = knownType(prefix);
    if (prefixType && !FIRST_NAME_TAGS.some((t) => run[0]!.lex.includes(t))) return [mention(prefix, prefixType, 3), ...classify(view, run.slice(k))];
  }
  return [typeByEvidence(view, run)];
}

function typeByEvidence(view: WordView, run: Word[]): Mention {
  const { words } = view;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = words[first.index - 1];
  const after = words[last.index + 1];
  const beforeNoun = before && !before.cap && ONLY_SPACE.test(first.gap) ? before.key : null;
  const afterNoun = after && !after.cap && !last.possessive && ONLY_SPACE.test(after.gap) ? after.key : null;
  const roleBefore = beforeNoun !== null && (TITLE_WORDS.has(beforeNoun) || before!.lex.includes('Actor'));

  if (run.length === 1 && first.allCaps && first.key.length >= 2) return mention(run, 'organization', 3);
  if (roleBefore && !(beforeNoun && ORG_CONTEXT_NOUNS.has(beforeNoun))) return mention(run, 'person', 3, before!.text);
  if ((beforeNoun && ORG_CONTEXT_NOUNS.has(beforeNoun)) || (afterNoun && ORG_CONTEXT_NOUNS.has(afterNoun))) return mention(run, 'organization', 2);
  if ((beforeNoun && PLACE_CONTEXT_NOUNS.has(beforeNoun) && beforeNoun !== 'capital') || (afterNoun && PLACE_CONTEXT_NOUNS.has(afterNoun))) {
    return mention(run, 'place', 2);
  }

  if (run.length === 1) {
    const lexType = lexTypeOf(first.lex);
    if (lexType === 'person' && FIRST_NAME_TAGS.some((t) => first.lex.includes(t)) && !first.lex.includes('LastName')) {
      const m = mention(run, 'person', 1);
      m.firstNameOnly = true;
      return m;
    }
    if (lexType) return mention(run, lexType, 3);
    const tagged = contextType(run);
    return mention(run, tagged, tagged ? 1 : 0);
  }
  if (FIRST_NAME_TAGS.some((t) => first.lex.includes(t)) || run.some((w) => w.lex.includes('LastName'))) return mention(run, 'person', 3);
  if (run.length <= 4 && run.every((w) => !isCommonWord(w.lex) && !w.allCaps)) return mention(run, 'person', 1);
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
