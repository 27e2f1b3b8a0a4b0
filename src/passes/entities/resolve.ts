import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../lexicon/honorifics.js';
import * as names from '../../lexicon/names.js';
import type { Entity, EntityType, SectionName } from '../../types.js';
import { FIRST_NAME_TAGS, ORGANIZATION_TAGS, PLACE_TAGS } from '../../nlp/tags.js';
import { isCommonWord, type NameWords } from './name-words.js';
import { typeByDocument } from './document-typing.js';
import { surnameKey } from './surname.js';
import type { Mention } from './typing.js';

const NAME_PARTICLES = new Set(names.NAME_PARTICLES);
const ORG_HEADS = new Set(names.ORG_HEADS);

const SUFFIXES = new Set(names.NAME_SUFFIXES);
const PLACE_OR_ORG = PLACE_TAGS.union(ORGANIZATION_TAGS);
const MALE = new Set(MALE_HONORIFICS);
const FEMALE = new Set(FEMALE_HONORIFICS);
const PLACE_SLOT_WORDS = new Set([...names.LOCATIVES, 'into', 'of', 'the', 'to']);
const INITIALS_SKIP = new Set(names.INITIALS_SKIP);

interface Cluster {
  mentions: Mention[];
  votes: Record<EntityType, number>;
  title: string | null;
}

/**
 * Groups mentions into one entity per referent: people by surname (and by first name once the
 * article has named them in full), places and organisations by name, alias, acronym and the name
 * without its legal or organisational suffix.
 */
export function resolveEntities(words: NameWords, mentions: Mention[], sectionAt: (offset: number) => SectionName | null): Entity[] {
  const { text } = words.document;
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const surnames = new Map<string, Cluster[]>();
  const firstNames = new Map<string, Array<{ cluster: Cluster; at: number }>>();

  const open = (): Cluster => {
    const cluster: Cluster = { mentions: [], votes: { person: 0, place: 0, organization: 0 }, title: null };
    clusters.push(cluster);
    return cluster;
  };
  const join = (cluster: Cluster, m: Mention, type: EntityType) => {
    cluster.mentions.push(m);
    cluster.votes[type] += m.strength || 0.5;
    if (m.title && !cluster.title) cluster.title = m.title;
  };

  typeByDocument(words, mentions);
  const full = new Set(mentions.filter((m) => m.type === 'person' && nameWords(words, m).length >= 2 && !NAME_PARTICLES.has(words.key(m.words[0]!))));
  for (const m of full) {
    const names = nameWords(words, m);
    const surname = surnameKey(names);
    const key = names.join(' ');
    let cluster = byKey.get(`person:${key}`);
    if (!cluster) {
      cluster = (surnames.get(surname) ?? []).find((c) => compatibleFirst(words, c, names[0]!));
    }
    if (!cluster) {
      cluster = open();
      surnames.set(surname, [...(surnames.get(surname) ?? []), cluster]);
      const list = firstNames.get(names[0]!) ?? [];
      list.push({ cluster, at: m.start });
      firstNames.set(names[0]!, list);
    }
    byKey.set(`person:${key}`, cluster);
    join(cluster, m, 'person');
  }

  const acronyms = new Map<string, string>();
  for (const m of mentions) if (m.definedFor) acronyms.set(m.key, m.definedFor);

  for (const m of mentions) {
    if (full.has(m)) continue;
    const single = m.words.length === 1 && !words.isAllCaps(m.words[0]!) && !m.definedFor ? words.key(m.words[0]!) : null;
    if (single && (m.strength < 3 || m.type === 'person' || (m.type === 'place' && !placeSlot(words, m))) && surnames.has(single)) {
      join(nearest(words, surnames.get(single)!, m), m, 'person');
      continue;
    }
    // "SHEARER" in a capitals headline over "Alan Shearer" in the text; "MOSCOW" stays the city.
    const capital = m.words.length === 1 && words.isAllCaps(m.words[0]!) && !m.definedFor && m.key.length > 3 && !words.lex(m.words[0]!).hasAny(PLACE_OR_ORG) ? m.key : null;
    if (capital && surnames.has(capital)) {
      join(nearest(words, surnames.get(capital)!, m), m, 'person');
      continue;
    }
    if (m.words.length > 1 && NAME_PARTICLES.has(words.key(m.words[0]!)) && surnames.has(m.key)) {
      join(nearest(words, surnames.get(m.key)!, m), m, 'person');
      continue;
    }
    if (single && (m.type === 'person' || m.strength === 0)) {
      const earlier = (firstNames.get(single) ?? []).filter((entry) => entry.at < m.start);
      if (earlier.length) {
        join(earlier[earlier.length - 1]!.cluster, m, 'person');
        continue;
      }
    }
    if (m.type === null || m.firstNameOnly) continue;
    if (m.type === 'person') {
      const key = `person:${m.key}`;
      let cluster = byKey.get(key);
      if (!cluster) {
        cluster = open();
        byKey.set(key, cluster);
        if (single) surnames.set(single, [...(surnames.get(single) ?? []), cluster]);
      }
      join(cluster, m, 'person');
      continue;
    }
    const key = nameKey(m, acronyms);
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = open();
      byKey.set(key, cluster);
    }
    join(cluster, m, m.type);
  }

  const towns = new Set(mentions.flatMap((m) => (m.town ? [m.town] : [])));
  for (const cluster of clusters) {
    const m = cluster.mentions[0];
    const weak = cluster.mentions.every((x) => x.words.length === 1 && (x.type !== 'person' || x.strength < 2));
    if (m && towns.has(m.key) && weak) cluster.votes.place += cluster.mentions.length;
  }
  mergeByCore(words, clusters);
  return clusters
    .filter((c) => c.mentions.length > 0)
    .map((c) => toEntity(words, text, c, sectionAt))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((entity, i) => ({ ...entity, id: `e${i + 1}` }));
}

function nameWords(words: NameWords, m: Mention): string[] {
  const names = m.words.map((w) => words.key(w));
  while (names.length > 1 && SUFFIXES.has(names[names.length - 1]!)) names.pop();
  return names;
}

function compatibleFirst(words: NameWords, cluster: Cluster, first: string): boolean {
  return cluster.mentions.some((m) => {
    const other = words.key(m.words[0]!);
    return m.words.length === 1 || other === first || other[0] === first[0] && (other.length === 1 || first.length === 1);
  });
}

/**
 * Which of several people with one surname a bare "Brown" or "Mr Brown" is: the one last named
 * before it, passing over one whose first name is of the other sex than the honorific's; when
 * none was named before, the first introduced.
 */
function nearest(words: NameWords, candidates: Cluster[], m: Mention): Cluster {
  const sex = honorificSex(m.title);
  const fitting = sex ? candidates.filter((c) => firstNameSex(words, c) !== (sex === 'male' ? 'female' : 'male')) : candidates;
  const pool = fitting.length ? fitting : candidates;
  let best = pool[0]!;
  let bestAt = -1;
  for (const cluster of pool) {
    for (const x of cluster.mentions) {
      if (x.start < m.start && x.start > bestAt) {
        best = cluster;
        bestAt = x.start;
      }
    }
  }
  return best;
}

/**
 * "in Paris", "to Jordan", "the Moscow club": a known place where a place stands. Elsewhere
 * ("Paris claims", "Jordan's coach") a place name that is the surname of a person the article
 * names is that person.
 */
function placeSlot(words: NameWords, m: Mention): boolean {
  const before = m.words[0]! - 1;
  return m.town !== undefined || (before >= 0 && !words.isCapitalised(before) && PLACE_SLOT_WORDS.has(words.key(before)));
}

function honorificSex(title: string | null): 'male' | 'female' | null {
  const key = title?.toLowerCase().replace(/\./g, '') ?? '';
  return MALE.has(key) ? 'male' : FEMALE.has(key) ? 'female' : null;
}

/** The sex compromise's lexicon gives the first name of a person's full mentions, when it gives one. */
function firstNameSex(words: NameWords, cluster: Cluster): 'male' | 'female' | null {
  for (const m of cluster.mentions) {
    if (m.words.length < 2) continue;
    const lex = words.lex(m.words[0]!);
    if (lex.has('MaleName') && !lex.has('FemaleName')) return 'male';
    if (lex.has('FemaleName') && !lex.has('MaleName')) return 'female';
  }
  return honorificSex(cluster.title);
}

function nameKey(m: Mention, acronyms: Map<string, string>): string {
  const key = acronyms.get(m.key) ?? m.key;
  return `thing:${names.ALIASES.get(key) ?? key}`;
}

/**
 * Merges an organisation with its name less legal or organisational suffixes ("Ford Motor Company" /
 * "Ford"), with its bare head noun when no other organisation shares it ("the Council"), and
 * acronyms with the initials of a longer name.
 */
function mergeByCore(names: NameWords, clusters: Cluster[]): void {
  const cores = new Map<string, Cluster>();
  const initials = new Map<string, Cluster>();
  // "the Council" after "Springfield City Council": a bare head noun, when one organisation has it (null: several do).
  const heads = new Map<string, Cluster | null>();
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      if (m.type === 'person' || m.words.length < 2) continue;
      const words = m.words.map((w) => names.key(w));
      const letters = words.filter((w) => !INITIALS_SKIP.has(w)).map((w) => w[0]).join('');
      if (letters.length >= 2 && !initials.has(letters)) initials.set(letters, cluster);
      if (m.type !== 'organization') continue;
      const head = words[words.length - 1]!;
      if (ORG_HEADS.has(head)) heads.set(head, heads.has(head) && heads.get(head) !== cluster ? null : cluster);
      while (words.length > 1 && ORG_HEADS.has(words[words.length - 1]!)) words.pop();
      const core = words.join(' ');
      if (core !== m.key && !cores.has(core)) cores.set(core, cluster);
      if (!cores.has(words[0]!) && !isCommonWord(names.lex(m.words[0]!))) cores.set(words[0]!, cluster);
    }
  }
  for (const cluster of clusters) {
    const m = cluster.mentions[0];
    if (!m || m.type === 'person' || cluster.mentions.some((x) => x.words.length > 1 && x.type !== 'person')) continue;
    const single = cluster.mentions.every((x) => x.key === m.key && (x.type === 'organization' || x.strength === 0));
    if (!single) continue;
    const target = (m.words.length === 1 && names.isAllCaps(m.words[0]!) ? initials.get(m.key) : undefined) ?? cores.get(m.key) ?? heads.get(m.key) ?? undefined;
    if (!target || target === cluster) continue;
    for (const x of cluster.mentions) {
      target.mentions.push(x);
      if (x.type) target.votes[x.type] += x.strength || 0.5;
    }
    cluster.mentions = [];
  }
}

function toEntity(words: NameWords, text: string, cluster: Cluster, sectionAt: (offset: number) => SectionName | null): Entity {
  const mentions = [...cluster.mentions].sort((a, b) => a.start - b.start);
  const type = (Object.keys(cluster.votes) as EntityType[]).reduce((a, b) => (cluster.votes[b] > cluster.votes[a] ? b : a));
  const fullest = mentions.reduce((best, m) => (fuller(words, m, best) ? m : best));
  return {
    id: '',
    name: text.slice(fullest.start, fullest.end),
    type,
    title: cluster.title,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), section: sectionAt(m.start) })),
  };
}

function fuller(words: NameWords, a: Mention, b: Mention): boolean {
  const aCaps = a.words.every((w) => words.isAllCaps(w));
  const bCaps = b.words.every((w) => words.isAllCaps(w));
  if (aCaps !== bCaps) return bCaps;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  return a.end - a.start > b.end - b.start;
}
