import type { Fallback } from '../article/decode.js';
import type { RuleOptions, RuleSpecMeta } from '../config/rule-spec.js';
import type { Document } from '../nlp/document.js';
import type { Report, Span } from '../types.js';
import type { Fix } from './fix.js';

export type { OptionSpec, RuleOptions, Severity } from '../config/rule-spec.js';

/** The severity a finding carries in results; "warning" reads better in JSON and SARIF than "warn". */
export type MessageSeverity = 'warning' | 'error';

export interface RuleMeta extends RuleSpecMeta {
  /** `corpus` rules compare files with one another after the last file of a run. */
  scope: 'file' | 'corpus';
  /** Message templates by id, with `{{name}}` placeholders filled from the report's `data`. */
  messages: Record<string, string>;
}

/** Where a rule points: offsets into the decoded text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Descriptor {
  messageId: string;
  range: Range;
  data?: Record<string, string | number>;
  /** The one safe edit that repairs this finding, when there is one (`newsx lint --fix` applies it). */
  fix?: Fix | null;
}

/** What a rule sees of one article: the parsed document, the analysis of it, and where to report. */
export interface RuleContext<O extends RuleOptions = RuleOptions> {
  source: string;
  /** `document.text`. */
  text: string;
  /**
   * The one parse every pass read: paragraphs with their sections, sentences, line positions and
   * quotations. Rules read these rather than split or scan the text again.
   */
  document: Document;
  /** The report on `document`: sections and the passes' findings. Rules read it; they never re-analyse. */
  analysis: Report;
  options: O;
  /** Set when the file's bytes were not UTF-8 and were read as Windows-1252: the first bad byte and where it is. */
  fallback: Fallback | null;
  report(descriptor: Descriptor): void;
}

/** A rule that judges one article on its own. */
export interface FileRule<O extends RuleOptions = RuleOptions> {
  id: string;
  meta: RuleMeta & { scope: 'file' };
  check(context: RuleContext<O>): void;
}

/** What a corpus rule keeps about one file until the end of the run: small, plain data. */
export interface Collected<S> {
  signature: S;
  /** Where a finding about this file is reported. */
  range: Range;
}

export interface CorpusFile<S> {
  /** Position of the file in the run. */
  index: number;
  filePath: string;
  signature: S;
}

export interface CorpusFinding {
  /** The file the finding is reported on. */
  index: number;
  messageId: string;
  data?: Record<string, string | number>;
}

/**
 * A rule that needs the whole corpus: `collect` runs per file (in a worker, later) and keeps a
 * bounded signature; `compare` runs once over every signature after the last file.
 */
export interface CorpusRule<O extends RuleOptions = RuleOptions, S = unknown> {
  id: string;
  meta: RuleMeta & { scope: 'corpus' };
  collect(context: Omit<RuleContext<O>, 'report'>): Collected<S> | null;
  compare(files: Array<CorpusFile<S>>, options: O): CorpusFinding[];
}

export type Rule = FileRule | CorpusRule;

/** Where a finding lies, in the conventions editors use: lines and columns from 1, columns in UTF-16 units. */
export interface Location {
  span: Span;
  line: number;
  column: number;
  endLine: number;
  /** Column just after the last character, as ESLint reports it. */
  endColumn: number;
}

/** One finding. Plain data: formatters, the cache and worker processes all pass it around as is. */
export interface LintMessage extends Location {
  /** null only for a file that could not be read at all. */
  ruleId: string | null;
  severity: MessageSeverity;
  /** The rule's message for `messageId`, its placeholders filled from `data`. */
  message: string;
  /** Absent only on a fatal message without a rule. */
  messageId?: string;
  /** What the rule filled its message with, for tools that word findings their own way. */
  data?: Record<string, string | number>;
  /** Set when the file could not be linted at all (unreadable or undecodable). */
  fatal?: true;
  /** The edit that repairs the finding, as ESLint gives it: offsets into the decoded text and the replacement. */
  fix?: Fix;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** The text with every fix applied, when linting with fixes changed it (as ESLint's `output`). */
  output?: string;
}

/** Fills `{{name}}` placeholders; an unknown name stays visible rather than vanishing. */
function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * What a finding of `rule` says: its message id, its data and the wording built from the rule's
 * template, the one place a finding gets its words. An id the rule does not declare is a bug in the rule.
 */
export function wordFinding(rule: Rule, messageId: string, data?: Record<string, string | number>): Pick<LintMessage, 'message' | 'messageId' | 'data'> {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported an unknown messageId "${messageId}"`);
  return { message: formatMessage(template, data), messageId, ...(data ? { data } : {}) };
}

export function isCorpusRule(rule: Rule): rule is CorpusRule {
  return rule.meta.scope === 'corpus';
}
