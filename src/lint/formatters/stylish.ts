import { Chalk } from 'chalk';
import { ruleCountLines } from './rule-counts.js';
import { streamingFormatter, type FormatOptions } from './types.js';
import type { LintResult } from '../rule.js';
import { terminalLine } from '../../report/terminal-text.js';

/** ESLint's default look: problems grouped under each file's path, then one summary line; article text and paths go through `terminalLine`. */
export const stylish = streamingFormatter({
  file(result: LintResult, options: FormatOptions) {
    if (result.messages.length === 0) return '';
    const c = new Chalk({ level: options.color ? 1 : 0 });
    const rows = result.messages.map((m) => ({
      where: `${m.line}:${m.column}`,
      severity: m.severity,
      message: terminalLine(m.message),
      rule: m.ruleId ?? '',
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    const lines = rows.map((r) => {
      const severity = r.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      return `  ${c.dim(r.where.padEnd(whereWidth))}  ${severity}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.rule)}`.trimEnd();
    });
    return `\n${c.underline(terminalLine(result.filePath))}\n${lines.join('\n')}\n`;
  },
  end(summary, options) {
    const problems = summary.errorCount + summary.warningCount;
    if (problems === 0) return '';
    const c = new Chalk({ level: options.color ? 1 : 0 });
    const colour = summary.errorCount > 0 ? c.red.bold : c.yellow.bold;
    const text = `✖ ${plural(problems, 'problem')} (${plural(summary.errorCount, 'error')}, ${plural(summary.warningCount, 'warning')}) in ${plural(summary.filesWithProblems, 'file')} of ${summary.fileCount}`;
    return `${ruleCountLines(summary, options.color)}\n${colour(text)}\n`;
  },
});

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
