import { findReferenceDate } from './article/dateline.js';
import { splitSections } from './article/sections.js';
import { parseDocument, type Document } from './nlp/document.js';
import { runPasses } from './passes/index.js';
import type { AnalyzeOptions, Report } from './types.js';

/** Bumped on any change a consumer of the JSON could notice: minor for added fields, major for others. */
export const SCHEMA_VERSION = '1.1.0';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Analyses one article synchronously: sections, one parse, then every pass in order. Pure: it
 * reads only its arguments, so the CLI, workers and library callers share it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDocument(readDocument(text, options), options);
}

/** Sections and the one parse of an article, for callers that read the document as well as the report (the linter). */
export function readDocument(text: string, options: AnalyzeOptions = {}): Document {
  if (options.referenceDate != null && !ISO_DATE.test(options.referenceDate)) {
    throw new RangeError(`referenceDate must be YYYY-MM-DD, got "${options.referenceDate}"`);
  }
  return parseDocument(text, splitSections(text, options.sections));
}

/** The report on a document `readDocument` built with the same options. */
export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): Report {
  const { text, sections } = document;
  const dateline = options.referenceDate ? null : findReferenceDate(text, sections);
  const referenceDate = options.referenceDate ?? dateline;
  const findings = runPasses({ document, referenceDate });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '<text>',
    referenceDate,
    referenceDateSource: options.referenceDate ? 'option' : dateline ? 'dateline' : null,
    sections,
    ...findings,
  };
}
