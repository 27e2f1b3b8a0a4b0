import { Command, Option } from 'commander';
import { separators, type ReportFormat } from '../../report/index.js';
import type { AnalyzeOptions } from '../../types.js';
import { loadCliConfig } from '../config.js';
import { EXIT, UsageError, type RunState } from '../errors.js';
import { expandInputs, readInput, STDIN, type InputRef } from '../inputs.js';
import { wantsColor, type Io } from '../io.js';
import type { Job } from '../jobs.js';
import { openSink } from '../output.js';
import { parseConcurrency, parseMaxBytes, parseReferenceDate, type Concurrency } from '../options.js';
import { resolveWorkers, resolveWorkersForFiles, runOrdered, workloadLimit } from '../pool.js';
import { inShard, parseShard, type Shard } from '../shard.js';

interface AnalyzeFlags {
  format?: ReportFormat;
  output?: string;
  refDate?: string;
  maxBytes: number;
  color?: boolean;
  concurrency: Concurrency;
  shard?: Shard;
  input: 'files' | 'ndjson';
  /** A path, or false for --no-config. */
  config?: string | false;
}

const FORMATS: ReportFormat[] = ['text', 'json', 'ndjson', 'md'];

export function registerAnalyze(program: Command, io: Io, state: RunState): void {
  program
    .command('analyze')
    .description('analyze articles: sections, entities, quotes, numbers and dates')
    .argument('[inputs...]', 'files, directories (their *.txt and *.md), globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'text (default on a terminal), json, ndjson or md').choices(FORMATS))
    .option('-o, --output <file>', 'write the reports to a file instead of stdout')
    .option('--ref-date <YYYY-MM-DD>', "reference date for relative dates (default: the article's dateline)", parseReferenceDate)
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', parseMaxBytes, 5 * 1024 * 1024)
    .option('--concurrency <n>', 'worker threads: auto (one per 200 KB of input, up to one per core), off, or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--shard <i/n>', 'analyze only the i-th of n deterministic slices of the inputs', parseShard)
    .addOption(new Option('--input <mode>', 'files (default), or ndjson: records {"id","text"} on stdin').choices(['files', 'ndjson']).default('files'))
    .option('-c, --config <file>', 'use this configuration file (its referenceDate and sections) instead of searching for one')
    .option('--no-config', 'ignore configuration files')
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'never colour the text report')
    .action(async (patterns: string[], flags: AnalyzeFlags) => {
      state.exitCode = await runAnalyze(patterns, flags, io);
    });
}

async function runAnalyze(patterns: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const fail = (where: string, problem: string) => {
    io.stderr.write(`newsx: ${where}: ${problem}\n`);
    exitCode = EXIT.failure;
  };

  let inputs: InputRef[] = [];
  if (flags.input === 'ndjson') {
    if (patterns.length > 0) throw new UsageError('--input ndjson reads records from stdin; give no input paths');
  } else {
    if (patterns.length === 0) throw new UsageError("no inputs given (paths, globs, directories, or - for stdin)");
    const expanded = await expandInputs(patterns, io.cwd);
    for (const pattern of expanded.unmatched) io.stderr.write(`newsx: ${pattern}: no files matched\n`);
    inputs = flags.shard ? expanded.inputs.filter((input) => inShard(input.display, flags.shard!)) : expanded.inputs;
    if (expanded.inputs.length === 0) throw new UsageError('no inputs matched');
  }

  const sink = openSink(io, flags.output);
  const format: ReportFormat = flags.format ?? (sink.stream.isTTY ? 'text' : 'json');
  const writer = {
    color: wantsColor(sink.stream, io.env, flags.color),
    width: sink.stream.columns ?? 100,
    count: flags.input === 'ndjson' ? Number.POSITIVE_INFINITY : inputs.length,
  };
  const { config } = await loadCliConfig(flags.config, io);
  const options: AnalyzeOptions = { referenceDate: flags.refDate ?? config.referenceDate, sections: config.sections };
  const job = (input: InputRef, text?: string): Job => ({ kind: 'analyze', input, maxBytes: flags.maxBytes, options, format, writer, ...(text === undefined ? {} : { text }) });

  async function* fileJobs(): AsyncGenerator<Job> {
    for (const input of inputs) {
      if (input.path !== null) {
        yield job(input);
        continue;
      }
      const read = await readInput(STDIN, io.readStdin, flags.maxBytes);
      if (read.ok) yield job(input, read.decoded.text);
      else fail(input.display, read.problem);
    }
  }

  async function* recordJobs(): AsyncGenerator<Job> {
    let line = 0;
    for await (const raw of io.stdinLines()) {
      line++;
      if (raw.trim() === '') continue;
      const record = parseRecord(raw);
      if (typeof record === 'string') fail(`<stdin>:${line}`, record);
      else yield job({ display: record.id, path: null }, record.text);
    }
  }

  let written = 0;
  // Workers pay off only on enough text. A record stream has no length up front: read records
  // until they hold that much (or the stream ends) before deciding.
  const peeked = flags.input === 'ndjson' ? await peek(recordJobs(), workloadLimit(flags.concurrency)) : null;
  const jobs = peeked?.jobs ?? fileJobs();
  const workers = peeked ? resolveWorkers(flags.concurrency, peeked.bytes) : resolveWorkersForFiles(flags.concurrency, inputs.map((input) => input.path));
  for await (const { item, result } of runOrdered(jobs, (job) => job, workers)) {
    if (!result?.ok) {
      fail(item.kind === 'analyze' ? item.input.display : item.source, result?.problem ?? 'not analyzed');
      continue;
    }
    if (result.kind === 'analyze') sink.stream.write(`${written++ > 0 ? separators[format] : ''}${result.output}`);
  }
  try {
    await sink.close();
  } catch (error) {
    io.stderr.write(`newsx: ${flags.output}: cannot write (${(error as Error).message})\n`);
    return EXIT.usage;
  }
  return exitCode;
}

/**
 * Reads jobs ahead until their text reaches `limit` characters or the stream ends, and returns how
 * much text that was; the jobs read come back first in the returned stream.
 */
async function peek(stream: AsyncGenerator<Job>, limit: number): Promise<{ jobs: AsyncGenerator<Job>; bytes: number }> {
  const head: Job[] = [];
  let bytes = 0;
  let ended = false;
  while (bytes < limit) {
    const next = await stream.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (next.value.kind === 'analyze') bytes += next.value.text?.length ?? 0;
  }
  async function* replay(): AsyncGenerator<Job> {
    yield* head;
    if (!ended) yield* stream;
  }
  return { jobs: replay(), bytes };
}

/** One `--input ndjson` record: `{"id": string|number, "text": string}`, or why it is not one. */
function parseRecord(raw: string): { id: string; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not a JSON object';
  }
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return 'record has no string "text"';
  if (typeof id !== 'string' && typeof id !== 'number') return 'record has no string or number "id"';
  return { id: String(id), text };
}
