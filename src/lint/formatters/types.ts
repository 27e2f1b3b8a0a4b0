import type { LintResult, MessageSeverity, Rule } from '../rule.js';

export interface FormatOptions {
  /** Colour for terminals; only `stylish` uses it. */
  color: boolean;
  /** Directory that relative paths in results are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** newsx's version, named as the tool in SARIF and JUnit. */
  version: string;
  /** The rules of the run, by id: SARIF lists each with its description, default level and docs. */
  rules: ReadonlyMap<string, Rule>;
  /**
   * Where rule pages are, ending in `/`: a web folder from package.json, or the folder of the pages
   * shipped in the package. Absent, the path inside the package (`docs/rules/`).
   */
  docsBase?: string;
  /** The project's page, for SARIF's `informationUri`; absent when package.json names none. */
  homepage?: string;
}

/** Totals of a run, as the summary line and the JSON `summary` give them. */
export interface LintSummary {
  fileCount: number;
  filesWithProblems: number;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /**
   * Findings by rule and severity, most first (ties by rule id): what a big corpus needs before
   * the findings themselves. `ruleId` is null for files that could not be linted at all.
   */
  rules: RuleCount[];
}

export interface RuleCount {
  ruleId: string | null;
  severity: MessageSeverity;
  /** Findings of this rule at this severity. */
  count: number;
  /** Files with at least one. */
  files: number;
}

/**
 * A formatter turns a run's results into text, purely. Formats without an enclosing document
 * also stream: the output is `file()` of each result in order, then `end()`, and equals `format()`.
 */
export interface Formatter {
  format(results: readonly LintResult[], options: FormatOptions): string;
  stream?: {
    file(result: LintResult, options: FormatOptions): string;
    end(summary: LintSummary, options: FormatOptions): string;
  };
}

export function summarize(results: readonly LintResult[]): LintSummary {
  const summary = emptySummary();
  for (const result of results) addToSummary(summary, result);
  return summary;
}

export function emptySummary(): LintSummary {
  return { fileCount: 0, filesWithProblems: 0, errorCount: 0, warningCount: 0, fatalErrorCount: 0, rules: [] };
}

export function addToSummary(summary: LintSummary, result: LintResult): void {
  summary.fileCount++;
  if (result.messages.length > 0) summary.filesWithProblems++;
  summary.errorCount += result.errorCount;
  summary.warningCount += result.warningCount;
  summary.fatalErrorCount += result.fatalErrorCount;
  countRules(summary, result);
}

/**
 * Adds a file's findings to the per-rule counts. A file's findings come in at most twice (its own
 * rules, then corpus rules after the last file), never the same rule twice, so each adds to `files` once.
 */
export function countRules(summary: LintSummary, result: Pick<LintResult, 'messages'>): void {
  const seen = new Set<RuleCount>();
  for (const m of result.messages) {
    let row = summary.rules.find((r) => r.ruleId === m.ruleId && r.severity === m.severity);
    if (!row) summary.rules.push((row = { ruleId: m.ruleId, severity: m.severity, count: 0, files: 0 }));
    row.count++;
    if (!seen.has(row)) row.files++;
    seen.add(row);
  }
  summary.rules.sort((a, b) => b.count - a.count || (a.ruleId ?? '').localeCompare(b.ruleId ?? '') || a.severity.localeCompare(b.severity));
}

/** A formatter that streams is its stream run over every result. */
export function streamingFormatter(stream: NonNullable<Formatter['stream']>): Formatter {
  return {
    format: (results, options) => results.map((result) => stream.file(result, options)).join('') + stream.end(summarize(results), options),
    stream,
  };
}
