import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { GoldDocument } from '../../eval/types.js';
import { EXIT, UsageError, type RunState } from '../errors.js';
import type { Io } from '../io.js';

const TASKS = ['entities', 'quotes', 'attributions', 'dates'] as const;

interface EvalFlags {
  gold: string;
  task?: (typeof TASKS)[number];
  format: 'text' | 'json';
  region: 'all' | 'annotated';
  errors?: boolean;
}

export function registerEval(program: Command, io: Io, state: RunState): void {
  program
    .command('eval')
    .description('measure newsx against gold annotations (JSON Lines; see README "Gold format")')
    .requiredOption('--gold <file>', 'gold JSONL file, one document per line')
    .addOption(new Option('--task <task>', 'measure one task only (default: every task the gold annotates)').choices(TASKS))
    .addOption(new Option('-f, --format <format>', 'text table or json').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--region <region>', 'all: score every prediction; annotated: ignore predictions past the last annotated line (gold that annotates only the opening of each document)')
        .choices(['all', 'annotated'])
        .default('all'),
    )
    .option('--errors', 'also list every miss, spurious finding and wrong type, value or speaker, with a line of context')
    .action(async (flags: EvalFlags) => {
      const documents = await readGold(path.resolve(io.cwd, flags.gold), flags.gold);
      const { evaluate } = await import('../../eval/index.js');
      const { formatEvalJson, formatEvalText } = await import('../../eval/format.js');
      const results = evaluate(documents, { region: flags.region, errors: flags.errors === true, ...(flags.task ? { tasks: [flags.task] } : {}) });
      if (results.length === 0) throw new UsageError(`${flags.gold}: no document carries entities, quotes, attributions or timex annotations`);
      const label = flags.region === 'annotated' ? `${flags.gold} (annotated region)` : flags.gold;
      io.stdout.write(flags.format === 'json' ? formatEvalJson(results, label) : formatEvalText(results, label));
      state.exitCode = EXIT.ok;
    });
}

/** Reads gold JSONL; any malformed line is a usage error naming the file and line. */
async function readGold(file: string, shown: string): Promise<GoldDocument[]> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const documents: GoldDocument[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new UsageError(`${shown}:${i + 1}: not valid JSON`);
    }
    const { id, text } = (doc ?? {}) as Partial<GoldDocument>;
    if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
      throw new UsageError(`${shown}:${i + 1}: a gold document needs "id" and "text"`);
    }
    documents.push({ ...(doc as GoldDocument), id: String(id) });
  });
  if (documents.length === 0) throw new UsageError(`${shown}: no documents`);
  return documents;
}
