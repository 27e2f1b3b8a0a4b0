import { ADVERBIAL_PREPOSITIONS, OCCASION_NOUNS } from '../../lexicon/report-spans.js';
import { SOURCE_NOUNS, STATEMENT_NOUNS } from '../../lexicon/speech.js';
import { TagSet } from '../../nlp/tags.js';
import { modifierList } from './object-phrase.js';
import { isStance } from './reported-clause.js';
import { reportingCue, SUBORDINATORS } from './reporting-cues.js';
import { isNounish } from './word-classes.js';
import { BOUNDARY, COMPLEMENTIZERS, DEMONSTRATIVES, LINKING, NOUN_PHRASE_START, OBJECT_PRONOUNS, TIME_WORDS, WordReader } from './word-reader.js';

const PAST_OR_AUXILIARY = TagSet.of('PastTense', 'Modal', 'Copula', 'Auxiliary');
/** Forms of "be" and "have" that a participle leans on ("was arrested", "had spoken"). */
const AUXILIARY = TagSet.of('Copula', 'Auxiliary');
/** Forms of "have" before a participle. */
const HAVE = new Set(['had', 'has', 'have']);
/** Words a clause does not open with. */
const NOT_SUBJECT_START = TagSet.of('Preposition', 'Conjunction', 'Verb', 'QuestionWord');
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Words after a comma that carry the report on: relative clauses, examples. */
const CONTINUING = new Set(['which', 'who', 'whom', 'whose', 'where', 'whether', 'including', 'such', 'especially', 'particularly']);
/** Subordinators that are also prepositions: they open a clause only before a subject and its verb. */
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'as', 'before', 'since']);
const ADVERBIAL = new Set(ADVERBIAL_PREPOSITIONS);
/** Where and in what something was said: "at a rally", "in a statement", "in early-morning tweets". */
const OCCASIONS = new Set([...OCCASION_NOUNS, ...SOURCE_NOUNS, ...SOURCE_NOUNS.map((noun) => `${noun}s`), ...STATEMENT_NOUNS]);
/** How far past the cue a "that" may stand ("said on Tuesday in a statement that …"). */
const COMPLEMENTIZER_REACH = 12;

/**
 * The shape of one sentence's clauses, as reported speech needs it: where a clause or a noun
 * phrase starts, where it ends, what stands between a cue and its report. Shared by every
 * reading of reported speech, so a fix to a clause boundary lands once.
 */
export abstract class ClauseReader extends WordReader {
  /** Past the one who was told: "reporters", "the BBC", "him", "a packed news conference". */
  protected skipObject(k: number): number {
    const { tokens } = this;
    if (k >= this.end || COMPLEMENTIZERS.has(tokens.normal(k))) return k;
    const possessive = tokens.has(k, 'Possessive') && k + 1 < this.end && isNounish(tokens, k + 1) && !tokens.has(k + 1, 'Pronoun');
    if (tokens.has(k, 'Pronoun') && !possessive) return OBJECT_PRONOUNS.has(tokens.normal(k)) ? k + 1 : k;
    let j = k;
    while (j < this.end && j - k < 4 && (tokens.has(j, 'Determiner') || tokens.has(j, 'Adjective') || tokens.has(j, 'Possessive'))) j++;
    if (j >= this.end || !isNounish(tokens, j)) return k;
    while (j + 1 < this.end && j - k < 5 && isNounish(tokens, j + 1) && !this.commaAfter(j) && !this.isFinite(j + 1)) j++;
    return j + 1;
  }

  /** "urged Congress to act": a short object, then "to"; the index of "to", or -1. */
  protected objectThenTo(k: number): number {
    let j = this.skipObject(k);
    if (j > k && j + 1 < this.end && (this.tokens.normal(j) === 'never' || this.tokens.normal(j) === 'not')) j++;
    return j > k && j < this.end && this.tokens.normal(j) === 'to' ? j : -1;
  }

  /** The word after a "that", "whether" or "if" that stands soon after the cue, with no clause of its own before it; or -1. */
  protected complementizerFrom(k: number): number {
    const { tokens } = this;
    if (k >= this.end) return -1;
    // Only an adjunct may stand between: "said in an interview that", "said at a rally in Toledo,
    // Ohio, that". After an object ("attack four provisions … that address") "that" is a relative.
    if ((!COMPLEMENTIZERS.has(tokens.normal(k)) && !tokens.has(k, 'Preposition')) || this.isDemonstrative(k)) return -1;
    for (let j = k; j < this.end && j - k < COMPLEMENTIZER_REACH; j++) {
      const word = tokens.normal(j);
      if (COMPLEMENTIZERS.has(word)) return word === 'that' ? j + 1 : j;
      // "says at a campaign stop in Salem that": a present-tense form after a noun is read as a noun there.
      const nounLike = j > k && tokens.has(j - 1, 'Noun') && !tokens.has(j - 1, 'Pronoun') && !tokens.hasAny(j, PAST_OR_AUXILIARY);
      if ((this.isFinite(j) && !nounLike) || (word === 'to' && j + 1 < this.end && tokens.has(j + 1, 'Verb')) || /[;:]/.test(tokens.post(j))) return -1;
    }
    return -1;
  }

  /** A clause starts at `k`: a subject (a name, a noun phrase, a pronoun) and, within a few words and no comma, its verb. */
  protected startsClause(k: number): boolean {
    const { tokens } = this;
    if (k < this.end && tokens.has(k, 'Pronoun') && !OBJECT_PRONOUNS.has(tokens.normal(k)) && this.isFinite(k)) return true;
    if (k >= this.end || !/[\p{L}\p{N}"“‘']/u.test(tokens.text(k))) return false;
    // "said her colleague had …": a possessive "her" opens a subject.
    const possessive = tokens.has(k, 'Possessive') && k + 1 < this.end && isNounish(tokens, k + 1);
    // "said praise from the governor would …": a bare present form right after the cue is a noun.
    const noun = k > 0 && this.isFinite(k - 1) && tokens.has(k, 'Verb') && !tokens.hasAny(k, PAST_OR_AUXILIARY) && !tokens.normal(k).endsWith('ing');
    if (!possessive && !noun && (tokens.hasAny(k, NOT_SUBJECT_START) || OBJECT_PRONOUNS.has(tokens.normal(k)) || this.isFinite(k))) return false;
    // The subject may carry an aside between commas ("the program, run by the agency, has …").
    let commas = 0;
    let relative = false;
    for (let j = k + 1; j < this.end && j - k <= 14; j++) {
      // "the plan, which costs $2bn, would fail": the relative clause's verb is not the subject's.
      if (relative && this.isFinite(j)) {
        relative = false;
        continue;
      }
      // "endorsed Ortiz last week and has appeared": a verb right after "and" shares the cue's subject.
      if (this.isFinite(j)) {
        let before = j - 1;
        while (before > k && tokens.has(before, 'Adverb')) before--;
        return !LINKING.has(tokens.normal(before)) && (this.document.quoteOf(j) < 0 || this.document.quoteOf(k) >= 0);
      }
      if (this.document.quoteOf(j - 1) >= 0) continue;
      // "once he has said his piece, he is ready", "when she wrote her book, Ms. Lee said": after a
      // comma, a subject and its verb open the next clause; an aside ("the plan, they believe, would") ends at a comma.
      if (/,/.test(tokens.post(j - 1)) && this.nextSubject(j)) return false;
      // "praised the deal as the talks ended": a subject holds no adverbial clause; what follows it is the verb's.
      if (this.startsAdverbialClause(j) || this.startsCircumstance(j)) return false;
      if (RELATIVES.has(tokens.normal(j))) relative = true;
      if (/[;:—–]/.test(tokens.post(j - 1)) || (/,/.test(tokens.post(j - 1)) && (++commas > 2 || LINKING.has(tokens.normal(j))))) return false;
      if (j - k > 8 && commas === 0) return false;
    }
    return false;
  }

  /**
   * The subject of a clause and its verb start at `k`: a pronoun that can only be a subject ("he is",
   * "they would") or a short noun phrase ("Ms. Lee said"); not an aside ("the plan, they believe, would fail").
   */
  private nextSubject(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    const possessive = tokens.has(k, 'Possessive') && isNounish(tokens, k + 1);
    if (tokens.has(k, 'Pronoun') && !possessive && (OBJECT_PRONOUNS.has(word) || RELATIVES.has(word) || DEMONSTRATIVES.has(word))) return false;
    let j = tokens.has(k, 'Pronoun') && !possessive ? k + 1 : this.subjectVerb(possessive ? k + 1 : k);
    // "Clinton, the first woman nominated by a party, would": a participle and its preposition are an apposition's.
    if (j < 0 || (j > k + 1 && tokens.has(j, 'PastTense') && tokens.has(j + 1, 'Preposition') && !reportingCue(tokens, j))) return false;
    while (j < this.end && tokens.has(j, 'Adverb') && !this.isFinite(j)) j++;
    return j < this.end && this.isFinite(j) && !BOUNDARY.test(tokens.post(j));
  }

  /** "said Ortiz reached out …": a name at `k` with a verb straight after it is the subject of a report, not an inverted speaker. */
  protected nameThenVerb(k: number): boolean {
    let j = k;
    while (j + 1 < this.end && this.tokens.isCapitalised(j + 1) && !/[,;:]/.test(this.tokens.post(j))) j++;
    return j + 1 < this.end && !/[,;:]/.test(this.tokens.post(j)) && this.isFinite(j + 1);
  }

  /** A subordinate clause starts at `k`: "as the vote began", "while in Ohio", "because …". */
  protected startsAdverbialClause(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (!SUBORDINATORS.has(word) || this.document.quoteOf(k) >= 0 || tokens.normal(k + 1) === 'of') return false;
    // "at times when no one watched": a "when" after a noun of time is a relative.
    if (word === 'when' && tokens.hasAny(k - 1, TIME_WORDS)) return false;
    // "described him as a fraud", "a decision after the vote": before a noun phrase these are prepositions.
    return !PREPOSITIONAL_SUBORDINATORS.has(word) || this.subjectThenVerb(k + 1);
  }

  /** A short subject and its verb, with no comma between, start at `k`: "Trump consolidates", "the polls closed". */
  private subjectThenVerb(k: number): boolean {
    return this.subjectVerb(k) >= 0;
  }

  /** The verb of a short subject that starts at `k` with no comma before the verb, or -1. */
  private subjectVerb(k: number): number {
    const { tokens } = this;
    if (k >= this.end || this.isFinite(k) || tokens.hasAny(k, NOT_SUBJECT_START) || OBJECT_PRONOUNS.has(tokens.normal(k))) return -1;
    for (let j = k + 1; j < this.end && j - k <= 5; j++) {
      if (BOUNDARY.test(tokens.post(j - 1))) return -1;
      if (this.isFinite(j)) return tokens.normal(j - 1) !== 'to' ? j : -1;
      if (!tokens.hasAny(j, NOUN_PHRASE_START)) return -1;
    }
    return -1;
  }

  /**
   * An adverbial that tells when, where or in what something was said starts at `k`: "during the
   * debate", "after the vote", "in a ruling released Thursday", "at last week's forum".
   */
  protected startsCircumstance(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (ADVERBIAL.has(word)) return true;
    if ((word !== 'in' && word !== 'at' && word !== 'on') || tokens.normal(k - 1) === 'than') return false;
    for (let j = k + 1; j < this.end && j - k <= 4; j++) {
      if (OCCASIONS.has(tokens.normal(j))) return true;
      if (!tokens.hasAny(j, NOUN_PHRASE_START) || BOUNDARY.test(tokens.post(j))) return false;
    }
    return false;
  }

  /**
   * "endorsed Ortiz and has appeared at her rallies", "said she regretted it and promised to stay
   * out": after "and" or "but", a verb with a tense of its own and no subject is another thing the
   * cue's subject did: after a phrase, any such verb; after a clause, another verb of saying (else
   * the clause's own subject may go on: "said he was tired and wanted to rest"). A bare verb shares
   * a modal ("will cut jobs and close plants"); a participle its auxiliary ("was arrested and charged").
   */
  protected startsCoordinatePredicate(k: number, clause: boolean): boolean {
    const { tokens } = this;
    if (!LINKING.has(tokens.normal(k)) || BOUNDARY.test(tokens.post(k - 1)) || this.document.quoteOf(k) >= 0) return false;
    let j = k + 1;
    while (j < this.end && tokens.has(j, 'Adverb') && !this.isFinite(j)) j++;
    if (j >= this.end || !this.isFinite(j) || tokens.has(j, 'Pronoun')) return false;
    if (!clause) return true;
    // "…, but has said she will stay": an auxiliary, then the verb of saying.
    if (HAVE.has(tokens.normal(j)) && j + 1 < this.end && tokens.has(j + 1, 'PastTense') && reportingCue(tokens, j + 1)) return true;
    if (tokens.has(j, 'Infinitive') || !reportingCue(tokens, j)) return false;
    if (!tokens.has(j, 'PastTense')) return true;
    let verb = k - 1;
    while (verb > this.first && !tokens.has(verb, 'Verb')) verb--;
    return !(tokens.has(verb, 'PastTense') && verb > this.first && tokens.hasAny(verb - 1, AUXILIARY));
  }

  /** A prepositional phrase with no verb, then a comma and a clause, start at `k`: "in a close race, Ortiz leads", "like him, she was". */
  private opensWithPhrase(k: number): boolean {
    const { tokens } = this;
    if (!tokens.has(k, 'Preposition') && tokens.normal(k) !== 'like') return false;
    for (let j = k; j < this.end - 1 && j - k < 8; j++) {
      if (j > k && this.isFinite(j)) return false;
      if (/,/.test(tokens.post(j))) return this.startsClause(j + 1);
    }
    return false;
  }

  /**
   * The last token of the clause that starts at `from`: it ends at the first comma, semicolon,
   * colon or dash after its verb (or after `from`, for a phrase), outside quote marks, or with the sentence.
   */
  protected clauseEnd(from: number, clause = true): number {
    const { tokens } = this;
    let k = from;
    // "that, if elected, he'd leave …", "that in a close race, Ortiz leads …": an opening
    // subordinate clause or phrase comes before the main verb.
    if (clause && (SUBORDINATORS.has(tokens.normal(k)) || this.opensWithPhrase(k))) {
      while (k < this.end - 1 && !BOUNDARY.test(tokens.post(k))) k++;
      if (k < this.end - 1) k++;
    }
    // The clause's own verb, not one of a relative clause inside its subject ("the plan, which costs …, would fail").
    let relative = false;
    while (clause && k < this.end && !(!relative && !this.opensParticipleAside(k, from) && this.document.quoteOf(k) < 0 && (this.isFinite(k) || tokens.normal(k) === 'to'))) {
      // "the program, run by the county, has brought …": a participle aside inside the subject.
      if (RELATIVES.has(tokens.normal(k)) || this.opensParticipleAside(k, from)) relative = true;
      // "that Ortiz — even as she praises the plan — has voted against it": a dash opens an aside.
      // "that Reyes, the first judge appointed by …, would": so does a comma and a determiner.
      else if (k > from && (/[—–]/.test(tokens.post(k - 1)) || (/,/.test(tokens.post(k - 1)) && tokens.has(k, 'Determiner')))) relative = true;
      else if (relative && BOUNDARY.test(tokens.post(k))) relative = false;
      k++;
    }
    for (; k < this.end - 1; k++) {
      // A phrase ends before the verb of the clause it is the subject of ("the flooding angered …").
      // "a plan that would create …": a relative clause's verbs go on with the phrase.
      if (!clause && k > from && this.isFinite(k) && !RELATIVES.has(tokens.normal(k - 1)) && tokens.normal(k - 1) !== 'that' && !this.isFinite(k - 1)) return k - 1;
      // "endorsed Trump last week": a phrase ends before a time.
      if (!clause && k > from && this.startsTime(k)) return k - 1;
      // "cited the figure as the debate began", "praised the plan while in Ohio": a subordinate clause is the cue's, not the object's.
      if (!clause && k > from && (this.startsAdverbialClause(k) || this.startsCircumstance(k))) return k - 1;
      if (k > from && this.startsCoordinatePredicate(k, clause)) return k - 1;
      if (this.document.quoteOf(k) >= 0 || !BOUNDARY.test(tokens.post(k)) || modifierList(tokens, k, this.end)) continue;
      // A relative or participle clause, or an example, goes on with the report; a coordinated
      // clause, an aside or another attribution does not.
      const next = tokens.normal(k + 1);
      if (/;/.test(tokens.post(k)) || reportingCue(tokens, k + 1)) return k;
      // "said the plan has two flaws: it costs too much and …": what follows a colon spells the report out.
      if (clause && /:/.test(tokens.post(k))) continue;
      // After a noun phrase, ", which …" and ", saying …" comment on it in the writer's voice.
      if (!clause && (RELATIVES.has(next) || next === 'where' || (next.endsWith('ing') && !CONTINUING.has(next)))) return k;
      // "…, which critics said was unfair": a relative clause that reports someone else's words is theirs.
      if (clause && (RELATIVES.has(next) || next === 'where') && this.sayingBeforeBoundary(k + 1)) return k;
      // "wants to cut fares, add trains and …": after an infinitive, a list of bare verbs goes on;
      // ", focusing on …" is the writer's.
      const infinitive = tokens.normal(from) === 'to';
      if (infinitive && tokens.has(k + 1, 'Infinitive') && !reportingCue(tokens, k + 1)) continue;
      if (infinitive && next.endsWith('ing') && !CONTINUING.has(next)) return k;
      if (!CONTINUING.has(next) && !next.endsWith('ing') && !this.asWellAs(k + 1) && !this.continuesClause(k + 1, clause)) return k;
    }
    return this.end - 1;
  }

  /**
   * "the program, backed by the county, has …": after a comma inside the subject, a participle and its
   * preposition are an aside, not the clause's verb ("the firm, and its owner, lost money" has one);
   * "run by" is one though compromise reads "run" as a bare verb.
   */
  private opensParticipleAside(k: number, from: number): boolean {
    const { tokens } = this;
    return k > from && k + 1 < this.end && /,/.test(tokens.post(k - 1)) && !tokens.has(k - 1, 'Pronoun') && ((tokens.has(k, 'PastTense') && tokens.has(k + 1, 'Preposition')) || (tokens.has(k, 'Verb') && tokens.normal(k + 1) === 'by'));
  }

  /**
   * What follows a comma at `k` belongs to the clause before it: an item of a list or an
   * apposition ("called for lower fares, the closure of two depots and …"), and, after a clause,
   * a coordinated report with no subject of its own ("…, and that she might …", "…, but could not …").
   * A new clause, an aside that opens with a subordinator, or another attribution does not.
   */
  protected continuesClause(k: number, clause: boolean): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (LINKING.has(word) && k + 1 < this.end) {
      if (reportingCue(tokens, k + 1)) return false;
      // "attacked the mayor, the council, and the police": after a phrase, the last item of a list.
      if (!clause) return (word === 'and' || word === 'or') && this.startsNounPhrase(k + 1) && !this.verbBeforeBoundary(k + 1);
      // "…, and markets fell": a word compromise reads as a verb is the subject when a verb follows it.
      const verbOnly = this.isFinite(k + 1) && !tokens.has(k + 1, 'Pronoun') && !tokens.has(k + 1, 'Noun') && !(k + 2 < this.end && this.isFinite(k + 2));
      return tokens.normal(k + 1) === 'that' || verbOnly;
    }
    if (SUBORDINATORS.has(word) || COMPLEMENTIZERS.has(word) || tokens.has(k, 'Pronoun') || this.isFinite(k)) return false;
    for (let j = k; j < this.end; j++) {
      if (this.document.quoteOf(j) < 0 && (this.isFinite(j) || reportingCue(tokens, j))) return false;
      if (j < this.end - 1 && BOUNDARY.test(tokens.post(j))) break;
    }
    return true;
  }

  /** A verb of saying (not of stance) from `k` to the next boundary, outside quote marks. */
  private sayingBeforeBoundary(k: number): boolean {
    for (let j = k; j < this.end; j++) {
      if (this.document.quoteOf(j) < 0 && reportingCue(this.tokens, j) && !isStance(this.tokens.normal(j))) return true;
      if (BOUNDARY.test(this.tokens.post(j))) return false;
    }
    return false;
  }

}
