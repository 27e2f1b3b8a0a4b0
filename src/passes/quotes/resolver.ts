import { ORGANISATION_NOUNS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import type { Entity, Speaker } from '../../types.js';
import { cueAt, isVerbModifier } from './cues.js';
import { nameWords, surnameKey } from '../entities/surname.js';
import type { Mention, Speakers } from './speakers.js';

/** How far back a pronoun looks for the person it stands for, in tokens. */
const ANTECEDENT_REACH = 400;
const ORGANISATIONS = new Set(ORGANISATION_NOUNS);

/** How many of an entity's mentions are read for the sex of its first name. */
const SEX_MENTIONS = 6;

/** How many words a name may run to when walking over it. */
const NAME_REACH = 8;

/** Turns speaker mentions into speakers: entity ids and names, pronouns to their antecedents. */
export class Resolver {
  /** Person entities by surname, for a mention the entities pass did not list. */
  private readonly bySurname = new Map<string, Entity>();
  /** Speakers already named, by their last token, for pronouns further on. */
  private readonly named = new Map<number, { name: string; entity: string | null; person: boolean | null; pronoun?: string }>();

  constructor(
    private readonly document: Document,
    private readonly speakers: Speakers,
    entities: readonly Entity[],
    /** Full names by surname, for names no entity covers. */
    private readonly fullNames: Map<string, string>,
  ) {
    for (const entity of entities) {
      const words = nameWords(entity.name);
      const key = surnameKey(words);
      if (entity.type === 'person' && words.length > 1 && !this.bySurname.has(key)) this.bySurname.set(key, entity);
    }
  }

  /** Call in text order: a name resolved here is an antecedent for later pronouns. */
  resolve(mention: Mention): Speaker {
    const text = this.document.text.slice(mention.start, mention.end);
    const base = { start: mention.start, end: mention.end, text };
    if (mention.kind === 'pronoun') {
      const antecedent = this.antecedentOf(mention);
      // "…," she said. She continued, "…": a pronoun resolved here stands for the same person further on.
      const word = this.document.tokens.normal(mention.first);
      if (antecedent) this.named.set(mention.last, { ...antecedent, person: word === 'he' || word === 'she' ? true : word === 'it' ? false : null, pronoun: word });
      return { ...base, name: antecedent?.name ?? text, entity: antecedent?.entity ?? null };
    }
    const named = this.entityFor(mention) ?? this.describedOrganisation(mention) ?? { name: this.fullName(mention) ?? text, entity: null };
    // Remembered for later pronouns: a name as a person unless it is an organisation's; a phrase
    // ("the mayor", "the government", "The report's authors") as either.
    const person = mention.kind === 'name' ? this.speakers.isPerson(mention.last) || !this.speakers.isOrganization(mention.last) : null;
    this.named.set(mention.last, { ...named, person });
    return { ...base, ...named };
  }

  private entityFor(mention: Mention): { name: string; entity: string | null } | null {
    // A phrase is named by an entity only at its head: "Lee's former strategist" is not Lee.
    const first = mention.kind === 'phrase' ? mention.last : mention.first;
    for (let t = mention.last; t >= first; t--) {
      const hit = this.speakers.entityMentionAt(t);
      if (hit) return { name: hit.entity.name, entity: hit.entity.id };
    }
    if (mention.kind !== 'name') return null;
    const entity = this.bySurname.get(this.speakers.surnameOf(mention));
    return entity ? { name: entity.name, entity: entity.id } : null;
  }

  /**
   * The name before a pronoun that it stands for, outside quotes and no further back than the
   * paragraph before: a person for "he"/"she" (not a woman's first name for "he"), an organisation
   * for "it"/"they". An earlier speaker or a name that is its sentence's subject wins over a
   * nearer name that is only mentioned ("Rathbun requested donations … to help Montalvo …. He
   * described …").
   */
  private antecedentOf(pronoun: Mention): { name: string; entity: string | null } | null {
    const { tokens } = this.document;
    const word = tokens.normal(pronoun.first);
    const personal = word === 'he' || word === 'she';
    const paragraph = this.document.paragraphs.indexAt(pronoun.start);
    let nearest: { name: string; entity: string | null } | null = null;
    for (let t = pronoun.first - 1; t >= 0 && pronoun.first - t < ANTECEDENT_REACH; t--) {
      if (this.document.quoteOf(t) >= 0) continue;
      if (this.document.paragraphs.indexAt(tokens.start(t)) < paragraph - 1) break;
      const earlier = this.named.get(t);
      const compatible = earlier && (earlier.pronoun === undefined ? earlier.person === null || earlier.person === personal : earlier.pronoun === word);
      if (earlier && compatible && !this.otherSex(word, t)) return { name: earlier.name, entity: earlier.entity };
      const fits = personal ? this.speakers.isPerson(t) || this.reportsSpeech(t) : this.speakers.isOrganization(t);
      if (!fits || this.otherSex(word, t)) continue;
      const mention = this.speakers.span(t, t, 'name');
      const resolved = this.entityFor(mention) ?? { name: this.fullName(mention) ?? this.nameAround(t), entity: null };
      if (this.isSubject(t) && !this.reported(t)) return resolved;
      nearest ??= resolved;
    }
    return nearest;
  }

  /**
   * "the company", "the ministry": a definite description standing for an organisation the
   * article has just named ("Apple said it would appeal. … the company said …"). Only an
   * organisation entity within the paragraph before counts, never a person or an earlier phrase.
   */
  private describedOrganisation(mention: Mention): { name: string; entity: string | null } | null {
    const { tokens } = this.document;
    if (mention.kind !== 'phrase' || mention.last !== mention.first + 1) return null;
    if (tokens.normal(mention.first) !== 'the' || !ORGANISATIONS.has(tokens.normal(mention.last))) return null;
    const paragraph = this.document.paragraphs.indexAt(mention.start);
    for (let t = mention.first - 1; t >= 0 && mention.first - t < ANTECEDENT_REACH; t--) {
      if (this.document.quoteOf(t) >= 0 || !this.speakers.isOrganization(t)) continue;
      if (this.document.paragraphs.indexAt(tokens.start(t)) < paragraph - 1) break;
      const hit = this.speakers.entityMentionAt(t);
      if (hit?.entity.type === 'organization') return { name: hit.entity.name, entity: hit.entity.id };
    }
    return null;
  }

  /** A capitalised name that a reporting verb follows ("Professor Eastman said he …"), taken for a person. */
  private reportsSpeech(t: number): boolean {
    const { tokens } = this.document;
    if (!this.speakers.isNameWord(t) || this.speakers.isOrganization(t) || tokens.has(t, 'Place')) return false;
    let next = t + 1;
    while (next < tokens.length && isVerbModifier(tokens, next)) next++;
    const cue = next < tokens.length ? cueAt(tokens, next) : null;
    return cue !== null && cue.role === 'subject';
  }

  /**
   * Whether the person named at `t` has a first name of the other sex than "he" or "she" stands
   * for, where the name is written or in the entity's fuller mentions ("Clinton" after "Hillary
   * Clinton" is not "he").
   */
  private otherSex(pronoun: string, t: number): boolean {
    if (pronoun !== 'he' && pronoun !== 'she') return false;
    const { tokens } = this.document;
    const [own, other] = pronoun === 'he' ? (['MaleName', 'FemaleName'] as const) : (['FemaleName', 'MaleName'] as const);
    let first = t;
    while (first > 0 && t - first < NAME_REACH && this.speakers.isNameWord(first - 1) && /^\s+$/.test(tokens.post(first - 1))) first--;
    const firsts = [first, t];
    const hit = this.speakers.entityMentionAt(t);
    if (hit) for (const mention of hit.entity.mentions.slice(0, SEX_MENTIONS)) firsts.push(tokens.indexFrom(mention.start));
    for (const f of firsts) {
      if (f >= tokens.length) continue;
      if (tokens.has(f, other) && !tokens.has(f, own)) return true;
      if (tokens.has(f, own) && !tokens.has(f, other)) return false;
    }
    return false;
  }

  /**
   * Whether the name at `t` opens a clause reported by a verb just before it ("Lee said Clinton
   * doesn't …"): the subject of what was said, not of the sentence.
   */
  private reported(t: number): boolean {
    const { tokens } = this.document;
    let first = t;
    while (first > 0 && t - first < NAME_REACH && this.speakers.isNameWord(first - 1) && /^\.?\s+$/.test(tokens.post(first - 1))) first--;
    let before = first - 1;
    if (before >= 0 && tokens.normal(before) === 'that') before--;
    return before >= 0 && !/[,;:]/.test(tokens.post(before)) && cueAt(tokens, before)?.role === 'subject';
  }

  /** Whether the name ending at token `t` is a clause's subject: a verb follows it, or it opens the clause. */
  private isSubject(t: number): boolean {
    const { tokens } = this.document;
    if (/,/.test(tokens.post(t))) {
      let first = t;
      while (first > 0 && t - first < NAME_REACH && !tokens.startsSentence(first) && this.speakers.isNameWord(first - 1) && !/,/.test(tokens.post(first - 1))) first--;
      return tokens.startsSentence(first) || (first > 0 && /,/.test(tokens.post(first - 1)));
    }
    let next = t + 1;
    while (next < tokens.length && isVerbModifier(tokens, next)) next++;
    return next < tokens.length && tokens.has(next, 'Verb') && !tokens.has(next, 'Gerund');
  }

  private fullName(mention: Mention): string | undefined {
    return mention.kind === 'name' ? this.fullNames.get(this.speakers.surnameOf(mention)) : undefined;
  }

  /** The whole name a person or organisation token belongs to, as the text writes it. */
  private nameAround(t: number): string {
    const { tokens } = this.document;
    let first = t;
    let last = t;
    const kind = (a: number) => (this.speakers.isPerson(t) ? this.speakers.isPerson(a) : this.speakers.isOrganization(a));
    const same = (a: number) => kind(a) && /^[\p{Lu}\p{N}]/u.test(tokens.text(a));
    while (first > 0 && t - first < NAME_REACH && same(first - 1) && !/\S/.test(tokens.post(first - 1))) first--;
    while (last + 1 < tokens.length && last - t < NAME_REACH && same(last + 1) && !/\S/.test(tokens.post(last))) last++;
    const mention = this.speakers.span(first, last, 'name');
    return this.document.text.slice(mention.start, mention.end);
  }
}
