import path from 'node:path';
import type { Command } from 'commander';
import { NO_CONFIG_HELP } from '../config.js';
import type { RunState } from '../errors.js';
import type { Io } from '../io.js';
import { configRelative, loadLintConfig } from './lint.js';

interface PrintConfigFlags {
  config?: string | false;
  rule: string[];
}

export function registerPrintConfig(program: Command, io: Io, _state: RunState): void {
  program
    .command('print-config')
    .description('print the configuration newsx lint would use for a file, as JSON')
    .argument('<file>', 'the file to resolve the configuration for (it need not exist)')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', NO_CONFIG_HELP)
    .option('--rule <id:severity>', 'set a rule, as for lint (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
    .action(async (file: string, flags: PrintConfigFlags) => printConfig(file, flags, io));
}

/**
 * Prints the configuration that applies to `file` (it need not exist): the file it came from,
 * whether ignores skip it, every rule's setting, sections and reference date. `print-config FILE`
 * and `lint --print-config FILE`, as in ESLint.
 */
export async function printConfig(file: string, flags: PrintConfigFlags, io: Io): Promise<void> {
  const { loaded, resolver } = await loadLintConfig(flags, io);
  const { loadIgnores } = await import('../config-files.js');
  const { isIgnored } = await import('../../config/glob.js');
  const absolute = path.resolve(io.cwd, file);
  const resolved = resolver.forFile(configRelative({ display: file, path: absolute }, loaded.baseDir));
  const output = {
    file,
    configFile: loaded.filepath ? path.relative(io.cwd, loaded.filepath) || path.basename(loaded.filepath) : null,
    ignored: isIgnored(absolute, await loadIgnores(loaded, io.cwd)),
    rules: Object.fromEntries(Object.entries(resolved.rules).map(([id, { severity, options }]) => [id, Object.keys(options).length ? [severity, options] : severity])),
    sections: resolved.sections,
    referenceDate: resolved.referenceDate,
  };
  io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}
