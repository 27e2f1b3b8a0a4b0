import { PARTS_OF_DAY } from '../../lexicon/dates.js';
import { ABOUT_PREPOSITIONS, ATTITUDE_WORDS, INFINITIVE_REPORT_VERBS, QUESTION_OPENERS, SOURCE_NOUNS, STANCE_OBJECT_VERBS, STANCE_PREPOSITIONS, STANCE_VERBS, TELLING_VERBS } from '../../lexicon/speech.js';
import type { Document, Sentence } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import { TagSet } from '../../nlp/tags.js';
import type { Tokens } from '../../nlp/tokens.js';
import { cueAt, inflect, isVerbModifier, REPORTED_FORMS, type Cue } from './cues.js';
import type { Mention, Speakers } from './speakers.js';
import { isNounish } from './word-classes.js';

/** Reported speech without quote marks: what was reported (a clause), who reported it and the verb that says so. */
export interface ReportedClause {
  start: number;
  end: number;
  speaker: Mention | null;
  cue: Cue;
}

const STANCE = new Set(STANCE_VERBS.flatMap(inflect));
const TELLING = new Set(TELLING_VERBS.flatMap(inflect));
const INFINITIVE = new Set(INFINITIVE_REPORT_VERBS.flatMap(inflect));
const QUESTIONS = new Set(QUESTION_OPENERS);
const ATTITUDES = new Set(ATTITUDE_WORDS);
const SOURCES = new Set(SOURCE_NOUNS.flatMap((noun) => [noun, `${noun}s`]));
const ABOUT = new Set(ABOUT_PREPOSITIONS);
const OBJECT_REPORTS = new Set(STANCE_OBJECT_VERBS.flatMap(inflect));
/** Each form of a verb whose report follows a preposition, with the prepositions it takes. */
const PREPOSITION_REPORTS = new Map([...STANCE_PREPOSITIONS].flatMap(([base, prepositions]) => inflect(base).map((form) => [form, new Set(prepositions)] as const)));
const NOUN_PHRASE_START = TagSet.of('Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Possessive', 'Value', 'Acronym');
const AGAINST = new Set(['advise', 'argue', 'caution', 'warn'].flatMap(inflect));
/** The writer and the reader: outside quote marks, their words are the article's own. */
const WRITER = new Set(['i', 'we', 'you']);
/** A verb that makes a clause: tensed, modal or a form of "be". */
const FINITE = TagSet.of('PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'FutureTense');
const NOT_FINITE = TagSet.of('Gerund');
const PAST_OR_AUXILIARY = TagSet.of('PastTense', 'Modal', 'Copula', 'Auxiliary');
/** A pronoun with its verb written onto it: "it's", "they're", "she'll", "we'd", "I've". */
const CONTRACTED_VERB = /^\p{L}+['’](?:s|re|ll|d|ve|m)\b/iu;
const TIME_WORDS = TagSet.of('Date', 'WeekDay', 'Month', 'Duration', 'Time');
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);
/** Passive participles that raise a report onto the subject: "is expected to", "was said to". */
const RAISING = new Set(['alleged', 'believed', 'expected', 'reported', 'rumored', 'rumoured', 'said', 'thought', 'understood']);
/** Words that join a sentence to the one before; a report starts after them. */
const LINKING = new Set(['and', 'but', 'or', 'so', 'yet']);
/** Pronouns that can only be objects: a clause does not start with them. */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);
/** Words a clause does not open with. */
const NOT_SUBJECT_START = TagSet.of('Preposition', 'Conjunction', 'Verb', 'QuestionWord');
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
/** Objects that name no content: "praised nothing", "denied everything". */
const NOTHING = new Set(['nothing', 'anything', 'everything', 'none', 'nobody', 'everyone', 'anyone', 'it', 'this', 'that']);
/** Words after a comma that carry the report on: relative clauses, examples. */
const CONTINUING = new Set(['which', 'who', 'whom', 'whose', 'where', 'whether', 'including', 'such', 'especially', 'particularly']);
/** Words after a cue and its speaker that carry the report on: "…, experts say, including a provision …". */
const EXAMPLES = new Set(['including', 'especially', 'particularly']);
/** Words that open a subordinate clause before a main one ("if elected, he would …"). */
const SUBORDINATORS = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'after', 'before', 'once', 'unless', 'as', 'since']);
const BOUNDARY = /[,;:—–]/;
/** "said Friday afternoon", "said this morning": a part of the day closes a time adjunct. */
const DAY_PARTS = new Set(PARTS_OF_DAY.keys());
/** Subordinate clauses that give the reason or a condition of what was reported go on with the report ("…, Graham said, since most voters accept …"). */
const REASONS = new Set(['because', 'since', 'although', 'though', 'unless']);
/** How far past the cue a "that" may stand ("said on Tuesday in a statement that …"). */
const COMPLEMENTIZER_REACH = 12;
/** The sections whose sentences report speech; headlines and a model's preamble do not. */
const REPORTING_SECTIONS = new Set(['body', 'insights', null]);

/**
 * Finds reported speech in the article's sentences: a clause after a verb of saying, believing or
 * showing, with or without "that" ("Ushakov noted that the meeting …", "Officials said the talks
 * would resume"); before it, set off by a comma ("The talks will resume, officials said.");
 * around it ("The talks, officials said, will resume."); and with "according to" either side.
 * `quotes` are the quotations taken for speech: a report that is all quotation is theirs.
 */
export function findReportedSpeech(document: Document, speakers: Speakers, quotes: readonly MarkedSpan[]): ReportedClause[] {
  const found: ReportedClause[] = [];
  for (const sentence of document.sentences) {
    if (!REPORTING_SECTIONS.has(sentence.section)) continue;
    const reader = new SentenceReader(document, speakers, sentence);
    const sourceless = reader.sourceless() ?? reader.inSource();
    if (sourceless) found.push(sourceless);
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      if (document.quoteOf(t) >= 0) continue;
      const cue = reportingCue(document.tokens, t);
      const report = cue ? (reader.before(cue) ?? reader.after(cue)) : (reader.attitudeAt(t) ?? reader.raisedAt(t));
      if (!cue) {
        if (report && !mostlyQuoted(report, quotes)) found.push(report);
        continue;
      }
      t = cue.last;
      if (!report || mostlyQuoted(report, quotes)) continue;
      if (found.some((other) => other.start === report.start && other.end === report.end)) continue;
      found.push(report);
    }
  }
  // "said she plans to …", "told the audience that she believes …": a belief or intention inside
  // a report is part of what was reported, not an attribution of its own.
  const tokens = document.tokens;
  return found
    .filter((report) => {
      const word = tokens.normal(report.cue.last);
      if (!STANCE.has(word) && !INFINITIVE.has(word) && !OBJECT_REPORTS.has(word) && !PREPOSITION_REPORTS.has(word)) return true;
      const at = tokens.start(report.cue.first);
      return !found.some((outer) => outer !== report && outer.start <= at && at < outer.end);
    })
    .sort((a, b) => a.start - b.start);
}

/** A verb that reports a clause: a reporting verb, "according to", or a verb of belief or evidence; never passive. */
function reportingCue(tokens: Tokens, t: number): Cue | null {
  if (modifiesNoun(tokens, t) || (t > 0 && tokens.normal(t - 1) === 'without')) return null;
  // "When asked whether …, Trump answered": the question was put to the subject, not by it.
  if (t > 0 && tokens.normal(t).endsWith('ed') && SUBORDINATORS.has(tokens.normal(t - 1))) return null;
  const cue = cueAt(tokens, t);
  if (cue) return cue.role === 'clause' ? null : cue;
  const word = tokens.normal(t);
  if (!STANCE.has(word) && !INFINITIVE.has(word) && !OBJECT_REPORTS.has(word) && !PREPOSITION_REPORTS.has(word)) return null;
  // compromise reads "shows" and "finds" after a noun as plural nouns: "Another slide shows that …".
  const nounBefore = t > 0 && !tokens.has(t - 1, 'Determiner') && (tokens.has(t - 1, 'Noun') || (t > 1 && tokens.has(t - 2, 'Determiner')));
  const clauseAfter = t + 1 >= tokens.length || tokens.startsSentence(t + 1) || tokens.normal(t + 1) === 'that' || tokens.has(t + 1, 'Determiner') || tokens.has(t + 1, 'ProperNoun');
  const verbAfterNoun = /s$/.test(word) && nounBefore && clauseAfter;
  if (!tokens.has(t, 'Verb') && !verbAfterNoun) return null;
  // "if Russia refuses to accept a deal": a belief or intention supposed, not attributed.
  for (let j = t - 1; j >= 0 && t - j <= 4 && !tokens.startsSentence(j + 1); j--) if (HYPOTHETICAL.has(tokens.normal(j))) return null;
  let j = t - 1;
  while (j >= 0 && tokens.has(j, 'Adverb')) j--;
  if (j >= 0 && BE.has(tokens.normal(j))) return null;
  return { first: t, last: t, role: 'subject', weak: false };
}

/** "state officials", "the report findings": a verb form standing before a noun it modifies. */
function modifiesNoun(tokens: Tokens, t: number): boolean {
  if (t === 0 || t + 1 >= tokens.length || tokens.normal(t).endsWith('ed') || tokens.normal(t).endsWith('ing')) return false;
  const before = t - 1;
  const opens = tokens.has(before, 'Determiner') || tokens.has(before, 'Adjective') || tokens.has(before, 'Conjunction') || tokens.has(before, 'Preposition');
  return opens && tokens.has(t + 1, 'Noun') && !tokens.has(t + 1, 'Pronoun') && !/[,;:]/.test(tokens.post(t));
}

/** A report that is one quotation with a speaker is the quotation's, not another attribution. */
function mostlyQuoted(report: ReportedClause, quotes: readonly MarkedSpan[]): boolean {
  let quoted = 0;
  for (const quote of quotes) quoted += Math.max(0, Math.min(quote.end, report.end) - Math.max(quote.open, report.start));
  return quoted >= (report.end - report.start) * 0.8;
}

/** The reading of one sentence around its reporting cues. */
class SentenceReader {
  private readonly tokens: Tokens;
  private readonly first: number;
  /** One past the last token. */
  private readonly end: number;

  constructor(
    private readonly document: Document,
    private readonly speakers: Speakers,
    sentence: Sentence,
  ) {
    this.tokens = document.tokens;
    this.first = sentence.firstToken;
    this.end = sentence.lastToken;
  }

  /**
   * The report before its cue: "…, officials said", "…, said the minister", "…, according to X",
   * and around it: "The talks, officials said, will resume".
   */
  before(cue: Cue): ReportedClause | null {
    if (this.tokens.normal(cue.last).endsWith('ing')) return null;
    let speaker: Mention | null;
    let boundary: number;
    if (cue.role === 'object') {
      if (cue.first === this.first) return this.afterAccordingTo(cue);
      if (!this.commaAfter(cue.first - 1)) return null;
      speaker = this.speakers.objectAfter(cue.last + 1, this.end);
      boundary = cue.first - 1;
    } else {
      const subject = this.speakers.subjectOf(cue.first, this.first);
      const opens = subject && subject !== 'coordinated' ? this.phraseStart(subject.first) : -1;
      if (subject && subject !== 'coordinated' && opens > this.first && this.commaAfter(opens - 1)) {
        speaker = subject;
        boundary = opens - 1;
      } else if (cue.first > this.first && this.commaAfter(cue.first - 1)) {
        speaker = this.speakers.objectAfter(cue.last + 1, this.end);
        if (!speaker) return null;
        boundary = cue.first - 1;
      } else {
        return null;
      }
    }
    const start = this.skipLinking(this.skipDateline(this.first));
    if (boundary < start) return null;
    // After the cue and its speaker the sentence ends, goes on with a clause of its own (", as they
    // …", ", adding …"), or resumes the report ("The museum, Mr. Obama said, would …").
    let after = Math.max(cue.last, speaker?.last ?? cue.last);
    // "according to FEC filings", "according to a poll taken last week": the source runs to its comma.
    if (cue.role === 'object') while (after + 1 < this.end && !this.commaAfter(after)) after++;
    while (after + 1 < this.end && this.isAdjunct(after + 1)) after++;
    // "…, Ortiz told the Gazette on Thursday": past whoever was told.
    if (cue.role === 'subject' && TELLING.has(this.tokens.normal(cue.last)) && !this.commaAfter(after)) after = this.skipObject(after + 1) - 1;
    while (after + 1 < this.end && this.isAdjunct(after + 1)) after++;
    after = this.pastPrepositionalPhrases(after);
    const before = this.hasClause(start, boundary + 1);
    let last = boundary;
    if (after + 1 < this.end && !/\(/.test(this.tokens.post(after))) {
      if (!this.commaAfter(after)) return null;
      const next = this.tokens.normal(after + 1);
      const aside = SUBORDINATORS.has(next) || LINKING.has(next) || next.endsWith('ing');
      // "The talks, officials said, will resume": what resumes has a verb; ", a longtime adviser" is an apposition.
      const resumesWithVerb = before ? !this.tokens.has(after + 1, 'Pronoun') && this.verbBeforeBoundary(after + 1) : this.hasClause(after, Math.min(this.end, after + 4));
      const resumes = (before && (REASONS.has(next) || EXAMPLES.has(next) || this.asWellAs(after + 1))) || (!aside && resumesWithVerb);
      if (resumes) last = this.clauseEnd(after + 1);
      else if (!aside && cue.role !== 'object' && !(before && !this.verbBeforeBoundary(after + 1))) return null;
    }
    if (!before && last === boundary) return null;
    // "When asked about the deal, Trump answered": a subordinate clause alone is not what was reported.
    if (last === boundary && SUBORDINATORS.has(this.tokens.normal(start))) return null;
    return { start: this.startOf(start), end: this.endOf(last), speaker, cue };
  }

  /**
   * Past prepositional phrases after a cue and its speaker, up to a comma or the sentence's end:
   * "…, Mr. Harlan said in an interview with the paper." The last token consumed, or `k`.
   */
  private pastPrepositionalPhrases(k: number): number {
    const { tokens } = this;
    let last = k;
    while (last + 1 < this.end && tokens.has(last + 1, 'Preposition') && !COMPLEMENTIZERS.has(tokens.normal(last + 1)) && !this.commaAfter(last)) {
      let j = last + 1;
      while (j + 1 < this.end && !this.commaAfter(j) && !this.isFinite(j + 1) && !tokens.has(j + 1, 'Preposition')) j++;
      if (j + 1 < this.end && this.isFinite(j + 1)) break;
      last = j;
    }
    return last;
  }

  /** "According to X, …": the report follows the source and its comma. */
  private afterAccordingTo(cue: Cue): ReportedClause | null {
    let k = cue.last + 1;
    while (k < this.end && !this.commaAfter(k)) k++;
    const speaker = this.speakers.objectAfter(cue.last + 1, k + 1);
    const start = k + 1;
    if (start >= this.end || !this.hasClause(start, this.end)) return null;
    return { start: this.startOf(start), end: this.endOf(this.clauseEnd(start)), speaker, cue };
  }

  /** The report after its cue: "X said (that) …", "X told reporters …", "X asked what …", "X urged Congress to …". */
  after(cue: Cue): ReportedClause | null {
    if (cue.role !== 'subject') return null;
    const { tokens } = this;
    const verb = tokens.normal(cue.last);
    let k = cue.last + 1;
    // '"…," said Mr. Burman': a cue after a comma or a closing quote with a name after it reports
    // what came before it ("Lovas, the chairman, said he cannot …" reports what follows).
    const afterComma = cue.first > this.first && /[,"”']\s*$/.test(tokens.post(cue.first - 1));
    if (afterComma && !verb.endsWith('ing') && k < this.end && tokens.isCapitalised(k) && !tokens.has(k, 'Pronoun') && !this.nameThenVerb(k)) return null;
    // "warned against rushing into a settlement": what someone advised against.
    if (AGAINST.has(verb) && tokens.normal(k) === 'against' && k + 1 < this.end && tokens.normal(k + 1).endsWith('ing')) {
      return this.reportFrom(cue, k, false);
    }
    const told = k;
    if (TELLING.has(verb)) k = this.skipObject(k);
    while (k < this.end && this.isAdjunct(k)) k++;
    let start = this.complementizerFrom(k);
    if (start < 0 && k < this.end && QUESTIONS.has(tokens.normal(k))) start = k;
    if (start < 0 && INFINITIVE.has(verb) && k < this.end) {
      const to = tokens.normal(k) === 'to' ? k : tokens.normal(k) === 'not' && tokens.normal(k + 1) === 'to' ? k + 1 : this.objectThenTo(k);
      // "told his advisers to find a way": who was told to do it belongs to the report.
      if (to >= 0) start = k > told && tokens.normal(k) === 'to' ? told : k;
    }
    if (start < 0 && this.startsClause(k)) start = k;
    if (start >= 0 && start < this.end) return this.reportFrom(cue, start);
    // "called for a ban", "spoke of a crisis": what the stance is about, after its preposition.
    const prepositions = PREPOSITION_REPORTS.get(verb);
    if (prepositions && k + 1 < this.end && prepositions.has(tokens.normal(k)) && this.startsNounPhrase(k + 1)) return this.reportFrom(cue, k + 1, false);
    // "cited derogatory comments", "praised the proposals": the object is the report.
    if (OBJECT_REPORTS.has(verb) && this.startsNounPhrase(k)) return this.reportFrom(cue, k, false);
    return null;
  }

  /**
   * "Republicans have raised concerns about the policy", "Trump's comments on taxes", "critical of
   * the plan": an attitude or a comment, and what it is about. It belongs to the possessor before
   * the word, else to the clause's subject.
   */
  attitudeAt(t: number): ReportedClause | null {
    const { tokens } = this;
    if (!ATTITUDES.has(tokens.normal(t)) || t + 2 >= this.end || !ABOUT.has(tokens.normal(t + 1)) || !this.startsNounPhrase(t + 2)) return null;
    if (/[,;:]/.test(tokens.post(t))) return null;
    let k = t - 1;
    while (k >= this.first && (tokens.has(k, 'Adjective') || tokens.has(k, 'Adverb'))) k--;
    let speaker: Mention | null;
    if (k >= this.first && (tokens.isPossessive(k) || tokens.hasApostropheS(k))) speaker = this.speakers.nearestNameEndingAt(k, this.first);
    else if (k >= this.first && tokens.has(k, 'Possessive') && tokens.has(k, 'Pronoun')) speaker = this.speakers.pronounAt(k);
    else speaker = this.speakers.clauseSubject(this.first, t - 1);
    if (!speaker) return null;
    const cue: Cue = { first: t, last: t + 1, role: 'subject', weak: false };
    return { start: this.startOf(t + 2), end: this.endOf(this.clauseEnd(t + 2, false)), speaker, cue };
  }

  /**
   * "It was reported that …", "It is believed that …": a report the text gives no source for; the
   * one kind whose speaker is null.
   */
  sourceless(): ReportedClause | null {
    const { tokens } = this;
    if (tokens.normal(this.first) !== 'it') return null;
    let k = this.first + 1;
    while (k < this.end && (BE.has(tokens.normal(k)) || tokens.normal(k) === 'has' || tokens.normal(k) === 'had' || isVerbModifier(tokens, k))) k++;
    if (k === this.first + 1 || k + 1 >= this.end || tokens.normal(k + 1) !== 'that') return null;
    const word = tokens.normal(k);
    if (!STANCE.has(word) && !REPORTED_FORMS.has(word)) return null;
    const start = k + 2;
    if (!this.startsClause(start)) return null;
    return { start: this.startOf(start), end: this.endOf(this.clauseEnd(start)), speaker: null, cue: { first: k, last: k, role: 'subject', weak: false } };
  }

  /**
   * "In the latest poll, Ortiz leads by five points": a sentence that opens with the source it
   * reports, when its clause has no reporting verb of its own ("In a statement, the firm said …"
   * is the verb's).
   */
  inSource(): ReportedClause | null {
    const { tokens } = this;
    if (tokens.normal(this.first) !== 'in') return null;
    let comma = this.first + 1;
    while (comma < this.end && comma - this.first < 16 && !this.commaAfter(comma)) comma++;
    if (comma >= this.end - 1 || comma - this.first >= 16) return null;
    let head = -1;
    for (let k = this.first + 1; k <= comma; k++) if (SOURCES.has(tokens.normal(k)) && tokens.has(k, 'Noun')) head = k;
    if (head < 0) return null;
    const start = comma + 1;
    for (let k = start; k < this.end; k++) if (this.document.quoteOf(k) < 0 && reportingCue(tokens, k)) return null;
    if (!this.startsClause(start)) return null;
    const speaker = this.speakers.objectAfter(this.first + 1, head + 1);
    const cue: Cue = { first: this.first, last: this.first, role: 'object', weak: false };
    return { start: this.startOf(start), end: this.endOf(this.clauseEnd(start)), speaker, cue };
  }

  /**
   * "The sale is expected to close in May", "He is said to be furious": a belief or report raised
   * onto the clause's subject, with no source in the text. The report is the whole clause.
   */
  raisedAt(t: number): ReportedClause | null {
    const { tokens } = this;
    if (!RAISING.has(tokens.normal(t)) || t + 2 >= this.end || tokens.normal(t + 1) !== 'to' || !tokens.has(t + 2, 'Verb')) return null;
    let be = t - 1;
    while (be > this.first && tokens.has(be, 'Adverb')) be--;
    if (be <= this.first || !BE.has(tokens.normal(be)) || tokens.has(be - 1, 'Pronoun') && WRITER.has(tokens.normal(be - 1))) return null;
    let start = be - 1;
    while (start > this.first && !BOUNDARY.test(tokens.post(start - 1))) start--;
    start = this.skipLinking(this.skipDateline(start));
    if (start >= be || RELATIVES.has(tokens.normal(start)) || tokens.normal(start) === 'it') return null;
    const cue: Cue = { first: t, last: t, role: 'subject', weak: false };
    return { start: this.startOf(start), end: this.endOf(this.clauseEnd(t + 2)), speaker: null, cue };
  }

  /**
   * The report from token `start` to its clause's end, by the cue's subject; none when the subject
   * is the writer ("I know your returns are being audited" is the article's own voice).
   */
  private reportFrom(cue: Cue, start: number, clause = true): ReportedClause | null {
    let before = cue.first - 1;
    while (before >= this.first && isVerbModifier(this.tokens, before)) before--;
    if (before >= this.first && WRITER.has(this.tokens.normal(before))) return null;
    const subject = this.speakers.subjectOf(cue.first, this.first);
    const speaker = subject === 'coordinated' ? this.speakers.clauseSubject(this.first, cue.first - 1) : subject;
    if (speaker?.kind === 'pronoun' && WRITER.has(this.tokens.normal(speaker.first))) return null;
    return { start: this.startOf(start), end: this.endOf(this.clauseEnd(start, clause)), speaker, cue };
  }

  /** Where the noun phrase ending in a name starts: "the IMF", "Russia's foreign ministry". */
  private phraseStart(k: number): number {
    const { tokens } = this;
    while (k - 1 > this.first && !this.commaAfter(k - 1) && (tokens.has(k - 1, 'Determiner') || tokens.has(k - 1, 'Adjective') || tokens.has(k - 1, 'Possessive') || tokens.isCapitalised(k - 1))) k--;
    return k;
  }

  /** Past the one who was told: "reporters", "the BBC", "him", "a packed news conference". */
  private skipObject(k: number): number {
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
  private objectThenTo(k: number): number {
    let j = this.skipObject(k);
    if (j > k && j + 1 < this.end && (this.tokens.normal(j) === 'never' || this.tokens.normal(j) === 'not')) j++;
    return j > k && j < this.end && this.tokens.normal(j) === 'to' ? j : -1;
  }

  /** The word after a "that", "whether" or "if" that stands soon after the cue, with no clause of its own before it; or -1. */
  private complementizerFrom(k: number): number {
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
  private startsClause(k: number): boolean {
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
    for (let j = k + 1; j < this.end && j - k <= 14; j++) {
      // "endorsed Ortiz last week and has appeared": a verb right after "and" shares the cue's subject.
      if (this.isFinite(j)) return !LINKING.has(tokens.normal(j - 1)) && (this.document.quoteOf(j) < 0 || this.document.quoteOf(k) >= 0);
      if (this.document.quoteOf(j - 1) >= 0) continue;
      if (/[;:—–]/.test(tokens.post(j - 1)) || (/,/.test(tokens.post(j - 1)) && (++commas > 2 || LINKING.has(tokens.normal(j))))) return false;
      if (j - k > 8 && commas === 0) return false;
    }
    return false;
  }

  /** A noun phrase starts at `k`: a determiner, a possessive, a name, a noun or its modifiers. */
  private startsNounPhrase(k: number): boolean {
    const { tokens } = this;
    if (k >= this.end) return false;
    const word = tokens.normal(k);
    if (this.isDemonstrative(k)) return true;
    if (COMPLEMENTIZERS.has(word) || NOTHING.has(word) || tokens.has(k, 'Preposition') || this.isFinite(k)) return false;
    if (tokens.has(k, 'Pronoun')) return OBJECT_PRONOUNS.has(tokens.normal(k)) || tokens.has(k, 'Possessive');
    return tokens.hasAny(k, NOUN_PHRASE_START) || tokens.isCapitalised(k);
  }

  /** Words between a cue and its report that belong to neither: "on Tuesday", "last week", "also", "in a statement". */
  private isAdjunct(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (tokens.hasAny(k, TIME_WORDS) || DAY_PARTS.has(word) || word === 'last' || word === 'earlier' || word === 'later' || word === 'again') return true;
    if ((word === 'on' || word === 'this') && k + 1 < this.end && tokens.hasAny(k + 1, TIME_WORDS)) return true;
    return isVerbModifier(tokens, k) && word !== 'to' && !tokens.hasAny(k, FINITE);
  }

  /** "rejected that argument": "that" (or "this", "those") before a noun that no verb follows points at it; it does not open a clause. */
  private isDemonstrative(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (word !== 'that' && word !== 'this' && word !== 'these' && word !== 'those') return false;
    if (k + 1 >= this.end || !isNounish(tokens, k + 1) || tokens.has(k + 1, 'Pronoun') || tokens.has(k + 1, 'Possessive') || tokens.isCapitalised(k + 1)) return false;
    // A verb before the phrase ends makes "that" a complementizer ("denied that prices in May had risen");
    // a participle after a noun does not ("that argument in a ruling released Thursday").
    for (let j = k + 2; j < this.end && !BOUNDARY.test(tokens.post(j - 1)); j++) {
      if (this.isFinite(j) && !(tokens.has(j, 'PastTense') && tokens.has(j - 1, 'Noun'))) return false;
    }
    return true;
  }

  /** "said Ortiz reached out …": a name at `k` with a verb straight after it is the subject of a report, not an inverted speaker. */
  private nameThenVerb(k: number): boolean {
    let j = k;
    while (j + 1 < this.end && this.tokens.isCapitalised(j + 1) && !/[,;:]/.test(this.tokens.post(j))) j++;
    return j + 1 < this.end && !/[,;:]/.test(this.tokens.post(j)) && this.isFinite(j + 1);
  }

  /** A finite verb, outside quote marks, from `k` to the next comma, semicolon, colon or dash. */
  private verbBeforeBoundary(k: number): boolean {
    for (let j = k; j < this.end; j++) {
      if (this.document.quoteOf(j) < 0 && this.isFinite(j)) return true;
      if (BOUNDARY.test(this.tokens.post(j))) return false;
    }
    return false;
  }

  /** "as well as" starts at `k`: a list goes on. */
  private asWellAs(k: number): boolean {
    return k + 2 < this.end && this.tokens.normal(k) === 'as' && this.tokens.normal(k + 1) === 'well' && this.tokens.normal(k + 2) === 'as';
  }

  /** A time adjunct starts at `k`: "on Monday", "last week", "this morning", "Tuesday". */
  private startsTime(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    const time = (j: number) => j < this.end && (tokens.hasAny(j, TIME_WORDS) || DAY_PARTS.has(tokens.normal(j)));
    if (word === 'on' || word === 'last' || word === 'this' || word === 'next' || word === 'earlier' || word === 'later') return time(k + 1);
    return time(k) && !tokens.has(k - 1, 'Preposition') && !tokens.has(k - 1, 'Determiner');
  }

  private isFinite(k: number): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    // compromise reads "shows" and "reports" as plural nouns; a verb of saying or showing with a
    // tense ending is a verb after a noun phrase ("an internal review shows …").
    const reportingForm = (STANCE.has(word) || REPORTED_FORMS.has(word)) && /(?:s|ed)$/.test(word) && k > 0 && !tokens.has(k - 1, 'Determiner');
    if (tokens.has(k, 'Pronoun') && !tokens.has(k, 'Possessive') && CONTRACTED_VERB.test(this.document.text.slice(tokens.start(k), tokens.postEnd(k)))) return true;
    if ((!tokens.hasAny(k, FINITE) && !reportingForm) || tokens.hasAny(k, NOT_FINITE)) return false;
    return k === 0 || tokens.normal(k - 1) !== 'to';
  }

  /** Whether tokens `from..to` (exclusive) hold a clause: a finite verb, outside quote marks, after at least one word. */
  private hasClause(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) if (this.document.quoteOf(k) < 0 && this.isFinite(k)) return true;
    return false;
  }

  /**
   * The last token of the clause that starts at `from`: it ends at the first comma, semicolon,
   * colon or dash after its verb (or after `from`, for a phrase), outside quote marks, or with the sentence.
   */
  private clauseEnd(from: number, clause = true): number {
    const { tokens } = this;
    let k = from;
    // "that, if elected, he'd leave …": an opening subordinate clause comes before the main verb.
    if (clause && SUBORDINATORS.has(tokens.normal(k))) {
      while (k < this.end - 1 && !BOUNDARY.test(tokens.post(k))) k++;
      if (k < this.end - 1) k++;
    }
    // The clause's own verb, not one of a relative clause inside its subject ("the plan, which costs …, would fail").
    let relative = false;
    while (clause && k < this.end && !(!relative && this.document.quoteOf(k) < 0 && (this.isFinite(k) || tokens.normal(k) === 'to'))) {
      // "the program, run by the county, has brought …": a participle aside inside the subject.
      if (RELATIVES.has(tokens.normal(k)) || (k > from && /,/.test(tokens.post(k - 1)) && tokens.has(k, 'PastTense') && !tokens.has(k - 1, 'Pronoun'))) relative = true;
      else if (relative && BOUNDARY.test(tokens.post(k))) relative = false;
      k++;
    }
    for (; k < this.end - 1; k++) {
      // A phrase ends before the verb of the clause it is the subject of ("the flooding angered …").
      if (!clause && k > from && this.isFinite(k) && !RELATIVES.has(tokens.normal(k - 1))) return k - 1;
      // "endorsed Trump last week and has appeared …": a phrase ends before a time or a second verb.
      if (!clause && k > from && (this.startsTime(k) || (LINKING.has(tokens.normal(k)) && k + 1 < this.end && this.isFinite(k + 1)))) return k - 1;
      if (this.document.quoteOf(k) >= 0 || !BOUNDARY.test(tokens.post(k))) continue;
      // A relative or participle clause, or an example, goes on with the report; a coordinated
      // clause, an aside or another attribution does not.
      const next = tokens.normal(k + 1);
      if (/;/.test(tokens.post(k)) || reportingCue(tokens, k + 1)) return k;
      if (!CONTINUING.has(next) && !next.endsWith('ing') && !this.asWellAs(k + 1) && !this.continuesClause(k + 1, clause)) return k;
    }
    return this.end - 1;
  }

  /**
   * What follows a comma at `k` belongs to the clause before it: an item of a list or an
   * apposition ("called for lower fares, the closure of two depots and …"), and, after a clause,
   * a coordinated report with no subject of its own ("…, and that she might …", "…, but could not …").
   * A new clause, an aside that opens with a subordinator, or another attribution does not.
   */
  private continuesClause(k: number, clause: boolean): boolean {
    const { tokens } = this;
    const word = tokens.normal(k);
    if (LINKING.has(word) && k + 1 < this.end) {
      if (!clause || reportingCue(tokens, k + 1)) return false;
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

  /** Past a wire dateline opening the sentence: "WASHINGTON ―", "NEW YORK (Reuters) -". */
  private skipDateline(k: number): number {
    for (let j = k; j < this.end && j - k < 5 && this.tokens.isAllCaps(j); j++) if (/[—―–-]/.test(this.tokens.post(j))) return j + 1;
    return k;
  }

  private skipLinking(k: number): number {
    return k + 1 < this.end && LINKING.has(this.tokens.normal(k)) && !this.commaAfter(k) ? k + 1 : k;
  }

  private commaAfter(k: number): boolean {
    return k >= this.first && k < this.end && /[,—–]/.test(this.tokens.post(k));
  }

  /** Where the report's text starts: its first word, or the quote mark that opens it. */
  private startOf(k: number): number {
    const start = this.tokens.start(k);
    const before = this.document.text.slice(Math.max(0, start - 1), start);
    return /["“‘']/.test(before) ? start - 1 : start;
  }

  /** Where it ends: after its last word and any closing quote marks, before a comma or full stop of the sentence's own. */
  private endOf(k: number): number {
    const end = this.tokens.writtenEnd(k);
    const closing = /^[.!?…,]*["”’']+/.exec(this.tokens.post(k));
    return closing ? end + closing[0].length : end;
  }
}
