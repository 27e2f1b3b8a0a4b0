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
      const [{ rules }, { formatRuleList, formatRuleListJson }, { ruleDocsLinks }] = await Promise.all([
        import('../../lint/rules/index.js'),
        import('../../lint/formatters/rule-list.js'),
        import('../docs.js'),
      ]);
      const list = [...rules.values()];
      const { docsBase } = ruleDocsLinks();
      io.stdout.write(flags.format === 'json' ? formatRuleListJson(list, docsBase) : formatRuleList(list, { color: wantsColor(io.stdout, io.env, flags.color), docsBase }));
    });
}
