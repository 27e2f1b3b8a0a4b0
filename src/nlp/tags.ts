/**
 * compromise's part-of-speech and name tags, as the types newsx reads them. A tag is a name from
 * this list, so a misspelt tag does not compile; a set of tags is three 32-bit words, so a token's
 * tags cost twelve bytes instead of a `Set` of strings. A test checks the list against compromise.
 */
export const TAG_NAMES = [
  'Abbreviation', 'Acronym', 'Activity', 'Actor', 'Address', 'Adjective', 'Adverb', 'AtMention', 'Auxiliary',
  'Cardinal', 'City', 'Company', 'Comparable', 'Comparative', 'Condition', 'Conjunction', 'Copula', 'Country',
  'Currency', 'Date', 'Demonym', 'Determiner', 'Duration', 'Email', 'Emoji', 'Emoticon', 'Expression',
  'FemaleName', 'FinancialQuarter', 'FirstName', 'Fraction', 'FutureTense', 'Gerund', 'HashTag', 'Holiday',
  'Honorific', 'Hyphenated', 'Imperative', 'Infinitive', 'LastName', 'MaleName', 'Modal', 'Money', 'Month',
  'Multiple', 'Negative', 'Noun', 'NumberRange', 'NumericValue', 'Ordinal', 'Organization', 'Participle',
  'Particle', 'Passive', 'PastTense', 'Percent', 'Person', 'PhoneNumber', 'PhrasalVerb',
  'Place', 'Plural', 'Possessive', 'Prefix', 'Preposition', 'PresentTense', 'Pronoun',
  'ProperNoun', 'QuestionWord', 'Reflexive', 'Region', 'RomanNumeral', 'School', 'Season', 'Singular',
  'SlashedTerm', 'SportsTeam', 'Superlative', 'TextValue', 'There', 'Time', 'Timezone', 'Uncountable', 'Unit',
  'Url', 'Value', 'Verb', 'WeekDay', 'Year',
] as const;

export type Tag = (typeof TAG_NAMES)[number];

const BIT = new Map<string, number>(TAG_NAMES.map((name, i) => [name, i]));

/** Words per tag set: 96 bits hold every tag. */
const TAG_WORDS = 3;

/** An immutable set of tags, for lexicon lookups and the masks predicates test against. */
export class TagSet {
  private constructor(
    readonly w0: number,
    readonly w1: number,
    readonly w2: number,
  ) {}

  static readonly EMPTY = new TagSet(0, 0, 0);

  static of(...tags: Tag[]): TagSet {
    return TagSet.fromNames(tags);
  }

  /** Tags compromise gave, by name; names newsx does not list are dropped. */
  static fromNames(names: Iterable<string>): TagSet {
    const words = [0, 0, 0];
    for (const name of names) {
      const bit = BIT.get(name);
      if (bit !== undefined) words[bit >> 5]! |= 1 << (bit & 31);
    }
    return words[0] || words[1] || words[2] ? new TagSet(words[0]!, words[1]!, words[2]!) : TagSet.EMPTY;
  }

  has(tag: Tag): boolean {
    const bit = BIT.get(tag)!;
    const word = bit < 32 ? this.w0 : bit < 64 ? this.w1 : this.w2;
    return ((word >>> (bit & 31)) & 1) === 1;
  }

  /** Whether this set shares a tag with `mask`. */
  hasAny(mask: TagSet): boolean {
    return ((this.w0 & mask.w0) | (this.w1 & mask.w1) | (this.w2 & mask.w2)) !== 0;
  }

  get isEmpty(): boolean {
    return (this.w0 | this.w1 | this.w2) === 0;
  }

  union(other: TagSet): TagSet {
    return new TagSet(this.w0 | other.w0, this.w1 | other.w1, this.w2 | other.w2);
  }

  /** The tag names, in list order: for messages and tests, never for matching. */
  names(): Tag[] {
    return TAG_NAMES.filter((tag) => this.has(tag));
  }

  static load(table: Uint32Array, index: number): TagSet {
    const w0 = table[index * TAG_WORDS]!;
    const w1 = table[index * TAG_WORDS + 1]!;
    const w2 = table[index * TAG_WORDS + 2]!;
    return w0 || w1 || w2 ? new TagSet(w0, w1, w2) : TagSet.EMPTY;
  }
}

/** Whether the tags stored at `index` of a token table include `tag`. */
export function tableHas(table: Uint32Array, index: number, tag: Tag): boolean {
  const bit = BIT.get(tag)!;
  return ((table[index * TAG_WORDS + (bit >> 5)]! >>> (bit & 31)) & 1) === 1;
}

/** Whether the tags stored at `index` share a tag with `mask`. */
export function tableHasAny(table: Uint32Array, index: number, mask: TagSet): boolean {
  const at = index * TAG_WORDS;
  return ((table[at]! & mask.w0) | (table[at + 1]! & mask.w1) | (table[at + 2]! & mask.w2)) !== 0;
}

/** Tags that make a word part of a name: a person's, a place's or an organisation's. */
export const NAME_TAGS = TagSet.of('FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym');
export const FIRST_NAME_TAGS = TagSet.of('FirstName', 'MaleName', 'FemaleName');
export const PERSON_TAGS = TagSet.of('LastName', 'Person');
export const PLACE_TAGS = TagSet.of('Country', 'City', 'Region', 'Place');
export const ORGANIZATION_TAGS = TagSet.of('Organization', 'SportsTeam');
/** Closed-class words: they never start or continue a name. */
export const FUNCTION_TAGS = TagSet.of('Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Negative', 'Auxiliary');
