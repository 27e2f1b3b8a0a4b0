import { Command, Option } from 'commander';
import type { AnalyzeOptions } from '../../types.js';
import { EXIT, UsageError, type RunState } from '../errors.js';
import { expandInputs, readInput } from '../inputs.js';
import { wantsColor, type Io } from '../io.js';
import { openSink } from '../output.js';
import { parseMaxBytes, parseReferenceDate } from '../options.js';

interface AnalyzeFlags {
  format?: string;
  output?: string;
  refDate?: string;
  maxBytes: number;
  color?: boolean;
}

const FORMATS = ['text', 'json', 'ndjson', 'md'];

export function registerAnalyze(program: Command, io: Io, state: RunState): void {
  program
    .command('analyze')
    .description('analyze articles: sections, entities, quotes, numbers and dates')
    .argument('<inputs...>', 'files, directories (their *.txt and *.md), globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'text (default on a terminal), json, ndjson or md').choices(FORMATS))
    .option('-o, --output <file>', 'write the reports to a file instead of stdout')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates (default: the article\'s dateline)', parseReferenceDate)
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', parseMaxBytes, 5 * 1024 * 1024)
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'never colour the text report')
    .action(async (patterns: string[], flags: AnalyzeFlags) => {
      state.exitCode = await runAnalyze(patterns, flags, io);
    });
}

async function runAnalyze(patterns: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  const { inputs, unmatched } = await expandInputs(patterns, io.cwd);
  for (const pattern of unmatched) io.stderr.write(`newsx: ${pattern}: no files matched\n`);
  if (inputs.length === 0) throw new UsageError('no inputs matched');

  const sink = openSink(io, flags.output);
  const format = (flags.format ?? (sink.stream.isTTY ? 'text' : 'json')) as 'text' | 'json' | 'ndjson' | 'md';
  const { analyze } = await import('../../analyze.js');
  const { writers, separators } = await import('../../report/index.js');
  const writerOptions = {
    color: wantsColor(sink.stream, io.env, flags.color),
    width: sink.stream.columns ?? 100,
    count: inputs.length,
  };
  const options: AnalyzeOptions = { referenceDate: flags.refDate ?? null };

  let exitCode: number = EXIT.ok;
  let written = 0;
  for (const input of inputs) {
    const read = await readInput(input, io, flags.maxBytes);
    if (!read.ok) {
      io.stderr.write(`newsx: ${input.display}: ${read.problem}\n`);
      exitCode = EXIT.failure;
      continue;
    }
    const report = analyze(read.decoded.text, { ...options, source: input.display });
    sink.stream.write(`${written++ > 0 ? separators[format] : ''}${writers[format](report, writerOptions)}`);
  }
  try {
    await sink.close();
  } catch (error) {
    io.stderr.write(`newsx: ${flags.output}: cannot write (${(error as Error).message})\n`);
    return EXIT.usage;
  }
  return exitCode;
}
