import { UsageError } from './errors.js';
import type { EncodingChoice } from '../article/decode.js';
import { expandInputs, fallbackWarning, readInput, STDIN, type InputRef } from './inputs.js';
import type { AnalyzeOptions } from '../types.js';
import type { Io } from './io.js';
import type { Job, JobResult } from './jobs.js';
import { LINE_TOO_LONG } from './lines.js';
import type { Concurrency } from './options.js';
import { resolveWorkers, resolveWorkersForFiles, runOrdered, workloadLimit } from './pool.js';
import { inShard, type Shard } from './shard.js';

/** The flags analyze and summary share to say which articles to read and how. */
export interface ArticleFlags {
  input: 'files' | 'ndjson';
  shard?: Shard;
  maxBytes: number;
  /** `--encoding` (analyze); `auto` when absent. */
  encoding?: EncodingChoice;
  concurrency: Concurrency;
}

/** The articles of a run: files (expanded and sharded), or a stream of records on stdin. */
export interface Articles {
  mode: 'files' | 'ndjson';
  /** The files, in the order named; empty for a record stream. */
  inputs: InputRef[];
  /** How many reports the run can produce: the files, or unknown (infinite) for a record stream. */
  count: number;
  /** Patterns that matched nothing (each named on stderr): the run cannot end as a success. */
  unmatched: string[];
}

/** What a record says about itself that overrides the run's options: its own reference date. */
export type RecordOptions = Pick<AnalyzeOptions, 'referenceDate'>;

/** One article's outcome, in input order: its result, or why it was never analysed. */
export interface ArticleOutcome {
  input: InputRef;
  /** 1-based position among the run's articles, counting the ones that failed. */
  index: number;
  /** Where a problem is reported: the path, or `<stdin>:LINE` for a malformed record. */
  where: string;
  result: JobResult;
}

/**
 * Expands the inputs of an analyze or summary run, naming patterns that matched nothing on
 * stderr (the caller ends the run with exit 1 for them). Throws a UsageError when there is nothing
 * to read.
 */
export async function findArticles(patterns: string[], flags: ArticleFlags, io: Io): Promise<Articles> {
  if (flags.input === 'ndjson') {
    if (patterns.length > 0) throw new UsageError('--input ndjson reads records from stdin; give no input paths');
    return { mode: 'ndjson', inputs: [], count: Number.POSITIVE_INFINITY, unmatched: [] };
  }
  if (patterns.length === 0) throw new UsageError('no inputs given (paths, globs, directories, or - for stdin)');
  const expanded = await expandInputs(patterns, io.cwd);
  for (const pattern of expanded.unmatched) io.stderr.write(`newsx: ${pattern}: no files matched\n`);
  if (expanded.inputs.length === 0) throw new UsageError('no inputs matched');
  const inputs = flags.shard ? expanded.inputs.filter((input) => inShard(input.display, flags.shard!)) : expanded.inputs;
  return { mode: 'files', inputs, count: inputs.length, unmatched: expanded.unmatched };
}

interface Item {
  input: InputRef;
  index: number;
  where: string;
  job: Job | null;
  problem?: string;
  /** How standard input, read here rather than by its job, was decoded (not UTF-8, so Windows-1252). */
  warning?: string;
}

/**
 * Runs `toJob` for every article on the worker pool and yields the outcomes in input order, a
 * few articles per worker in flight, so memory stays flat however many there are. Standard input
 * and records are read in the main process; one that cannot be read is a failed outcome in its
 * place.
 */
export async function* runArticles(articles: Articles, flags: ArticleFlags, io: Io, toJob: (input: InputRef, index: number, text?: string, own?: RecordOptions) => Job): AsyncGenerator<ArticleOutcome> {
  let index = 0;
  async function* fileItems(): AsyncGenerator<Item> {
    for (const input of articles.inputs) {
      index++;
      if (input.path !== null) {
        yield { input, index, where: input.display, job: toJob(input, index) };
        continue;
      }
      const read = await readInput(STDIN, io.readStdin, flags.maxBytes, flags.encoding);
      const { fallback } = read.ok ? read.decoded : { fallback: null };
      yield read.ok
        ? { input, index, where: input.display, job: toJob(input, index, read.decoded.text), ...(fallback ? { warning: fallbackWarning(fallback) } : {}) }
        : { input, index, where: input.display, job: null, problem: read.problem };
    }
  }

  async function* recordItems(): AsyncGenerator<Item> {
    let line = 0;
    for await (const raw of io.stdinLines(flags.maxBytes)) {
      line++;
      if (raw !== LINE_TOO_LONG && raw.trim() === '') continue;
      const record = raw === LINE_TOO_LONG ? `record is over the ${flags.maxBytes}-byte limit (--max-bytes)` : parseRecord(raw);
      const where = `<stdin>:${line}`;
      index++;
      if (typeof record === 'string') yield { input: { display: where, path: null }, index, where, job: null, problem: record };
      else {
        const input = { display: record.id, path: null };
        if (record.problem) yield { input, index, where: record.id, job: null, problem: record.problem };
        else yield { input, index, where: record.id, job: toJob(input, index, record.text, record.own) };
      }
    }
  }

  // Workers pay off only on enough text. A record stream has no length up front: read records
  // until they hold that much (or the stream ends) before deciding.
  const peeked = articles.mode === 'ndjson' ? await peek(recordItems(), workloadLimit(flags.concurrency)) : null;
  const items = peeked?.items ?? fileItems();
  const workers = peeked ? resolveWorkers(flags.concurrency, peeked.bytes, peeked.records) : resolveWorkersForFiles(flags.concurrency, articles.inputs.map((input) => input.path));
  for await (const { item, result } of runOrdered(items, (item) => item.job, workers, { maxInputBytes: flags.maxBytes })) {
    // A result carries how its text was decoded, whether its job read the file or stdin was read here.
    const outcome = result && result.ok && result.kind !== 'lint' && item.warning ? { ...result, warning: item.warning } : result;
    yield { input: item.input, index: item.index, where: item.where, result: outcome ?? { ok: false, problem: item.problem ?? 'not analyzed' } };
  }
}

/**
 * Reads items ahead until their text reaches `limit` characters or the stream ends, and returns
 * how much text that was, and how many records when the stream ended; the items read come back
 * first in the returned stream.
 */
async function peek(stream: AsyncGenerator<Item>, limit: number): Promise<{ items: AsyncGenerator<Item>; bytes: number; records?: number }> {
  const head: Item[] = [];
  let bytes = 0;
  let ended = false;
  while (bytes < limit) {
    const next = await stream.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    const job = next.value.job;
    if (job && job.kind !== 'lint') bytes += job.text?.length ?? 0;
  }
  async function* replay(): AsyncGenerator<Item> {
    yield* head;
    if (!ended) yield* stream;
  }
  return { items: replay(), bytes, ...(ended ? { records: head.length } : {}) };
}

/**
 * One `--input ndjson` record: `{"id": string|number, "text": string}`, or why it is not one. A
 * record may carry its own date as `dct` or `referenceDate` (as eval gold does), which overrides
 * `--ref-date` for it; a date that is not one is the record's problem, named by its id.
 */
function parseRecord(raw: string): { id: string; text: string; own: RecordOptions; problem?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not a JSON object';
  }
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const { id, text, dct, referenceDate } = value as { id?: unknown; text?: unknown; dct?: unknown; referenceDate?: unknown };
  if (typeof text !== 'string') return 'record has no string "text"';
  if (typeof id !== 'string' && typeof id !== 'number') return 'record has no string or number "id"';
  const [key, date] = referenceDate != null ? ['referenceDate', referenceDate] : ['dct', dct];
  if (date == null) return { id: String(id), text, own: {} };
  const day = typeof date === 'string' ? isoDay(date) : null;
  if (day) return { id: String(id), text, own: { referenceDate: day } };
  return { id: String(id), text, own: {}, problem: `record's "${key}" is not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}` };
}

/** The calendar day of `2025-03-14` or `2025-03-14T09:30:00Z`, or null when it is not a real date. */
function isoDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === day ? day : null;
}
