import { Chalk } from 'chalk';
import { defaultOptions } from '../../config/rule-spec.js';
import { ruleDocsUrl } from '../docs-links.js';
import type { Rule } from '../rule.js';

/** `newsx rules --format json`: every rule's id, severity, scope, description, docs, options and messages. */
export function formatRuleListJson(rules: readonly Rule[], docsBase?: string): string {
  const data = rules.map((rule) => ({
    id: rule.id,
    defaultSeverity: rule.meta.defaultSeverity,
    scope: rule.meta.scope,
    description: rule.meta.description,
    docs: ruleDocsUrl(rule.id, docsBase),
    options: Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, { ...spec }])),
    defaultOptions: defaultOptions(rule.meta),
    messages: rule.meta.messages,
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** `newsx rules`: one rule a line with its default severity, then its docs link (or the page's path in the package). */
export function formatRuleList(rules: readonly Rule[], options: { color: boolean; docsBase?: string }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const colour = { error: c.red, warn: c.yellow, off: c.dim } as const;
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => {
    const scope = rule.meta.scope === 'corpus' ? c.dim(' (corpus)') : '';
    return `${c.bold(rule.id.padEnd(width))}  ${colour[rule.meta.defaultSeverity](rule.meta.defaultSeverity.padEnd(5))}  ${rule.meta.description}${scope}\n${' '.repeat(width + 9)}${c.dim(ruleDocsUrl(rule.id, options.docsBase))}`;
  });
  return `${lines.join('\n')}\n`;
}
