import { ABOUT_PREPOSITIONS, ATTITUDE_WORDS, QUESTION_OPENERS, SOURCE_NOUNS, TELLING_VERBS, THAT_CLAUSE_WORDS } from '../../lexicon/speech.js';
import type { Document, Sentence } from '../../nlp/document.js';
import type { MarkedSpan } from '../../nlp/quote-marks.js';
import { TagSet } from '../../nlp/tags.js';
import { ClauseReader, RELATIVES } from './clause-reader.js';
import { inflect, isVerbModifier, REPORTED_FORMS, type Cue } from './cues.js';
import { BE, INFINITIVE, intentAt, OBJECT_ONLY, OBJECT_REPORTS, OUT_PARTICLE, PREPOSITION_ONLY, PREPOSITION_REPORTS, raisingAt, regardedAt, reportingCue, seemingAt, sourcelessAt, STANCE, SUBORDINATORS, unansweredFrom } from './reporting-cues.js';
import type { Mention, Speakers } from './speakers.js';
import { objectPhraseEnd } from './object-phrase.js';
import { proFormEnd } from './pro-form.js';
import { mostlyQuoted, outermost, type ReportedClause } from './reported-clause.js';
import { takesObjectAs } from './taken-as.js';
import { isNounish, NOUN_PHRASE_WORDS } from './word-classes.js';
import { BOUNDARY, COMPLEMENTIZERS, LINKING } from './word-reader.js';

const TELLING = new Set(TELLING_VERBS.flatMap(inflect));
const QUESTIONS = new Set(QUESTION_OPENERS);
const ATTITUDES = new Set(ATTITUDE_WORDS);
const THAT_CLAUSE = new Set(THAT_CLAUSE_WORDS);
const SOURCES = new Set(SOURCE_NOUNS.flatMap((noun) => [noun, `${noun}s`]));
const ABOUT = new Set(ABOUT_PREPOSITIONS);
const AGAINST = new Set(['advise', 'argue', 'caution', 'warn'].flatMap(inflect));
/** The writer and the reader: outside quote marks, their words are the article's own. */
const WRITER = new Set(['i', 'we', 'you']);
/** Words after a cue and its speaker that carry the report on with an example or a reason: "…, experts say, including …", "…, Graham said, since …". */
const GOES_ON = new Set(['including', 'especially', 'particularly', 'because', 'since', 'although', 'though', 'unless']);
/** Words that end a subject phrase when read leftwards: a verb with a tense of its own, a preposition or a linking word. */
const NOT_IN_SUBJECT = TagSet.of('Gerund', 'PastTense', 'Modal', 'Copula', 'Auxiliary', 'Pronoun', 'Preposition', 'Conjunction');
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
        if (report && !mostlyQuoted(report, quotes) && !found.some((other) => other.start <= report.start && report.end <= other.end)) found.push(report);
        continue;
      }
      t = cue.last;
      if (!report || mostlyQuoted(report, quotes)) continue;
      if (found.some((other) => other.start === report.start && other.end === report.end)) continue;
      found.push(report);
    }
  }
  return outermost(document.tokens, found);
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
    if (this.tokens.normal(cue.last).endsWith('ing') || PREPOSITION_ONLY.has(this.tokens.normal(cue.last))) return null;
    let speaker: Mention | null;
    let boundary: number;
    if (cue.role === 'object') {
      if (cue.first === this.first) return this.afterAccordingTo(cue);
      if (!this.commaAfter(cue.first - 1)) return null;
      speaker = this.speakers.objectAfter(cue.last + 1, this.end);
      boundary = cue.first - 1;
    } else {
      const subject = this.speakers.subjectOf(cue.first, this.first);
      const opens = subject && subject !== 'coordinated' ? this.subjectStart(subject.first) : -1;
      if (subject && subject !== 'coordinated' && opens > this.first && this.commaAfter(opens - 1)) {
        speaker = subject;
        boundary = opens - 1;
      } else if (cue.first > this.first && this.commaAfter(cue.first - 1) && this.tokens.normal(cue.last + 1) !== 'as') {
        // "…, known as the Accord" names a thing; "…, said the minister" has its speaker after the cue.
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
    // "said one Labour aide at the table": past the rest of the phrase whose name is the speaker.
    while (speaker && speaker.first > cue.last && speaker.first - cue.last <= 2 && after + 1 < this.end && !this.commaAfter(after) && isNounish(this.tokens, after + 1) && !this.isFinite(after + 1)) after++;
    // "according to FEC filings", "according to a poll taken last week": the source runs to its comma.
    if (cue.role === 'object') while (after + 1 < this.end && !this.commaAfter(after)) after++;
    while (after + 1 < this.end && !this.commaAfter(after) && this.isAdjunct(after + 1)) after++;
    // "…, Ortiz told the Gazette on Thursday": past whoever was told.
    if (cue.role === 'subject' && TELLING.has(this.tokens.normal(cue.last)) && !this.commaAfter(after)) after = this.skipObject(after + 1) - 1;
    while (after + 1 < this.end && !this.commaAfter(after) && this.isAdjunct(after + 1)) after++;
    after = this.pastPrepositionalPhrases(after);
    const before = this.hasClause(start, boundary + 1);
    let last = boundary;
    if (after + 1 < this.end && !/\(/.test(this.tokens.post(after))) {
      if (!this.commaAfter(after)) return null;
      const next = this.tokens.normal(after + 1);
      const aside = SUBORDINATORS.has(next) || LINKING.has(next) || next.endsWith('ing');
      // "The talks, officials said, will resume": what resumes has a verb; ", a longtime adviser" is an apposition.
      // "Even if the merger collapses, Ms. Grant said, she will …": after a subordinate clause the main one follows.
      const subordinate = this.opensSubordinate(start);
      const resumesWithVerb = before ? (subordinate || !this.tokens.has(after + 1, 'Pronoun')) && this.mainVerbBeforeBoundary(after + 1) : this.hasClause(after, Math.min(this.end, after + 4));
      // "Prices rose, the agency said, and wages fell": a coordinated clause goes on with the report.
      const coordinated = before && LINKING.has(next) && this.startsClause(after + 2);
      const resumes = (before && (GOES_ON.has(next) || this.asWellAs(after + 1))) || (!aside && resumesWithVerb) || coordinated;
      if (resumes) last = this.clauseEnd(after + 1);
      else if (!aside && cue.role !== 'object' && !(before && !this.mainVerbBeforeBoundary(after + 1))) return null;
    }
    if (!before && last === boundary) return null;
    // "When asked about the deal, Trump answered": a subordinate clause alone is not what was
    // reported; "After a slow start, sales have recovered, one analyst said" has its main clause.
    if (last === boundary && SUBORDINATORS.has(this.tokens.normal(start)) && !this.mainClauseAfterOpening(start, boundary)) return null;
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
    const { tokens } = this;
    const verb = tokens.normal(cue.last);
    let k = cue.last + 1;
    // "…, citing a risk to consumers": a source cited is what the clause's subject reported.
    if (cue.role === 'object' && OBJECT_REPORTS.has(verb) && verb.endsWith('ing') && this.startsNounPhrase(k)) return this.reportFrom({ ...cue, role: 'subject' }, k, false);
    if (cue.role !== 'subject') return null;
    // '"…," said Mr. Burman': a cue after a comma or a closing quote with a name after it reports
    // what came before it ("Lovas, the chairman, said he cannot …" reports what follows).
    const afterComma = cue.first > this.first && /[,"”']\s*$/.test(tokens.post(cue.first - 1));
    if (afterComma && !verb.endsWith('ing') && !TELLING.has(verb) && !OBJECT_ONLY.has(verb) && k < this.end && tokens.isCapitalised(k) && !tokens.has(k, 'Pronoun') && !this.nameThenVerb(k) && !this.possessorThenVerb(k)) return null;
    // "warned against rushing into a settlement": what someone advised against.
    if (AGAINST.has(verb) && tokens.normal(k) === 'against' && k + 1 < this.end && tokens.normal(k + 1).endsWith('ing')) {
      return this.reportFrom(cue, k, false);
    }
    const wh = this.whClause(cue);
    if (wh) return wh;
    // "pointed out that …", "singled out the senator": the report follows the particle.
    const out = OUT_PARTICLE.has(verb) && tokens.normal(k) === 'out';
    if (out) k++;
    const clauses = out || !PREPOSITION_ONLY.has(verb);
    const unanswered = unansweredFrom(tokens, cue.last);
    // "did not respond to requests for comment": compromise often reads the plural noun as a verb.
    if (unanswered >= 0 && (this.startsNounPhrase(unanswered) || tokens.has(unanswered, 'Plural') || /s$/.test(tokens.normal(unanswered)))) return this.reportFrom(cue, unanswered, false);
    // "sees the plan as a threat", "called the deal a disaster": the object and what it is taken for.
    if (takesObjectAs(tokens, cue.last) && (this.startsNounPhrase(k) || tokens.has(k, 'Reflexive'))) return this.reportFrom(cue, k, false);
    const standIn = REPORTED_FORMS.has(verb) || STANCE.has(verb) ? proFormEnd(tokens, k, this.end) : -1;
    // "said so", "said the same of the mayor": a stand-in for what was said is the report.
    const standing = standIn >= 0 ? this.reportFrom(cue, k, false) : null;
    if (standing) return { ...standing, end: this.endOf(standIn) };
    const told = k;
    if (TELLING.has(verb)) k = this.skipObject(k);
    while (k < this.end && this.isAdjunct(k)) k++;
    let start = clauses ? this.complementizerFrom(k) : -1;
    if (clauses && start < 0 && k < this.end && QUESTIONS.has(tokens.normal(k))) start = k;
    if (start < 0 && INFINITIVE.has(verb) && k < this.end) {
      const to = tokens.normal(k) === 'to' ? k : tokens.normal(k) === 'not' && tokens.normal(k + 1) === 'to' ? k + 1 : this.objectThenTo(k);
      // "told his advisers to find a way": who was told to do it belongs to the report.
      if (to >= 0) start = k > told && tokens.normal(k) === 'to' ? told : k;
    }
    // "supported the bill when it came up": after a verb that takes no clause, what reads as one is its object.
    // "Citing a poll, the mayor …": an opening participle's phrase ends where the main clause begins.
    const objectOnly = start < 0 && (OBJECT_ONLY.has(verb) || (verb.endsWith('ing') && cue.first === this.skipLinking(this.first)));
    if (clauses && start < 0 && (this.startsClause(k) || this.gerundSubject(k))) start = k;
    // "said after the debate she would …": a prepositional phrase, then a clause with a pronoun subject.
    if (clauses && start < 0 && tokens.has(k, 'Preposition') && (REPORTED_FORMS.has(verb) || STANCE.has(verb)) && !PREPOSITION_REPORTS.has(verb)) {
      let j = k + 1;
      while (j < this.end && j - k < 7 && !this.commaAfter(j - 1) && tokens.hasAny(j, NOUN_PHRASE_WORDS) && !tokens.has(j, 'Pronoun')) j++;
      const relative = [1, 2, 3].some((d) => tokens.normal(j + d) === 'that');
      if (j > k + 1 && !this.commaAfter(j - 1) && tokens.has(j, 'Pronoun') && !relative && this.startsClause(j)) start = j;
    }
    // "expects prices to fall", "believed him to be honest": a belief about an object, in an infinitive.
    // "hopes to plant trees": the infinitive itself.
    const to = tokens.normal(k) === 'to' ? k : this.objectThenTo(k);
    if (start < 0 && STANCE.has(verb) && to >= k && tokens.has(to + 1, 'Infinitive')) start = k;
    if (start >= 0 && start < this.end) return this.reportFrom(cue, start, true, objectOnly);
    // "called for a ban", "spoke of a crisis": what the stance is about, after its preposition;
    // "called on Congress to act": whom it was put to, and the act.
    const prepositions = PREPOSITION_REPORTS.get(verb);
    if (prepositions && k + 1 < this.end && prepositions.has(tokens.normal(k)) && this.startsObject(k + 1)) return this.reportFrom(cue, k + 1, this.objectThenTo(k + 1) >= 0);
    // "cited derogatory comments", "praised the proposals": the object is the report; "promised a
    // veto" has no one told before it.
    if ((OBJECT_REPORTS.has(verb) || out) && this.startsObject(k)) return this.reportFrom(cue, k, false);
    return OBJECT_REPORTS.has(verb) && k > told && this.startsObject(told) ? this.reportFrom(cue, told, false) : null;
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
    const that = THAT_CLAUSE.has(tokens.normal(t)) && tokens.normal(t + 1) === 'that' && this.startsClause(t + 2);
    const intent = !that && intentAt(tokens, t, this.end);
    if (!that && !intent && (!ATTITUDES.has(tokens.normal(t)) || t + 2 >= this.end || !ABOUT.has(tokens.normal(t + 1)) || !this.startsNounPhrase(t + 2))) return null;
    if (/[,;:]/.test(tokens.post(t))) return null;
    let k = t - 1;
    while (k >= this.first && (tokens.has(k, 'Adjective') || tokens.has(k, 'Adverb'))) k--;
    let speaker: Mention | null;
    const named = k >= this.first && (tokens.isPossessive(k) || tokens.hasApostropheS(k));
    const pronoun = k >= this.first && tokens.has(k, 'Possessive') && tokens.has(k, 'Pronoun');
    // "made plans to build": an intention nobody owns is a thing done, not a stance reported.
    if (intent && !named && !pronoun) return null;
    if (named) speaker = this.speakers.nearestNameEndingAt(k, this.first);
    else if (pronoun) speaker = this.speakers.pronounAt(k);
    else speaker = this.speakers.clauseSubject(this.first, t - 1);
    if (!speaker) return null;
    // "her plan to cut taxes": the infinitive, with its "to", is the report.
    const start = intent ? t + 1 : t + 2;
    const cue: Cue = { first: t, last: intent ? t : t + 1, role: 'subject', weak: false };
    let last = this.clauseEnd(start, that || intent);
    // "His refusal to resign angered voters": an infinitive in the subject ends before the main verb.
    const inSubject = intent && !this.hasClause(this.first - 1, t);
    for (let j = t + 3; inSubject && j <= last; j++) if (this.isFinite(j)) last = j - 1;
    return { start: this.startOf(start), end: this.endOf(last), speaker, cue };
  }

  /** "It was reported that …", "It is unclear whether …": a report the text gives no source for; the one kind whose speaker is null. */
  sourceless(): ReportedClause | null {
    const found = this.document.quoteOf(this.first) < 0 ? sourcelessAt(this.tokens, this.skipLinking(this.first), this.end) : null;
    if (!found || (found.clause && !this.startsClause(found.start))) return null;
    const cue: Cue = { first: found.cue, last: found.cue, role: 'subject', weak: false };
    return { start: this.startOf(found.start), end: this.endOf(this.clauseEnd(found.start)), speaker: null, cue };
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
    // "In her view, …" names a source; "In view of the delays, …" does not.
    for (let k = this.first + 1; k <= comma; k++) if (SOURCES.has(tokens.normal(k)) && tokens.has(k, 'Noun') && tokens.normal(k + 1) !== 'of') head = k;
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
   * onto the clause's subject, with no source in the text; "The plan seems too risky" gives an
   * impression the same way. The report is the whole clause.
   */
  raisedAt(t: number): ReportedClause | null {
    const { tokens } = this;
    const seeming = seemingAt(tokens, t);
    const regarded = regardedAt(tokens, t);
    if (!seeming && !regarded && !raisingAt(tokens, t, this.end)) return null;
    let be = seeming ? t : t - 1;
    while (!seeming && be > this.first && tokens.has(be, 'Adverb')) be--;
    if (be <= this.first || (!seeming && !BE.has(tokens.normal(be))) || (tokens.has(be - 1, 'Pronoun') && WRITER.has(tokens.normal(be - 1)))) return null;
    let start = be - 1;
    // "Ortiz argued that the plan seemed rushed": the impression is the reported clause's, after its cue.
    while (start > this.first && !BOUNDARY.test(tokens.post(start - 1)) && tokens.normal(start - 1) !== 'that' && !(start - 1 > this.first && tokens.has(start - 1, 'Verb') && reportingCue(tokens, start - 1))) start--;
    start = this.skipLinking(this.skipDateline(start));
    if (start >= be || RELATIVES.has(tokens.normal(start)) || tokens.normal(start) === 'it') return null;
    const cue: Cue = { first: t, last: t, role: 'subject', weak: false };
    const end = tokens.normal(t + 1) === 'to' ? this.clauseEnd(t + 2) : this.clauseEnd(t + 1, false);
    return { start: this.startOf(start), end: this.endOf(end), speaker: null, cue };
  }

  /**
   * The report from token `start` to its clause's end, by the cue's subject; none when the subject
   * is the writer ("I know your returns are being audited" is the article's own voice). An
   * `object` report ends as a noun phrase does, before a subordinate clause of its own.
   */
  private reportFrom(cue: Cue, start: number, clause = true, object = !clause): ReportedClause | null {
    let before = cue.first - 1;
    while (before >= this.first && isVerbModifier(this.tokens, before)) before--;
    if (before >= this.first && WRITER.has(this.tokens.normal(before))) return null;
    // "Lee seemed to think …", "The firm wants to clarify …": the subject of the verb before "to".
    const raised = this.tokens.normal(cue.first - 1) === 'to' && cue.first - 2 >= this.first && this.tokens.has(cue.first - 2, 'Verb') ? cue.first - 2 : cue.first;
    const subject = this.speakers.subjectOf(raised, this.first);
    const speaker = subject === 'coordinated' ? this.speakers.clauseSubject(this.first, raised - 1) : (subject ?? this.subjectAfterOpening(cue));
    if (speaker?.kind === 'pronoun' && WRITER.has(this.tokens.normal(speaker.first))) return null;
    const end = this.isGerund(start) ? this.phraseEnd(start) : this.clauseEnd(start, clause);
    const last = object ? objectPhraseEnd(this.tokens, start, end) : end;
    return { start: this.startOf(start), end: this.endOf(last), speaker, cue };
  }

  /**
   * "said raising the tax would hurt farmers": a gerund's phrase as the subject of a finite verb
   * before the next boundary; a gerund that reports ("said, adding that …") opens no subject.
   */
  private gerundSubject(k: number): boolean {
    if (!this.isGerund(k) || reportingCue(this.tokens, k)) return false;
    for (let j = k + 1; j < this.end && j - k < 12 && this.document.quoteOf(j) < 0; j++) {
      if (this.isFinite(j)) return !this.tokens.has(j, 'Pronoun');
      if (BOUNDARY.test(this.tokens.post(j)) || COMPLEMENTIZERS.has(this.tokens.normal(j))) return false;
    }
    return false;
  }

  /** A gerund's phrase has verbs of its own ("dropping carried interest"): it runs to the first comma or the sentence's end. */
  private phraseEnd(k: number): number {
    while (k < this.end - 1 && (this.document.quoteOf(k) >= 0 || !BOUNDARY.test(this.tokens.post(k)))) k++;
    return k;
  }

  /** A noun phrase or a gerund's phrase: "proposed dropping the tax", "called for reducing the rate". */
  private startsObject(k: number): boolean {
    return this.startsNounPhrase(k) || this.isGerund(k);
  }

  /** "proposed dropping the tax": a gerund with its own object ("recalled thinking, …" has none). */
  private isGerund(k: number): boolean {
    return k + 1 < this.end && this.tokens.has(k, 'Gerund') && this.tokens.normal(k).endsWith('ing') && !BOUNDARY.test(this.tokens.post(k));
  }

  /**
   * "said Molina's plan was …": a name owning a noun that a verb follows is the report's subject,
   * not a speaker after the cue ("said the mayor's chief of staff, Leo Park" is one).
   */
  private possessorThenVerb(k: number): boolean {
    const { tokens } = this;
    let j = k;
    while (j + 1 < this.end && !tokens.hasApostropheS(j) && tokens.isCapitalised(j + 1) && !/[,;:]/.test(tokens.post(j))) j++;
    if (!tokens.hasApostropheS(j)) return false;
    while (j + 1 < this.end && isNounish(tokens, j + 1) && !this.isFinite(j + 1) && !/[,;:]/.test(tokens.post(j))) j++;
    return j + 1 < this.end && !/[,;:]/.test(tokens.post(j)) && this.isFinite(j + 1);
  }

  /** "Citing a poll, the mayor said …": an opening participle's subject is the main clause's, after its comma. */
  private subjectAfterOpening(cue: Cue): Mention | null {
    if (cue.first !== this.skipLinking(this.first) || !this.tokens.normal(cue.first).endsWith('ing')) return null;
    let comma = cue.last;
    while (comma + 1 < this.end && !this.commaAfter(comma)) comma++;
    return comma + 1 < this.end ? this.speakers.clauseSubject(comma + 1, this.end - 1) : null;
  }

  /**
   * A verb of a main clause from `k` to the next boundary: not one in a relative clause of an
   * apposition ("…, said Rosa Diaz, an engineer who manages the project", "…, a jump which few expected").
   */
  private mainVerbBeforeBoundary(k: number): boolean {
    const { tokens } = this;
    for (let j = k; j < this.end; j++) {
      if (RELATIVES.has(tokens.normal(j)) || tokens.normal(j) === 'what') return false;
      if (this.document.quoteOf(j) < 0 && this.isFinite(j)) return true;
      if (BOUNDARY.test(tokens.post(j))) return false;
    }
    return false;
  }

  /** Whether a subordinate clause opens at `k`: "when she …", "even if the deal …". */
  private opensSubordinate(k: number): boolean {
    const { tokens } = this;
    const at = tokens.normal(k) === 'even' && k + 1 < this.end ? k + 1 : k;
    return SUBORDINATORS.has(tokens.normal(at)) && this.verbBeforeBoundary(at + 1);
  }

  /** Whether an opening phrase from `start` ends at a comma before `boundary` and a clause follows it. */
  private mainClauseAfterOpening(start: number, boundary: number): boolean {
    for (let k = start; k < boundary; k++) if (this.commaAfter(k)) return this.hasClause(k, boundary + 1);
    return false;
  }

  /**
   * Where the subject of a cue after its report starts: its noun phrase, and before it words that
   * are no verb of a clause of their own, up to the comma that ends the report ("…, top housing
   * economists said", where compromise reads "top" as a verb; "…, the news site Le Monde reported").
   */
  private subjectStart(k: number): number {
    const opens = this.phraseStart(k);
    let j = opens - 1;
    while (j > this.first && opens - j < 6 && !this.commaAfter(j) && this.document.quoteOf(j) < 0 && !this.tokens.hasAny(j, NOT_IN_SUBJECT)) j--;
    return j < opens - 1 && this.commaAfter(j) ? j + 1 : opens;
  }

  /** Where the noun phrase ending in a name starts: "the IMF", "Russia's foreign ministry". */
  private phraseStart(k: number): number {
    const { tokens } = this;
    while (k - 1 > this.first && !this.commaAfter(k - 1) && (tokens.has(k - 1, 'Determiner') || tokens.has(k - 1, 'Adjective') || tokens.has(k - 1, 'Possessive') || tokens.isCapitalised(k - 1))) k--;
    return k;
  }
}
