import { ABOUT_PREPOSITIONS, ATTITUDE_WORDS, QUESTION_OPENERS, SOURCE_NOUNS, TELLING_VERBS } from '../../lexicon/speech.js';
import type { Document, Sentence } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import { ClauseReader, BOUNDARY, COMPLEMENTIZERS, LINKING, RELATIVES } from './clause-reader.js';
import { inflect, isVerbModifier, REPORTED_FORMS, type Cue } from './cues.js';
import { BE, INFINITIVE, OBJECT_REPORTS, PREPOSITION_REPORTS, reportingCue, STANCE, SUBORDINATORS } from './reporting-cues.js';
import type { Mention, Speakers } from './speakers.js';

/** Reported speech without quote marks: what was reported (a clause), who reported it and the verb that says so. */
export interface ReportedClause {
  start: number;
  end: number;
  speaker: Mention | null;
  cue: Cue;
}

const TELLING = new Set(TELLING_VERBS.flatMap(inflect));
const QUESTIONS = new Set(QUESTION_OPENERS);
const ATTITUDES = new Set(ATTITUDE_WORDS);
const SOURCES = new Set(SOURCE_NOUNS.flatMap((noun) => [noun, `${noun}s`]));
const ABOUT = new Set(ABOUT_PREPOSITIONS);
const AGAINST = new Set(['advise', 'argue', 'caution', 'warn'].flatMap(inflect));
/** The writer and the reader: outside quote marks, their words are the article's own. */
const WRITER = new Set(['i', 'we', 'you']);
/** Passive participles that raise a report onto the subject: "is expected to", "was said to". */
const RAISING = new Set(['alleged', 'believed', 'expected', 'reported', 'rumored', 'rumoured', 'said', 'thought', 'understood']);
/** Words after a cue and its speaker that carry the report on: "…, experts say, including a provision …". */
const EXAMPLES = new Set(['including', 'especially', 'particularly']);
/** Subordinate clauses that give the reason or a condition of what was reported go on with the report ("…, Graham said, since most voters accept …"). */
const REASONS = new Set(['because', 'since', 'although', 'though', 'unless']);
/** Words that open a relative or wh-clause with a gap the report fills: "which critics say is unfair". */
const WH_WORDS = new Set(['how', 'what', 'which', 'who', 'whom', 'why']);
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

/** A report that is one quotation with a speaker is the quotation's, not another attribution. */
function mostlyQuoted(report: ReportedClause, quotes: readonly MarkedSpan[]): boolean {
  let quoted = 0;
  for (const quote of quotes) quoted += Math.max(0, Math.min(quote.end, report.end) - Math.max(quote.open, report.start));
  return quoted >= (report.end - report.start) * 0.8;
}

/** The reading of one sentence around its reporting cues. */
class SentenceReader extends ClauseReader {
  constructor(
    document: Document,
    private readonly speakers: Speakers,
    sentence: Sentence,
  ) {
    super(document, sentence);
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
      // "Prices rose, the agency said, and wages fell": a coordinated clause goes on with the report.
      const coordinated = before && LINKING.has(next) && this.startsClause(after + 2);
      const resumes = (before && (REASONS.has(next) || EXAMPLES.has(next) || this.asWellAs(after + 1))) || (!aside && resumesWithVerb) || coordinated;
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
    const wh = this.whClause(cue);
    if (wh) return wh;
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
   * "the levy, which critics say hurts farmers", "what Ortiz says her plan would do": a cue whose
   * subject follows a wh-word reports the whole wh-clause, from that word to the clause's end.
   */
  private whClause(cue: Cue): ReportedClause | null {
    const subject = this.speakers.subjectOf(cue.first, this.first);
    if (!subject || subject === 'coordinated') return null;
    const wh = this.phraseStart(subject.first) - 1;
    if (wh < this.first || !WH_WORDS.has(this.tokens.normal(wh)) || cue.last + 1 >= this.end) return null;
    return { start: this.startOf(wh), end: this.endOf(this.clauseEnd(cue.last + 1)), speaker: subject, cue };
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
}
