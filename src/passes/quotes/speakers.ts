import type { Token } from '../../nlp/legacy.js';
import type { Entity, Located } from '../../types.js';
import { NAME_PARTICLES, TITLE_MODIFIERS, TITLE_WORDS } from '../../lexicon/entity-words.js';
import { isVerbModifier } from './cues.js';
import type { Layout } from './layout.js';

/** A stretch of tokens that names or points at whoever is quoted. */
export interface Mention {
  start: number;
  end: number;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'phrase';
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor']);

/** Prepositions after which a name modifies a noun before it ("a letter seen by Sky News"). */
const PREPOSITIONS = new Set([
  'of', 'by', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'about', 'under', 'into', 'over', 'between', 'among',
  'near', 'after', 'before', 'during', 'against', 'within', 'without', 'than', 'like', 'via',
]);

/** Lower-case words that join the parts of one name ("Department of Agriculture", "Ibn al-Saud"). */
const NAME_JOINERS = new Set(['of', ...NAME_PARTICLES]);

/** Capitalised words that begin sentences without naming anyone. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in',
  'on', 'at', 'after', 'before', 'when', 'while', 'as', 'but', 'and', 'or', 'if', 'however', 'meanwhile', 'also',
  'some', 'many', 'most', 'other', 'another', 'such', 'both', 'all', 'each', 'every', 'one', 'there', 'here',
  'then', 'so', 'yet', 'still', 'according', 'speaking', 'asked', 'writing', 'during', 'since', 'although',
  'though', 'because', 'for', 'with', 'by', 'from', 'to', 'of', 'i', 'we', 'you', 'he', 'she', 'it', 'they',
]);

/** Nationality and place words that open a title ("US President", "UK Home Secretary"). */
const TITLE_PLACES = new Set(['us', 'u.s', 'uk', 'un', 'eu']);

interface EntityMention {
  entity: Entity;
  mention: Located;
}

/**
 * Who can be named around a quote: the entities pass's mentions where they exist, and compromise's
 * person and organisation ranges besides, so speakers are found even while entities are weak.
 */
/**
 * Layout token ranges of people's names: runs of tokens compromise tagged Person, and every
 * person mention the entities pass found.
 */
function personRanges(layout: Layout, entities: readonly Entity[]): Array<{ first: number; last: number }> {
  const ranges: Array<{ first: number; last: number }> = [];
  const { tokens } = layout;
  for (let t = 0; t < tokens.length; t++) {
    if (!tokens[t]!.tags.has('Person')) continue;
    const first = t;
    while (t + 1 < tokens.length && tokens[t + 1]!.tags.has('Person') && tokens[t + 1]!.sentence === tokens[first]!.sentence) t++;
    ranges.push({ first, last: t + 1 });
  }
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const first = layout.tokenFrom(mention.start);
      let last = first;
      while (last < layout.tokens.length && layout.tokens[last]!.start < mention.end) last++;
      if (last > first) ranges.push({ first, last });
    }
  }
  return ranges;
}

export class Speakers {
  private readonly tokens: readonly Token[];
  /** Entity mention covering each token. */
  private readonly entityAt: Array<EntityMention | undefined>;
  /** 1 for tokens compromise or the entities pass take for part of a person's name, 2 for an organisation's. */
  private readonly kindAt: Uint8Array;

  constructor(
    private readonly layout: Layout,
    entities: readonly Entity[],
  ) {
    this.tokens = layout.tokens;
    this.entityAt = new Array(this.tokens.length);
    this.kindAt = new Uint8Array(this.tokens.length);
    this.tokens.forEach((token, t) => {
      if (token.tags.has('Organization')) this.kindAt[t] = 2;
      if (token.tags.has('Person')) this.kindAt[t] = 1;
    });
    for (const entity of entities) {
      if (entity.type === 'place') continue;
      for (const mention of entity.mentions) {
        for (let t = layout.tokenFrom(mention.start); t < this.tokens.length && this.tokens[t]!.start < mention.end; t++) {
          this.entityAt[t] = { entity, mention };
          this.kindAt[t] = entity.type === 'person' ? 1 : 2;
        }
      }
    }
  }

  /**
   * The fullest way the text writes each person's name, by surname ("trump" → "Donald Trump"), so
   * a later "Trump" or a "he" standing for him gets the full name without the entities pass.
   */
  fullNames(entities: readonly Entity[]): Map<string, string> {
    const names = new Map<string, string>();
    for (const range of personRanges(this.layout, entities)) {
      const last = range.last - 1;
      if (this.layout.quoteOf[last]! >= 0 || !this.isNameWord(last)) continue;
      const mention = this.trimTitles(this.span(range.first, last, 'name'));
      if (mention.last === mention.first) continue;
      const text = this.layout.text.slice(mention.start, mention.end);
      const key = surname(this.tokens[last]!);
      if (text.length > (names.get(key)?.length ?? 0)) names.set(key, text);
    }
    return names;
  }

  entityMentionAt(t: number): EntityMention | undefined {
    return this.entityAt[t];
  }

  isPerson(t: number): boolean {
    const token = this.tokens[t]!;
    return this.kindAt[t] === 1 && !token.tags.has('Honorific') && !TITLE_WORDS.has(bare(token)) && !TITLE_MODIFIERS.has(bare(token));
  }

  isOrganization(t: number): boolean {
    return this.kindAt[t] === 2;
  }

  /** A capitalised word that can be part of a name: not a title, a sentence-opening function word or a verb. */
  isNameWord(t: number): boolean {
    const token = this.tokens[t];
    if (!token || this.layout.quoteOf[t]! >= 0) return false;
    if (this.entityAt[t]) return true;
    if (!/^[\p{Lu}\p{N}]/u.test(token.text) || !/\p{L}/u.test(token.text)) return false;
    if (this.kindAt[t]) return true;
    if (NOT_NAMES.has(token.normal)) return false;
    const tags = token.tags;
    if (this.layout.startsSentence[t] && (tags.has('Verb') || tags.has('Adverb') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Determiner') || tags.has('Pronoun'))) {
      return false;
    }
    return true;
  }

  /**
   * The subject of the reporting verb whose first token is `cue`, looking no further left than
   * `floor`: "Trump later shared", "Khaled Al-Maeena, editor at large, said", "The city reasoned",
   * "Cornyn's statement added". Returns "coordinated" for "…, and told the police", whose subject
   * is an earlier verb's.
   */
  subjectOf(cue: number, floor: number): Mention | 'coordinated' | null {
    let j = cue - 1;
    while (j >= floor && this.layout.quoteOf[j]! < 0 && isVerbModifier(this.tokens[j]!) && !/[,;:]/.test(this.tokens[j]!.post)) j--;
    if (j < floor || this.layout.quoteOf[j]! >= 0) return null;
    const token = this.tokens[j]!;
    if (PRONOUNS.has(token.normal)) return this.single(j, 'pronoun');
    if (CONJUNCTIONS.has(token.normal)) return 'coordinated';
    const participle = this.tokens[cue]!.normal.endsWith('ing');
    if (/[,;:)]/.test(token.post) || /[—–]/.test(token.post)) {
      // "…, stating" belongs to the sentence's subject; "X, an appositive, said" to the name before the appositive.
      if (participle) return this.clauseSubject(floor, j) ?? this.nearestPerson(j, floor);
      return this.beforeAppositive(j, floor) ?? this.nearestPerson(j, floor) ?? this.clauseSubject(floor, j);
    }
    if (participle && !isNounish(token) && !this.isNameWord(j)) {
      // "… whilst promising", "… before adding": the sentence's subject again.
      return this.clauseSubject(floor, j);
    }
    if (this.isNameWord(j)) {
      const run = this.nameEndingAt(j, floor);
      let before = run.first - 1;
      if (before > floor && /^(?:the|a|an)$/.test(this.tokens[before]!.normal)) before--;
      if (before > floor && PREPOSITIONS.has(this.tokens[before]!.normal) && !/[,;:]/.test(this.tokens[before - 1]!.post)) {
        // "a letter seen by Sky News says": the name modifies the real subject; but in "CEO of
        // the Refugee Council Enver Solomon" the noun is the person's office.
        const head = this.nounPhraseEndingAt(skipParticiple(this.tokens, before - 1, floor), floor);
        if (head && !this.isTitle(head.last)) return this.nameInside(head) ?? head;
      }
      return run;
    }
    if (isNounish(token)) {
      const phrase = this.nounPhraseEndingAt(j, floor);
      if (phrase) return this.nameInside(phrase) ?? phrase;
    }
    return null;
  }

  /**
   * Whoever follows a cue: "said Ambassador Mohib", "according to the Sydney Morning Herald",
   * "quoting North Korea's main news agency Korean Central News Agency", "in the words of the
   * Crown prosecutor, Mark Tedeschi".
   */
  objectAfter(from: number, ceiling: number): Mention | null {
    let t = from;
    while (t < ceiling && this.layout.quoteOf[t]! < 0 && /^(?:the|a|an|by)$/.test(this.tokens[t]!.normal)) t++;
    if (t >= ceiling || this.layout.quoteOf[t]! >= 0) return null;
    if (PRONOUNS.has(this.tokens[t]!.normal)) return this.single(t, 'pronoun');
    let found: Mention | null = null;
    let last = t;
    if (this.isNameWord(t)) {
      while (last + 1 < ceiling && this.joinsName(last, last + 1)) last++;
      while (last > t && NAME_JOINERS.has(this.tokens[last]!.normal)) last--;
      // "North Korea's main news agency …": the possessor is not the speaker.
      if (/['’]s$/.test(this.tokens[last]!.text) && last + 1 < ceiling) return this.objectAfter(last + 1, ceiling) ?? this.trimTitles(this.span(t, last, 'name'));
      found = this.trimTitles(this.span(t, last, 'name'));
    } else {
      while (last + 1 < ceiling && (isNounish(this.tokens[last + 1]!) || isModifier(this.tokens[last + 1]!)) && !/[,;:.]/.test(this.tokens[last]!.post)) last++;
      if (!isNounish(this.tokens[last]!)) return null;
      const phrase = this.span(from, last, 'phrase');
      found = this.nameInside(phrase) ?? phrase;
    }
    // "the Crown prosecutor, Mark Tedeschi, QC": a person's name in apposition is the better mention.
    while (last + 1 < ceiling && !/[,;:.]/.test(this.tokens[last]!.post) && isNounish(this.tokens[last + 1]!) && !this.isNameWord(last + 1)) last++;
    const next = last + 1;
    if (found.kind !== 'name' || !this.isPerson(found.last)) {
      if (next < ceiling && /,/.test(this.tokens[last]!.post) && this.isPerson(next)) {
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

  /** The nearest person's name between `floor` and `j`, inclusive. */
  nearestPerson(j: number, floor: number): Mention | null {
    for (let t = j; t >= floor; t--) {
      if (this.layout.quoteOf[t]! >= 0) continue;
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
      const token = this.tokens[v]!;
      if (this.layout.quoteOf[v]! >= 0 || !token.tags.has('Verb') || token.tags.has('Gerund') || isVerbModifier(token)) continue;
      const before = this.tokens[v - 1];
      if (v === floor || !before || /^(?:who|which|that|while|when|after|before|since|if|as)$/.test(before.normal)) continue;
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
    const opener = this.tokens[floor]!;
    if (PREPOSITIONS.has(opener.normal) || opener.tags.has('Conjunction') || opener.tags.has('Adverb')) {
      while (t < limit && !/,/.test(this.tokens[t]!.post)) t++;
      t++;
    }
    if (t > limit || this.layout.quoteOf[t]! >= 0) return null;
    if (PRONOUNS.has(this.tokens[t]!.normal)) return this.single(t, 'pronoun');
    let last = t;
    if (this.isNameWord(t)) {
      while (last < limit && last - t < 8 && this.joinsName(last, last + 1)) last++;
      return this.trimTitles(this.span(t, last, 'name'));
    }
    while (last < limit && isModifier(this.tokens[last + 1]!) && !/[,;:]/.test(this.tokens[last]!.post)) last++;
    return isNounish(this.tokens[last]!) ? this.span(t, last, 'phrase') : null;
  }

  /** Whether token `v` lies in a phrase that opens the sentence and ends at a comma ("While introducing iPhone 4,"). */
  private startsOpeningPhrase(floor: number, v: number): boolean {
    const opener = this.tokens[floor]!;
    if (!PREPOSITIONS.has(opener.normal) && !opener.tags.has('Conjunction') && !opener.tags.has('Adverb')) return false;
    for (let k = floor; k < v; k++) if (/,/.test(this.tokens[k]!.post)) return false;
    return true;
  }


  /** The name run ending at token `j`, titles left out ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"). */
  private nameEndingAt(j: number, floor: number): Mention {
    const entity = this.entityAt[j];
    if (entity) {
      const first = this.layout.tokenFrom(entity.mention.start);
      return { start: entity.mention.start, end: entity.mention.end, first: Math.max(first, floor), last: j, kind: 'name' };
    }
    let first = j;
    while (first - 1 >= floor && this.joinsName(first - 1, first)) first--;
    while (first < j && NAME_JOINERS.has(this.tokens[first]!.normal)) first++;
    return this.trimTitles(this.span(first, j, 'name'));
  }

  /** Whether tokens `a` and `a + 1` belong to one name. */
  private joinsName(a: number, b: number): boolean {
    const left = this.tokens[a];
    const right = this.tokens[b];
    if (!left || !right || this.layout.quoteOf[b]! >= 0) return false;
    // Spaces, an abbreviation's point, "&", or a hyphen inside the name ("Al-Maeena").
    if ((/[^\s.&]/.test(left.post) && left.post !== '-') || /['’]s$/.test(left.text)) return false;
    if (this.entityAt[a] && this.entityAt[a] === this.entityAt[b]) return true;
    // "The Globe and Mail", "Procter & Gamble", but not "Trump and Putin".
    const joiner = (t: number) => NAME_JOINERS.has(this.tokens[t]!.normal) || (this.tokens[t]!.normal === 'and' && !this.isPerson(t - 1) && !this.isPerson(t + 1));
    if (left.post.includes('&')) return this.isNameWord(a) && this.isNameWord(b) && !this.isPerson(a);
    if (joiner(a)) return this.isNameWord(a - 1) && this.isNameWord(b);
    if (joiner(b)) return this.isNameWord(a) && this.isNameWord(b + 1);
    return this.isNameWord(a) && this.isNameWord(b);
  }

  /**
   * Leaves out what precedes a person's name in a run: titles, demonyms, and organisations or
   * places the person belongs to ("Russian Foreign Minister Sergey Lavrov", "Refugee Council
   * Enver Solomon" → "Enver Solomon").
   */
  private trimTitles(mention: Mention): Mention {
    let first = mention.first;
    const personal = this.isPerson(mention.last);
    let titled = personal;
    for (let t = mention.first; t < mention.last && !titled; t++) titled = TITLE_WORDS.has(bare(this.tokens[t]!)) || this.tokens[t]!.tags.has('Honorific');
    // "State Department" and "National Rifle Association" are names, not titles and a name.
    while (titled && first < mention.last && !this.entityAt[first]) {
      const token = this.tokens[first]!;
      const affiliation = personal && !this.isPerson(first) && (this.isOrganization(first) || token.tags.has('Place'));
      if (!this.isTitle(first) && !affiliation && !NAME_JOINERS.has(token.normal) && token.normal !== 'and') break;
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
      if (this.layout.quoteOf[t]! >= 0) return null;
      if (!/,/.test(this.tokens[t]!.post)) continue;
      if (PRONOUNS.has(this.tokens[t]!.normal)) return this.single(t, 'pronoun');
      if (this.isPerson(t)) return this.nameEndingAt(t, floor);
    }
    return null;
  }

  /** A word of an office or a form of address ("Foreign Minister", "Ms", "Russian"), not of a name. */
  isTitle(t: number): boolean {
    const token = this.tokens[t]!;
    const word = bare(token);
    if (TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word) || TITLE_PLACES.has(word)) return true;
    if (token.tags.has('Honorific') || token.tags.has('Demonym')) return true;
    return token.tags.has('Actor') && !token.tags.has('FirstName') && !token.tags.has('LastName') && !this.entityAt[t];
  }


  /** A noun phrase ending at `j`: "The city", "The report's authors", "PC World's recent analysis of its own web traffic statistics". */
  private nounPhraseEndingAt(j: number, floor: number): Mention | null {
    if (j < floor || !isNounish(this.tokens[j]!)) return null;
    let first = j;
    for (;;) {
      const k = first - 1;
      if (k < floor || this.layout.quoteOf[k]! >= 0 || /[,;:()]/.test(this.tokens[k]!.post)) break;
      const token = this.tokens[k]!;
      if (token.normal === 'of' && k - 1 >= floor && isNounish(this.tokens[k - 1]!) && !/[,;:()]/.test(this.tokens[k - 1]!.post)) {
        first = k - 1;
        continue;
      }
      if (token.tags.has('Determiner') && !token.tags.has('Possessive')) {
        if (token.normal !== 'that' && token.normal !== 'which') first = k;
        break;
      }
      if (!isModifier(token) && !this.isNameWord(k)) break;
      first = k;
    }
    return this.span(first, j, 'phrase');
  }

  /** The name a noun phrase holds, as "Cornyn" in "Cornyn's statement". */
  private nameInside(phrase: Mention): Mention | null {
    for (let t = phrase.first; t <= phrase.last; t++) {
      if (this.isNameWord(t) && !this.tokens[t]!.tags.has('Determiner')) {
        let last = t;
        while (last < phrase.last && this.joinsName(last, last + 1)) last++;
        const named = this.trimTitles(this.span(t, last, 'name'));
        if (t === phrase.first && last === phrase.last) return named;
        // "The Home Office letter" names its owner; "The report's authors" names nobody.
        if (this.isPerson(last) || this.isOrganization(last) || /['’]s$/.test(this.tokens[last]!.text) || last < phrase.last) return named;
      }
    }
    return null;
  }

  private single(t: number, kind: Mention['kind']): Mention {
    return this.span(t, t, kind);
  }

  /** Tokens `first..last` as a mention, a trailing possessive left out ("Trump's" → "Trump"). */
  span(first: number, last: number, kind: Mention['kind']): Mention {
    const start = this.tokens[first]!.start;
    let end = this.tokens[last]!.end;
    if (/['’]s$/.test(this.tokens[last]!.text) && end - start > 2) end -= 2;
    else if (/['’]$/.test(this.tokens[last]!.text)) end -= 1;
    return { start, end, first, last, kind };
  }
}

/** A name's last word as a lookup key, possessive dropped. */
export function surname(token: Token): string {
  return token.normal.replace(/['’]s$/, '');
}

function bare(token: Token): string {
  return token.normal.replace(/\.$/, '');
}

function isNounish(token: Token): boolean {
  const tags = token.tags;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction')) return false;
  if (tags.has('Verb') && !tags.has('Noun')) return false;
  return tags.has('Noun') || tags.has('ProperNoun') || tags.has('Acronym') || /^\p{Lu}/u.test(token.text);
}

function isModifier(token: Token): boolean {
  const tags = token.tags;
  return tags.has('Determiner') || tags.has('Adjective') || tags.has('Possessive') || tags.has('Value') || tags.has('Noun');
}

/** Steps back over a participle ("seen" in "a letter seen by Sky News"). */
function skipParticiple(tokens: readonly Token[], j: number, floor: number): number {
  const token = tokens[j];
  if (j > floor && token && token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('Participle'))) return j - 1;
  return j;
}
