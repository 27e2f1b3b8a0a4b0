import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import type { RuleOptions } from '../../src/lint/rule.js';
import { lintFiles, type LintInput } from '../../src/lint/runner.js';
import { rules } from '../../src/lint/rules/index.js';
import { at, only, report, run } from './helpers.js';

type Findings = NonNullable<Parameters<typeof report>[1]>;

/** A text the rule must accept. */
export interface ValidCase {
  name: string;
  text: string;
  options?: Partial<RuleOptions>;
  /** The passes' findings the rule reads, built by hand from the text; none when absent. */
  findings?: (text: string) => Findings;
}

/** One finding a case expects, in the order the rule's findings come (by position). */
export interface ExpectedFinding {
  messageId: string;
  /** What the message was filled with; absent means the rule gives no data. */
  data?: Record<string, string | number>;
  /** Where it points: the text it covers (its `nth` occurrence, from 0), or an explicit range for an empty one. */
  text: string;
  nth?: number;
  range?: { start: number; end: number };
  /** The full wording, when a case pins it. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /**
   * The text after one pass of the findings' fixes, as ESLint's RuleTester has it; null when no
   * finding offers a fix. Absent, fixes are not checked.
   */
  output?: string | null;
}

/**
 * ESLint's RuleTester for newsx: every valid case lints clean with only this rule on, and every
 * invalid case reports exactly the expected findings, each with its message id, data and range.
 * Rules read a hand-built report, so a case does not hang on what the passes find today.
 */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = rules.get(ruleId);
  if (!rule || rule.meta.scope !== 'file') throw new Error(`${ruleId} is not a file rule`);
  describe(`${ruleId}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(run(ruleId, c.text, c.options, c.findings?.(c.text))).toEqual([]);
    });
  });
  describe(`${ruleId}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const messages = run(ruleId, c.text, c.options, c.findings?.(c.text));
      const expected = c.errors.map((e) => {
        const { start, end } = e.range ?? at(c.text, e.text, e.nth);
        return { messageId: e.messageId, data: e.data, start, end };
      });
      expect(messages.map(({ messageId, data, span }) => ({ messageId, data, start: span.start, end: span.end }))).toEqual(expected);
      messages.forEach((m, i) => {
        expect(c.text.slice(m.span.start, m.span.end)).toBe(m.span.text);
        if (c.errors[i]!.message !== undefined) expect(m.message).toBe(c.errors[i]!.message);
      });
      if (c.output !== undefined) {
        const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
        expect(fixes.length === 0 ? null : applyFixes(c.text, fixes).output).toBe(c.output);
      }
    });
  });
}

/** A corpus for a corpus rule: files by name, in run order. */
export interface CorpusCase {
  name: string;
  files: Record<string, string>;
  options?: Partial<RuleOptions>;
}

export interface InvalidCorpusCase extends CorpusCase {
  /** Findings by the file they are reported on. */
  errors: Array<ExpectedFinding & { file: string }>;
}

/** `ruleTester` for a corpus rule: every file of a case is linted and compared, with only this rule on. */
export function corpusRuleTester(ruleId: string, cases: { valid: CorpusCase[]; invalid: InvalidCorpusCase[] }): void {
  const findings = async (c: CorpusCase) => {
    const inputs: LintInput[] = Object.keys(c.files).map((filePath) => ({ filePath }));
    const config = only(ruleId, c.options);
    const result = await lintFiles({ inputs, read: ({ filePath }) => ({ ok: true, text: c.files[filePath]! }), configFor: () => config });
    return result.results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, messageId: m.messageId, data: m.data, start: m.span.start, end: m.span.end })));
  };
  describe(`${ruleId}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(await findings(c)).toEqual([]);
    });
  });
  describe(`${ruleId}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(await findings(c)).toEqual(
        c.errors.map((e) => {
          const { start, end } = e.range ?? at(c.files[e.file]!, e.text, e.nth);
          return { file: e.file, messageId: e.messageId, data: e.data, start, end };
        }),
      );
    });
  });
}
