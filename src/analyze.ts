import { findReferenceDate } from './article/dateline.js';
import { sectionAt, splitSections } from './article/sections.js';
import { parseText } from './nlp/compromise.js';
import { runPasses } from './passes/index.js';
import type { AnalyzeOptions, Report } from './types.js';

/** Bumped on any change a consumer of the JSON could notice: minor for added fields, major for others. */
export const SCHEMA_VERSION = '1.0.0';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Analyses one article synchronously: sections, one compromise parse, then every pass in order.
 * Pure: it reads only its arguments, so the CLI, workers and library callers share it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  if (options.referenceDate != null && !ISO_DATE.test(options.referenceDate)) {
    throw new RangeError(`referenceDate must be YYYY-MM-DD, got "${options.referenceDate}"`);
  }
  const sections = splitSections(text, options.sections);
  const parsed = parseText(text);
  const dateline = options.referenceDate ? null : findReferenceDate(text, sections);
  const referenceDate = options.referenceDate ?? dateline;
  const findings = runPasses({
    text,
    sections,
    parsed,
    referenceDate,
    sectionAt: (offset) => sectionAt(sections, offset),
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '<text>',
    referenceDate,
    referenceDateSource: options.referenceDate ? 'option' : dateline ? 'dateline' : null,
    sections,
    ...findings,
  };
}
