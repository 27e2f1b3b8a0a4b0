import { Chalk } from 'chalk';
import { streamingFormatter, type LintSummary, type RuleCount } from './types.js';

/** What a row calls findings without a rule: files newsx could not lint at all. */
const NO_RULE = '(unreadable)';

const plural = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The per-rule lines that end `stylish` output, most findings first, so a reader of a long run
 * sees at the bottom which rules it is about: `  721  error    quote-balance  (480 files)`.
 */
export function ruleCountLines(summary: LintSummary, color: boolean): string {
  if (summary.rules.length === 0) return '';
  const c = new Chalk({ level: color ? 1 : 0 });
  const countWidth = Math.max(...summary.rules.map((r) => r.count.toLocaleString('en-US').length));
  const ruleWidth = Math.max(...summary.rules.map((r) => (r.ruleId ?? NO_RULE).length));
  const lines = summary.rules.map((r) => {
    const severity = r.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    return `  ${r.count.toLocaleString('en-US').padStart(countWidth)}  ${severity}  ${(r.ruleId ?? NO_RULE).padEnd(ruleWidth)}  ${c.dim(`(${plural(r.files, 'file')})`)}`;
  });
  return `\n${lines.join('\n')}\n`;
}

/**
 * `--format summary`: one row per rule and severity (findings and files), then the totals, and
 * nothing per file: for corpora too big to read finding by finding.
 */
export const summary = streamingFormatter({
  file: () => '',
  end(totals) {
    const header: string[] = ['rule', 'severity', 'count', 'files'];
    const rows = totals.rules.map((r: RuleCount) => [r.ruleId ?? NO_RULE, r.severity, r.count.toLocaleString('en-US'), r.files.toLocaleString('en-US')]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
    const problems = totals.errorCount + totals.warningCount;
    const footer = `${plural(problems, 'problem')} (${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}) in ${plural(totals.filesWithProblems, 'file')} of ${totals.fileCount.toLocaleString('en-US')}`;
    return `${[header, ...rows].map(line).join('\n')}\n\n${footer}\n`;
  },
});
