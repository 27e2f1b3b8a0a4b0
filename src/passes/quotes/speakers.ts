import * as names from '../../lexicon/names.js';
import { COORDINATORS, NOT_NAMES as NOT_NAME_WORDS, PREPOSITIONS as PREPOSITION_WORDS, SPEAKER_PRONOUNS, TITLE_PLACES as TITLE_PLACE_WORDS } from '../../lexicon/speech.js';
import type { Document } from '../../nlp/document.js';
import { TagSet } from '../../nlp/tags.js';
import type { Tokens } from '../../nlp/tokens.js';
import type { Entity, Located } from '../../types.js';
import { surnameKey } from '../entities/surname.js';
import { cueAt, isVerbModifier } from './cues.js';
import { bare, isAuthoredBy, isCapitalisedWord, isModifier, isNounish, isNounModifierVerb, skipParticiple } from './word-classes.js';

const NAME_PARTICLES = new Set(names.NAME_PARTICLES);
const TITLE_MODIFIERS = new Set(names.TITLE_MODIFIERS);
const TITLE_WORDS = new Set(names.TITLE_WORDS);

/** A stretch of tokens that names or points at whoever is quoted. */
export interface Mention {
  start: number;
  end: number;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'phrase';
}

export const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const CONJUNCTIONS = new Set(COORDINATORS);
const PREPOSITIONS = new Set(PREPOSITION_WORDS);
/** Lower-case words that join the parts of one name ("Department of Agriculture", "Ibn al-Saud"). */
const NAME_JOINERS = new Set(['of', ...NAME_PARTICLES]);
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const TITLE_PLACES = new Set(TITLE_PLACE_WORDS);
/** Words that open a phrase of their own before a sentence's subject: "In a statement, …". */
const NOT_OPENERS = TagSet.of('Preposition', 'Determiner', 'Verb');
/** Tags of words that open a sentence without being part of a name. */
const SENTENCE_OPENERS = TagSet.of('Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adjective');

interface EntityMention {
  entity: Entity;
  mention: Located;
}

/**
 * Who can be named around a quote: the entities pass's mentions where they exist, and compromise's
 * person and organisation tags besides, so speakers are found even while entities are weak.
 */
export class Speakers {
  private readonly tokens: Tokens;
  /** Entity mention covering each token. */
  private readonly entityAt: Array<EntityMention | undefined>;
  /** 1 for tokens compromise or the entities pass take for part of a person's name, 2 for an organisation's. */
  private readonly kindAt: Uint8Array;

  constructor(
    private readonly document: Document,
    entities: readonly Entity[],
  ) {
    this.tokens = document.tokens;
    const { tokens } = this;
    this.entityAt = new Array(tokens.length);
    this.kindAt = new Uint8Array(tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      if (tokens.has(t, 'Organization')) this.kindAt[t] = 2;
      if (tokens.has(t, 'Person')) this.kindAt[t] = 1;
    }
    for (const entity of entities) {
      if (entity.type === 'place') continue;
      for (const mention of entity.mentions) {
        for (let t = tokens.indexFrom(mention.start); t < this.tokens.length && this.tokens.start(t) < mention.end; t++) {
          this.entityAt[t] = { entity, mention };
          this.kindAt[t] = entity.type === 'person' ? 1 : 2;
        }
      }
    }
  }

  /** The key a person named by `mention` is matched by (see `surnameKey`). */
  surnameOf(mention: Mention): string {
    const words: string[] = [];
    for (let t = mention.first; t <= mention.last; t++) words.push(bare(this.tokens, t));
    return surnameKey(words);
  }

  entityMentionAt(t: number): EntityMention | undefined {
    return this.entityAt[t];
  }

  isPerson(t: number): boolean {
    return this.kindAt[t] === 1 && !this.tokens.has(t, 'Honorific') && !TITLE_WORDS.has(bare(this.tokens, t)) && !TITLE_MODIFIERS.has(bare(this.tokens, t));
  }

  isOrganization(t: number): boolean {
    return this.kindAt[t] === 2;
  }

  /** A capitalised word that can be part of a name: not a title, a sentence-opening function word or a verb. */
  isNameWord(t: number): boolean {
    if (t < 0 || t >= this.tokens.length || this.document.quoteOf(t) >= 0) return false;
    if (this.entityAt[t]) return true;
    if (!isCapitalisedWord(this.tokens.text(t))) return false;
    if (this.kindAt[t]) return true;
    if (NOT_NAMES.has(this.tokens.normal(t))) return false;
    return !(this.tokens.startsSentence(t) && this.tokens.hasAny(t, SENTENCE_OPENERS));
  }

  /**
   * The subject of the reporting verb whose first token is `cue`, looking no further left than
   * `floor`: "Trump later shared", "Khaled Al-Maeena, editor at large, said", "The city reasoned",
   * "Cornyn's statement added". Returns "coordinated" for "…, and told the police", whose subject
   * is an earlier verb's.
   */
  subjectOf(cue: number, floor: number): Mention | 'coordinated' | null {
    let j = cue - 1;
    while (j >= floor && this.document.quoteOf(j) < 0 && isVerbModifier(this.tokens, j) && !/[,;:]/.test(this.tokens.post(j))) j--;
    if (j < floor || this.document.quoteOf(j) >= 0) return null;
    const word = this.tokens.normal(j);
    if (PRONOUNS.has(word)) return this.single(j, 'pronoun');
    if (CONJUNCTIONS.has(word)) return 'coordinated';
    const participle = this.tokens.normal(cue).endsWith('ing');
    const post = this.tokens.post(j);
    if (/[,;:)]/.test(post) || /[—–]/.test(post)) {
      // "…, stating" belongs to the sentence's subject; "X, an appositive, said" to the name before the appositive.
      if (participle) return this.clauseSubject(floor, j) ?? this.nearestPerson(j, floor);
      return this.beforeAppositive(j, floor) ?? this.nearestPerson(j, floor) ?? this.clauseSubject(floor, j);
    }
    // "The council issued a statement calling …": whoever issued it.
    const issued = participle ? cueAt(this.tokens, j) : null;
    if (issued && issued.last === j && issued.first < j && issued.role === 'subject') return this.subjectOf(issued.first, floor);
    if (participle && ((!isNounish(this.tokens, j) && !this.isNameWord(j)) || this.tokens.has(j, 'Date'))) {
      // "… whilst promising", "… before adding", "tweeted early Friday saying": the sentence's subject again.
      return this.clauseSubject(floor, j);
    }
    if (this.isNameWord(j)) {
      const run = this.nameEndingAt(j, floor);
      let before = run.first - 1;
      if (before > floor && /^(?:the|a|an)$/.test(this.tokens.normal(before))) before--;
      // "a letter seen by Sky News says": the name modifies the real subject; but in "CEO of the
      // Refugee Council Enver Solomon" the noun is the person's office, and in "footage of Trump
      // saying" the name is the participle's own subject.
      if (!participle && before > floor && PREPOSITIONS.has(this.tokens.normal(before)) && !/[,;:]/.test(this.tokens.post(before - 1))) {
        const head = this.nounPhraseEndingAt(skipParticiple(this.tokens, before - 1, floor), floor);
        if (head?.last === before - 1 && isAuthoredBy(this.tokens, head.last, before)) return run;
        if (head && !this.isTitle(head.last)) return this.nameInside(head) ?? head;
      }
      return run;
    }
    if (isNounish(this.tokens, j)) {
      const phrase = this.nounPhraseEndingAt(j, floor);
      if (!phrase) return null;
      // "A spokesman for the mayor declined", "Footage published by state media showed": the head
      // before the preposition (and its participle) is the subject.
      const before = this.pastCoordinatedPhrases(phrase.first - 1, floor);
      if (before > floor && PREPOSITIONS.has(this.tokens.normal(before)) && !/[,;:]/.test(this.tokens.post(before - 1))) {
        const headEnd = skipParticiple(this.tokens, before - 1, floor);
        const head = isNounish(this.tokens, headEnd) ? this.nounPhraseEndingAt(headEnd, floor) : null;
        if (head) return head;
      }
      return this.nameInside(phrase) ?? phrase;
    }
    return null;
  }

  /**
   * "Farmers in Kent and across the region say": from the preposition at `k`, back to the first of
   * prepositional phrases joined by "and" or "or", whose head noun is the subject.
   */
  private pastCoordinatedPhrases(k: number, floor: number): number {
    let preposition = k;
    while (preposition - 2 > floor && PREPOSITIONS.has(this.tokens.normal(preposition)) && CONJUNCTIONS.has(this.tokens.normal(preposition - 1))) {
      let p = preposition - 2;
      while (p > floor && preposition - p < 6 && !PREPOSITIONS.has(this.tokens.normal(p)) && !/[,;:]/.test(this.tokens.post(p))) p--;
      if (!PREPOSITIONS.has(this.tokens.normal(p))) break;
      preposition = p;
    }
    return preposition;
  }

  /**
   * Whoever follows a cue: "said Ambassador Mohib", "according to the Sydney Morning Herald",
   * "quoting North Korea's main news agency Korean Central News Agency", "in the words of the
   * Crown prosecutor, Mark Tedeschi".
   */
  objectAfter(from: number, ceiling: number): Mention | null {
    let t = from;
    while (t < ceiling && this.document.quoteOf(t) < 0 && /^(?:the|a|an|by)$/.test(this.tokens.normal(t))) t++;
    if (t >= ceiling || this.document.quoteOf(t) >= 0) return null;
    if (PRONOUNS.has(this.tokens.normal(t))) return this.single(t, 'pronoun');
    let found: Mention | null = null;
    let last = t;
    if (this.isNameWord(t)) {
      while (last + 1 < ceiling && this.joinsName(last, last + 1)) last++;
      while (last > t && NAME_JOINERS.has(this.tokens.normal(last))) last--;
      // "North Korea's main news agency …": the possessor is not the speaker.
      if (this.tokens.hasApostropheS(last) && last + 1 < ceiling) return this.objectAfter(last + 1, ceiling) ?? this.trimTitles(this.span(t, last, 'name'));
      found = this.trimTitles(this.span(t, last, 'name'));
    } else {
      while (last + 1 < ceiling && (isNounish(this.tokens, last + 1) || isModifier(this.tokens, last + 1)) && !/[,;:.]/.test(this.tokens.post(last))) last++;
      if (!isNounish(this.tokens, last)) return null;
      const phrase = this.span(from, last, 'phrase');
      // "according to a report by the World Bank": the source's author.
      if (last + 2 < ceiling && isAuthoredBy(this.tokens, last, last + 1)) return this.objectAfter(last + 2, ceiling) ?? phrase;
      found = this.nameInside(phrase) ?? phrase;
    }
    // "the Crown prosecutor, Mark Tedeschi, QC": a person's name in apposition is the better mention.
    while (last + 1 < ceiling && !/[,;:.]/.test(this.tokens.post(last)) && isNounish(this.tokens, last + 1) && !this.isNameWord(last + 1)) last++;
    const next = last + 1;
    if (found.kind !== 'name' || !this.isPerson(found.last)) {
      if (next < ceiling && /,/.test(this.tokens.post(last)) && this.isPerson(next)) {
        let end = next;
        while (end + 1 < ceiling && this.joinsName(end, end + 1)) end++;
        return this.trimTitles(this.span(next, end, 'name'));
      }
    }
    return found;
  }

  /** A name written right after a quote's closing mark and a dash: `"…" - Matthew Ingram`. */
  signatureAfter(from: number, ceiling: number): Mention | null {
    if (!this.isNameWord(from)) return null;
    let last = from;
    while (last + 1 < ceiling && this.joinsName(last, last + 1)) last++;
    if (last + 1 < ceiling || last - from > 4) return null;
    return this.trimTitles(this.span(from, last, 'name'));
  }

  /** The name or noun phrase ending at token `j` ("Trump" in "Trump's comments", "the editorial boards"). */
  nearestNameEndingAt(j: number, floor: number): Mention | null {
    if (this.isNameWord(j)) return this.nameEndingAt(j, floor);
    return this.nounPhraseEndingAt(j, floor);
  }

  /** A possessive pronoun as a mention of whoever it stands for ("his comments"). */
  pronounAt(t: number): Mention {
    return this.single(t, 'pronoun');
  }

  /** The nearest person's name between `floor` and `j`, inclusive. */
  nearestPerson(j: number, floor: number): Mention | null {
    for (let t = j; t >= floor; t--) {
      if (this.document.quoteOf(t) >= 0) continue;
      if (this.isPerson(t)) return this.nameEndingAt(t, floor);
    }
    return null;
  }

  /**
   * A sentence's own subject: the person named before its first verb, or else its first noun
   * phrase, after any opening phrase set off by a comma.
   */
  clauseSubject(floor: number, limit: number): Mention | null {
    // The main verb: the first finite one that is not in an opening phrase or a relative clause
    // ("While introducing the phone, at the conference, Jobs started …", "X, who met Y, spoke …").
    for (let v = floor; v <= limit; v++) {
      if (this.document.quoteOf(v) >= 0 || !this.tokens.has(v, 'Verb') || this.tokens.has(v, 'Gerund') || isVerbModifier(this.tokens, v)) continue;
      if (v === floor || v === 0 || /^(?:who|which|that|while|when|after|before|since|if|as)$/.test(this.tokens.normal(v - 1))) continue;
      if (v > floor && this.startsOpeningPhrase(floor, v)) continue;
      const subject = this.subjectOf(v, floor);
      if (subject && subject !== 'coordinated') return subject;
      break;
    }
    return this.nearestPerson(limit, floor) ?? this.firstNounPhrase(floor, limit);
  }

  /** The noun phrase a sentence opens with, after any opening phrase set off by a comma ("Doe, a fellow at …"). */
  private firstNounPhrase(floor: number, limit: number): Mention | null {
    let t = floor;
    if (this.startsOpeningPhrase(floor, limit)) return null;
    if (this.opensWithPhrase(floor)) {
      while (t < limit && !/,/.test(this.tokens.post(t))) t++;
      t++;
    }
    if (t > limit || this.document.quoteOf(t) >= 0) return null;
    if (PRONOUNS.has(this.tokens.normal(t))) return this.single(t, 'pronoun');
    let last = t;
    if (this.isNameWord(t)) {
      while (last < limit && last - t < 8 && this.joinsName(last, last + 1)) last++;
      return this.trimTitles(this.span(t, last, 'name'));
    }
    while (last < limit && isModifier(this.tokens, last + 1) && !/[,;:]/.test(this.tokens.post(last))) last++;
    return isNounish(this.tokens, last) ? this.span(t, last, 'phrase') : null;
  }

  /** Whether token `v` lies in a phrase that opens the sentence and ends at a comma ("While introducing iPhone 4,"). */
  private startsOpeningPhrase(floor: number, v: number): boolean {
    if (!this.opensWithPhrase(floor)) return false;
    for (let k = floor; k < v; k++) if (/,/.test(this.tokens.post(k))) return false;
    return true;
  }

  /** A sentence that opens with a preposition, conjunction or adverb may open with a phrase before its subject. */
  private opensWithPhrase(floor: number): boolean {
    return PREPOSITIONS.has(this.tokens.normal(floor)) || this.tokens.has(floor, 'Conjunction') || this.tokens.has(floor, 'Adverb');
  }


  /** The name run ending at token `j`, titles left out ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"). */
  private nameEndingAt(j: number, floor: number): Mention {
    const entity = this.entityAt[j];
    if (entity) {
      const first = this.tokens.indexFrom(entity.mention.start);
      return { start: entity.mention.start, end: entity.mention.end, first: Math.max(first, floor), last: j, kind: 'name' };
    }
    let first = j;
    while (first - 1 >= floor && this.joinsName(first - 1, first)) first--;
    while (first < j && NAME_JOINERS.has(this.tokens.normal(first))) first++;
    return this.trimTitles(this.span(first, j, 'name'));
  }

  /** Whether tokens `a` and `a + 1` belong to one name. */
  private joinsName(a: number, b: number): boolean {
    if (a < 0 || b >= this.tokens.length || this.document.quoteOf(b) >= 0) return false;
    // Spaces, an abbreviation's point or "&" between the two words.
    const post = this.tokens.post(a);
    if ((/[^\s.&]/.test(post) && post !== '-') || this.tokens.hasApostropheS(a)) return false;
    if (this.entityAt[a] && this.entityAt[a] === this.entityAt[b]) return true;
    // "The Globe and Mail", "Procter & Gamble", but not "Trump and Putin".
    const joiner = (t: number) => NAME_JOINERS.has(this.tokens.normal(t)) || (this.tokens.normal(t) === 'and' && !this.isPerson(t - 1) && !this.isPerson(t + 1));
    if (post.includes('&')) return this.isNameWord(a) && this.isNameWord(b) && !this.isPerson(a);
    if (joiner(a)) return this.isNameWord(a - 1) && this.isNameWord(b);
    if (joiner(b)) return this.isNameWord(a) && this.isNameWord(b + 1);
    return this.isNameWord(a) && this.isNameWord(b);
  }

  /**
   * Leaves out what precedes a person's name in a run: titles, demonyms, and organisations or
   * places the person belongs to ("Russian Foreign Minister Sergey Lavrov", "Refugee Council
   * Enver Solomon" → "Enver Solomon").
   */
  trimTitles(mention: Mention): Mention {
    let first = mention.first;
    const personal = this.isPerson(mention.last);
    let titled = personal;
    for (let t = mention.first; t < mention.last && !titled; t++) titled = TITLE_WORDS.has(bare(this.tokens, t)) || this.tokens.has(t, 'Honorific');
    // "State Department" and "National Rifle Association" are names, not titles and a name.
    while (titled && first < mention.last && !this.entityAt[first]) {
      const affiliation = personal && !this.isPerson(first) && (this.isOrganization(first) || this.tokens.has(first, 'Place'));
      const word = this.tokens.normal(first);
      if (!this.isTitle(first) && !affiliation && !NAME_JOINERS.has(word) && word !== 'and') break;
      first++;
    }
    // "said the Prime Minister": a run of titles alone is the mention.
    if (first === mention.last && this.isTitle(first)) first = mention.first;
    return this.span(first, mention.last, 'name');
  }

  /**
   * "Jeff Rathke, the State Department Spokesperson, said": the person's name just before the
   * comma that opens the appositive, tried from the nearest comma back.
   */
  private beforeAppositive(j: number, floor: number): Mention | null {
    for (let t = j - 1; t >= floor && j - t < 30; t--) {
      if (this.document.quoteOf(t) >= 0) return null;
      if (!/,/.test(this.tokens.post(t))) continue;
      if (PRONOUNS.has(this.tokens.normal(t))) return this.single(t, 'pronoun');
      if (this.isPerson(t)) return this.nameEndingAt(t, floor);
    }
    return this.openingNameBefore(j, floor);
  }

  /**
   * "Even Norway, the bloc's closest partner, said": no person before the appositive, so the name or noun
   * phrase the sentence opens with, when the first comma closes it.
   */
  private openingNameBefore(j: number, floor: number): Mention | null {
    let start = floor;
    const opener = (t: number) => !this.isNameWord(t) && !isNounish(this.tokens, t) && !this.tokens.hasAny(t, NOT_OPENERS);
    while (start < j && start - floor < 2 && opener(start) && !/,/.test(this.tokens.post(start))) start++;
    let comma = start;
    while (comma < j && !/,/.test(this.tokens.post(comma))) comma++;
    if (comma >= j || !this.isNameWord(comma) || this.tokens.has(comma, 'Date') || this.nearestPerson(j, comma + 1)) return null;
    const mention = this.nameEndingAt(comma, start);
    return mention.first === start ? mention : null;
  }

  /** A word of an office or a form of address ("Foreign Minister", "Ms", "Russian"), not of a name. */
  isTitle(t: number): boolean {
    const { tokens } = this;
    const word = bare(tokens, t);
    if (TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word) || TITLE_PLACES.has(word)) return true;
    if (tokens.has(t, 'Honorific') || tokens.has(t, 'Demonym')) return true;
    return tokens.has(t, 'Actor') && !tokens.has(t, 'FirstName') && !tokens.has(t, 'LastName') && !this.entityAt[t];
  }


  /** A noun phrase ending at `j`: "The city", "The report's authors", "PC World's recent analysis of its own web traffic statistics". */
  private nounPhraseEndingAt(j: number, floor: number): Mention | null {
    const { tokens } = this;
    if (j < floor || !isNounish(tokens, j)) return null;
    let first = j;
    for (;;) {
      const k = first - 1;
      if (k < floor || this.document.quoteOf(k) >= 0 || /[,;:()]/.test(this.tokens.post(k))) break;
      const word = tokens.normal(k);
      if (word === 'of' && k - 1 >= floor && isNounish(tokens, k - 1) && !/[,;:()]/.test(tokens.post(k - 1))) {
        first = k - 1;
        continue;
      }
      if (tokens.has(k, 'Determiner') && !tokens.has(k, 'Possessive')) {
        if (word !== 'that' && word !== 'which') first = k;
        break;
      }
      if (!isModifier(tokens, k) && !this.isNameWord(k) && !isNounModifierVerb(tokens, k, false)) break;
      first = k;
    }
    return this.span(first, j, 'phrase');
  }

  /** The name a noun phrase holds, as "Cornyn" in "Cornyn's statement". */
  private nameInside(phrase: Mention): Mention | null {
    for (let t = phrase.first; t <= phrase.last; t++) {
      // "Russian state media": a nationality describes the phrase's head rather than naming it.
      if (this.isNameWord(t) && !this.tokens.has(t, 'Determiner') && !(this.tokens.has(t, 'Demonym') && t < phrase.last && !this.entityAt[t])) {
        let last = t;
        while (last < phrase.last && this.joinsName(last, last + 1)) last++;
        const named = this.trimTitles(this.span(t, last, 'name'));
        if (t === phrase.first && last === phrase.last) return named;
        // "The Home Office letter" names its owner; "The report's authors" names nobody; "Lee's
        // former strategist" is a person of Lee's, not Lee.
        if (this.tokens.hasApostropheS(last) && this.tokens.has(phrase.last, 'Actor')) return null;
        if (this.isPerson(last) || this.isOrganization(last) || this.tokens.hasApostropheS(last) || last < phrase.last) return named;
      }
    }
    return null;
  }

  private single(t: number, kind: Mention['kind']): Mention {
    return this.span(t, t, kind);
  }

  /** Tokens `first..last` as a mention; a token never holds its "'s", so "Trump's" gives "Trump". */
  span(first: number, last: number, kind: Mention['kind']): Mention {
    const start = this.tokens.start(first);
    let end = this.tokens.end(last);
    if (/['’]$/.test(this.tokens.text(last))) end -= 1;
    return { start, end, first, last, kind };
  }
}
