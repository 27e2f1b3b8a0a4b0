import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import type { RunState } from '../errors.js';
import { wantsColor, type Io } from '../io.js';

interface RulesFlags {
  format: 'text' | 'json';
  color?: boolean;
}

export function registerRules(program: Command, io: Io, _state: RunState): void {
  program
    .command('rules')
    .description('list every lint rule with its default severity and documentation')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .action(async (flags: RulesFlags) => {
      const [{ rules }, { ruleDocsUrl, defaultOptions }] = await Promise.all([import('../../lint/rules/index.js'), import('../../lint/rule.js')]);
      const list = [...rules.values()];
      if (flags.format === 'json') {
        const data = list.map((rule) => ({
          id: rule.id,
          defaultSeverity: rule.meta.defaultSeverity,
          scope: rule.meta.scope,
          description: rule.meta.description,
          docs: ruleDocsUrl(rule.id),
          options: Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, { ...spec }])),
          defaultOptions: defaultOptions(rule.meta),
          messages: rule.meta.messages,
        }));
        io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
        return;
      }
      const c = new Chalk({ level: wantsColor(io.stdout, io.env, flags.color) ? 1 : 0 });
      const colour = { error: c.red, warn: c.yellow, off: c.dim } as const;
      const width = Math.max(...list.map((rule) => rule.id.length));
      const lines = list.map((rule) => {
        const scope = rule.meta.scope === 'corpus' ? c.dim(' (corpus)') : '';
        return `${c.bold(rule.id.padEnd(width))}  ${colour[rule.meta.defaultSeverity](rule.meta.defaultSeverity.padEnd(5))}  ${rule.meta.description}${scope}\n${' '.repeat(width + 9)}${c.dim(ruleDocsUrl(rule.id))}`;
      });
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
