import { PARTS_OF_DAY } from '../../lexicon/dates.js';
import type { Document, Sentence } from '../../nlp/document.js';
import { TagSet } from '../../nlp/tags.js';
import type { Tokens } from '../../nlp/tokens.js';
import { isVerbModifier, REPORTED_FORMS } from './cues.js';
import { INFINITIVE, STANCE } from './reporting-cues.js';
import { isNounish } from './word-classes.js';

export const NOUN_PHRASE_START = TagSet.of('Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Possessive', 'Value', 'Acronym');
/** A verb that makes a clause: tensed, modal or a form of "be". */
const FINITE = TagSet.of('PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'FutureTense');
const NOT_FINITE = TagSet.of('Gerund');
/** A pronoun with its verb written onto it: "it's", "they're", "she'll", "we'd", "I've". */
const CONTRACTED_VERB = /^\p{L}+['’](?:s|re|ll|d|ve|m)\b/iu;
export const TIME_WORDS = TagSet.of('Date', 'WeekDay', 'Month', 'Duration', 'Time');
/** Words a verb of saying read as a noun does not follow: "the reports", "his remarks", "new findings". */
const NOT_BEFORE_VERB = TagSet.of('Determiner', 'Possessive');
/** Words after which a date or a duration modifies the noun phrase rather than the verb. */
const NOT_BEFORE_TIME = TagSet.of('Preposition', 'Determiner', 'Possessive', 'Adjective', 'Value');
export const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);
/** Words that join a sentence to the one before; a report starts after them. */
export const LINKING = new Set(['and', 'but', 'or', 'so', 'yet']);
/** Pronouns that can only be objects: a clause does not start with them. */
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);
/** Objects that name no content: "praised nothing", "denied everything". */
const NOTHING = new Set(['nothing', 'anything', 'everything', 'none', 'nobody', 'everyone', 'anyone', 'it', 'this', 'that']);
export const DEMONSTRATIVES = new Set(['that', 'these', 'this', 'those']);
export const BOUNDARY = /[,;:—–]/;
/** "said Friday afternoon", "said this morning": a part of the day closes a time adjunct. */
const DAY_PARTS = new Set(PARTS_OF_DAY.keys());

/**
 * The words of one sentence as reported speech reads them: which is a finite verb, which opens a
 * noun phrase or a time adjunct, where a report's text starts and ends. `ClauseReader` builds the
 * clauses on it.
 */
export abstract class WordReader {
  protected readonly tokens: Tokens;
  protected readonly first: number;
  /** One past the last token. */
  protected readonly end: number;

  constructor(
    protected readonly document: Document,
    sentence: Sentence,
  ) {
    this.tokens = document.tokens;
    this.first = sentence.firstToken;
    this.end = sentence.lastToken;
  }

  /** A noun phrase starts at `k`: a determiner, a possessive, a name, a noun or its modifiers. */
  protected startsNounPhrase(k: number): boolean {
    const { tokens } = this;
    if (k >= this.end) return false;
    const word = tokens.normal(k);
    if (this.isDemonstrative(k)) return true;
    if (COMPLEMENTIZERS.has(word) || NOTHING.has(word) || tokens.has(k, 'Preposition') || this.isFinite(k)) return false;
    if (tokens.has(k, 'Pronoun')) return OBJECT_PRONOUNS.has(tokens.normal(k)) || tokens.has(k, 'Possessive');
    return tokens.hasAny(k, NOUN_PHRASE_START) || tokens.isCapitalised(k);
  }

  /** Words between a cue and its report that belong to neither: "on Tuesday", "last week", "also", "in a statement". */
  protected isAdjunct(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (tokens.hasAny(k, TIME_WORDS) || DAY_PARTS.has(word) || word === 'last' || word === 'earlier' || word === 'later' || word === 'again') return true;
    if ((word === 'on' || word === 'this') && k + 1 < this.end && tokens.hasAny(k + 1, TIME_WORDS)) return true;
    return isVerbModifier(tokens, k) && word !== 'to' && !tokens.hasAny(k, FINITE);
  }

  /** "rejected that argument": "that" (or "this", "those") before a noun that no verb follows points at it; it does not open a clause. */
  protected isDemonstrative(k: number): boolean {
    const { tokens } = this;
    if (!DEMONSTRATIVES.has(tokens.normal(k))) return false;
    if (k + 1 >= this.end || !isNounish(tokens, k + 1) || tokens.has(k + 1, 'Pronoun') || tokens.has(k + 1, 'Possessive') || tokens.isCapitalised(k + 1)) return false;
    // A verb before the phrase ends makes "that" a complementizer ("denied that prices in May had risen");
    // a participle after a noun does not ("that argument in a ruling released Thursday").
    for (let j = k + 2; j < this.end && !BOUNDARY.test(tokens.post(j - 1)); j++) {
      if (this.isFinite(j) && !(tokens.has(j, 'PastTense') && tokens.has(j - 1, 'Noun'))) return false;
    }
    return true;
  }

  /** A finite verb, outside quote marks, from `k` to the next comma, semicolon, colon or dash. */
  protected verbBeforeBoundary(k: number): boolean {
    for (let j = k; j < this.end; j++) {
      if (this.document.quoteOf(j) < 0 && this.isFinite(j)) return true;
      if (BOUNDARY.test(this.tokens.post(j))) return false;
    }
    return false;
  }

  /** "as well as" starts at `k`: a list goes on. */
  protected asWellAs(k: number): boolean {
    return k + 2 < this.end && this.tokens.normal(k) === 'as' && this.tokens.normal(k + 1) === 'well' && this.tokens.normal(k + 2) === 'as';
  }

  /** A time adjunct starts at `k`: "on Monday", "in March", "last week", "this morning", "Tuesday". */
  protected startsTime(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    const time = (j: number) => j < this.end && (tokens.hasAny(j, TIME_WORDS) || DAY_PARTS.has(tokens.normal(j)));
    if (word === 'on' || word === 'last' || word === 'this' || word === 'next' || word === 'earlier' || word === 'later') return time(k + 1);
    // "endorsed one in July": a month after "in" dates the saying.
    if (word === 'in') return k + 1 < this.end && tokens.has(k + 1, 'Month');
    // "Obama's 2011 intervention", "a full 90 minutes": a time after a modifier is part of the noun phrase.
    return (time(k) || (tokens.has(k, 'Value') && time(k + 1))) && !tokens.hasAny(k - 1, NOT_BEFORE_TIME);
  }

  protected isFinite(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    // compromise reads "shows" and "reports" as plural nouns; a verb of saying or showing with a
    // tense ending is a verb after a noun phrase ("an internal review shows …").
    const reportingForm = (STANCE.has(word) || REPORTED_FORMS.has(word) || INFINITIVE.has(word)) && /(?:s|ed)$/.test(word) && k > 0 && !tokens.hasAny(k - 1, NOT_BEFORE_VERB) && !tokens.has(k, 'ProperNoun');
    if (tokens.has(k, 'Pronoun') && !tokens.has(k, 'Possessive') && CONTRACTED_VERB.test(this.document.text.slice(tokens.start(k), tokens.postEnd(k)))) return true;
    if ((!tokens.hasAny(k, FINITE) && !reportingForm && !this.verbReadAsNoun(k)) || tokens.hasAny(k, NOT_FINITE)) return false;
    // "on social media last week": "last" before a time is no verb.
    if (tokens.normal(k) === 'last' && k + 1 < this.end && tokens.hasAny(k + 1, TIME_WORDS)) return false;
    return k === 0 || tokens.normal(k - 1) !== 'to';
  }

  /**
   * "the mayor favors a tough approach": compromise reads a present-tense verb after a singular
   * noun as a plural noun; an "-s" word between a singular noun and a determiner is the verb.
   */
  private verbReadAsNoun(k: number): boolean {
    const { tokens } = this;
    if (k < 1 || k + 1 >= this.end || !/[^s']s$/.test(tokens.normal(k)) || !tokens.has(k, 'Plural')) return false;
    const singular = tokens.has(k - 1, 'Noun') && !tokens.has(k - 1, 'Plural') && !tokens.has(k - 1, 'Adjective') && !tokens.has(k - 1, 'Pronoun') && !tokens.hasApostropheS(k - 1) && !/s$/.test(tokens.normal(k - 1));
    return singular && /^\s+$/.test(tokens.post(k - 1)) && tokens.has(k + 1, 'Determiner') && /^\s+$/.test(tokens.post(k));
  }

  /** Whether tokens `from..to` (exclusive) hold a clause: a finite verb, outside quote marks, after at least one word. */
  protected hasClause(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) if (this.document.quoteOf(k) < 0 && this.isFinite(k)) return true;
    return false;
  }

  /** Past a wire dateline opening the sentence: "WASHINGTON ―", "NEW YORK (Reuters) -". */
  protected skipDateline(k: number): number {
    for (let j = k; j < this.end && j - k < 5 && this.tokens.isAllCaps(j); j++) if (/[—―–-]/.test(this.tokens.post(j))) return j + 1;
    return k;
  }

  protected skipLinking(k: number): number {
    return k + 1 < this.end && LINKING.has(this.tokens.normal(k)) && !this.commaAfter(k) ? k + 1 : k;
  }

  protected commaAfter(k: number): boolean {
    return k >= this.first && k < this.end && /[,—–]/.test(this.tokens.post(k));
  }

  /** Where the report's text starts: its first word, or the quote mark that opens it. */
  protected startOf(k: number): number {
    const start = this.tokens.start(k);
    const before = this.document.text.slice(Math.max(0, start - 1), start);
    return /["“‘']/.test(before) ? start - 1 : start;
  }

  /** Where it ends: after its last word and any closing quote marks, before a comma or full stop of the sentence's own. */
  protected endOf(k: number): number {
    const end = this.tokens.writtenEnd(k);
    const closing = /^[.!?…,]*["”’']+/.exec(this.tokens.post(k));
    return closing ? end + closing[0].length : end;
  }
}
