import { splitSections } from '../../src/article/sections.js';
import { ConfigResolver } from '../../src/config/resolve.js';
import { emptyConfig, type ResolvedConfig } from '../../src/config/types.js';
import { readDocument } from '../../src/analyze.js';
import { lintDocument, type FileLint, type LintTextOptions } from '../../src/lint/lint-text.js';
import type { LintMessage, RuleOptions } from '../../src/lint/rule.js';
import { rules as registry } from '../../src/lint/rules/index.js';
import type { Report } from '../../src/types.js';

/**
 * A report as the contract defines it, built by hand: sections from splitSections and whatever
 * findings a test gives, so rule tests do not depend on what the passes find today.
 */
export function report(text: string, findings: Partial<Pick<Report, 'entities' | 'quotes' | 'numbers' | 'dates'>> = {}): Report {
  return {
    schemaVersion: '1.0.0',
    source: '<test>',
    referenceDate: null,
    referenceDateSource: null,
    sections: splitSections(text),
    entities: [],
    quotes: [],
    numbers: [],
    dates: [],
    ...findings,
  };
}

/** Lints `text` against a report built by hand (the document is still read from the text). */
export function lintReport(text: string, analysis: Report, options: LintTextOptions = {}): FileLint {
  return lintDocument(readDocument(text), analysis, options);
}

/** A configuration with only `ruleId` on (at `error`), with the given options. */
export function only(ruleId: string, options?: Partial<RuleOptions>): ResolvedConfig {
  const config = emptyConfig();
  const resolver = new ConfigResolver(config, registry);
  const base = resolver.forFile('x.txt');
  const rules: ResolvedConfig['rules'] = Object.fromEntries(Object.entries(base.rules).map(([id, setting]) => [id, { ...setting, severity: 'off' }]));
  rules[ruleId] = { severity: 'error', options: { ...base.rules[ruleId]!.options, ...(options as RuleOptions) } };
  return { ...base, rules };
}

/** Messages of one rule on a text, with a hand-built report. */
export function run(ruleId: string, text: string, options?: Partial<RuleOptions>, findings?: Parameters<typeof report>[1]): LintMessage[] {
  return lintReport(text, report(text, findings), { config: only(ruleId, options) }).messages;
}

/** Offset of the n-th occurrence of `needle`, for building spans in tests. */
export function at(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not found`);
  }
  return { start, end: start + needle.length, text: needle };
}

/** Two sentences of plain news, for articles a rule should have nothing to say about. */
export const BODY = [
  'The city council voted on Tuesday to build protected bike lanes along three downtown streets after a year of debate.',
  'Construction is expected to begin in the spring, according to the transportation department.',
].join(' ');

/** An article with a title, a body and whatever comes after. */
export function article(title: string, body = BODY, after = ''): string {
  return `${title}\n\n${body}\n${after}`;
}
