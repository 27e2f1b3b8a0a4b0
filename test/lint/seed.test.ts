import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';

const root = path.resolve(__dirname, '../..');
const seedText = readFileSync(path.join(root, 'fixtures/000_a8d46ff2df23af88.txt'), 'utf8');
const gold = JSON.parse(readFileSync(path.join(root, 'fixtures/000_a8d46ff2df23af88.gold.json'), 'utf8')) as {
  lintFindings: Array<{ rule: string; span: { start: number; end: number; text: string } }>;
};

/** The gold's wording of each problem, and the rule that reports it. */
const RULE_FOR = {
  'preamble artefact': 'no-preamble',
  'title punctuation': 'title-style',
  'category slugs leaked into prose': 'no-category-slugs',
  'insight repeats body': 'insight-repeats-body',
  'insight not supported by body': 'insight-unsupported',
} as Record<string, string>;

describe('the seed article', () => {
  const result = lintText(seedText, { source: 'seed.txt' });

  it('reports the preamble, the title colon, the leaked slugs and the insights that repeat the body, at the gold spans', () => {
    const required = gold.lintFindings.filter((f) => f.rule !== 'insight not supported by body');
    expect(required).toHaveLength(6);
    for (const finding of required) {
      const match = result.messages.find((m) => m.ruleId === RULE_FOR[finding.rule] && m.span.start === finding.span.start && m.span.end === finding.span.end);
      expect(match, `${finding.rule} at ${finding.span.start}: "${finding.span.text.slice(0, 40)}"`).toBeDefined();
      expect(match!.span.text).toBe(finding.span.text);
    }
  });

  it('reports nothing else, except unsupported insights, which the gold has too', () => {
    const gold6 = new Set(gold.lintFindings.map((f) => `${RULE_FOR[f.rule]}@${f.span.start}`));
    const extra = result.messages.filter((m) => !gold6.has(`${m.ruleId}@${m.span.start}`));
    const insights = seedText.indexOf('Additional Insights:');
    for (const m of extra) {
      expect(m.ruleId, m.message).toBe('insight-unsupported');
      expect(m.span.start).toBeGreaterThan(insights);
    }
    expect(result.errorCount).toBe(1);
  });

  it('locates every finding by line and column, and every span holds', () => {
    for (const m of result.messages) {
      expect(seedText.slice(m.span.start, m.span.end)).toBe(m.span.text);
      const lines = seedText.split('\n');
      expect(lines[m.line - 1]!.slice(m.column - 1, m.endLine === m.line ? m.endColumn - 1 : undefined)).toBe(m.span.text.split('\n')[0]);
    }
    const preamble = result.messages.find((m) => m.ruleId === 'no-preamble')!;
    expect(preamble).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 30, severity: 'error' });
  });

  it('reports the same findings, lines and columns on a CRLF copy with a byte-order mark', () => {
    const crlf = seedText.replace(/\n/g, '\r\n');
    const copy = lintText(crlf, { source: 'copy.txt' });
    const where = (r: typeof result) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.span.text]);
    expect(where(copy)).toEqual(where(result));
  });
});

describe('a clean article', () => {
  it('reports nothing', () => {
    const clean = readFileSync(path.join(root, 'fixtures/lint/corpus/clean.txt'), 'utf8');
    const result = lintText(clean, { source: 'clean.txt' });
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, fatalErrorCount: 0 });
  });
});
