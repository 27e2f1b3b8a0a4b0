import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';
import { registerInit } from './commands/init.js';
import { registerLint } from './commands/lint.js';
import { registerPrintConfig } from './commands/print-config.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerSummary } from './commands/summary.js';
import { EXIT, UsageError, type RunState } from './errors.js';
import type { Io } from './io.js';

export { nodeIo } from './io.js';
export { stdoutFailure } from './output.js';
/** The V8 flags of newsx's worker processes, for the benchmark's bare baseline to match. */
export { WORKER_V8_FLAGS } from './worker-process.js';
export type { Io } from './io.js';

/**
 * Runs newsx with `argv` (without node and the script) and returns the exit code. It never calls
 * process.exit, so tests drive it in-process; `bin/newsx.js` sets process.exitCode from it.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const state: RunState = { exitCode: EXIT.ok };
  const program = new Command('newsx')
    .description('Read English news articles: entities, quotes, numbers and dates; lint news corpora.')
    .version(packageJson.version, '-v, --version')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'newsx: ')),
    })
    .exitOverride()
    .showSuggestionAfterError();
  registerAnalyze(program, io, state);
  registerSummary(program, io, state);
  registerSchema(program, io, state);
  registerLint(program, io, state);
  registerRules(program, io, state);
  registerPrintConfig(program, io, state);
  registerInit(program, io, state);
  registerEval(program, io, state);

  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`newsx: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`newsx: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
  return state.exitCode;
}
