import type { MarkedSpan } from '../../nlp/quote-marks.js';
import type { Tokens } from '../../nlp/tokens.js';
import type { Cue } from './cues.js';
import { INFINITIVE, OBJECT_REPORTS, PREPOSITION_REPORTS, SEEMING, STANCE } from './reporting-cues.js';
import type { Mention } from './speakers.js';

/** Reported speech without quote marks: what was reported (a clause), who reported it and the verb that says so. */
export interface ReportedClause {
  start: number;
  end: number;
  speaker: Mention | null;
  cue: Cue;
}

/** A verb of belief, intention or comment, whose report inside another report is part of that one. */
export function isStance(word: string): boolean {
  return STANCE.has(word) || INFINITIVE.has(word) || OBJECT_REPORTS.has(word) || PREPOSITION_REPORTS.has(word);
}

/** A report that is one quotation with a speaker is the quotation's, not another attribution. */
export function mostlyQuoted(report: ReportedClause, quotes: readonly MarkedSpan[]): boolean {
  let quoted = 0;
  for (const quote of quotes) quoted += Math.max(0, Math.min(quote.end, report.end) - Math.max(quote.open, report.start));
  return quoted >= (report.end - report.start) * 0.8;
}

/**
 * The reports in text order, without those a stance or impression verb makes inside another
 * report: in "said she plans to …" or "told the audience that she believes …", the belief or
 * intention is part of what was reported, not an attribution of its own.
 */
export function outermost(tokens: Tokens, found: readonly ReportedClause[]): ReportedClause[] {
  const kept = found.filter((report) => {
    const word = tokens.normal(report.cue.last);
    if (!isStance(word) && !SEEMING.has(word)) return true;
    const at = tokens.start(report.cue.first);
    return !found.some((outer) => outer !== report && outer.start <= at && at < outer.end);
  });
  return kept.sort((a, b) => a.start - b.start);
}
