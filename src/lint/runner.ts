import type { BytePosition, Fallback } from '../article/decode.js';
import type { ResolvedConfig } from '../config/types.js';
import type { LintCache } from './cache.js';
import { CorpusCollector } from './corpus.js';
import { addToSummary, countRules, emptySummary, type LintSummary } from './formatters/types.js';
import { fixText } from './fix.js';
import { countMessages, lintText, sortMessages, unreadableResult, type FileLint } from './lint-text.js';
import type { LintResult } from './rule.js';

/** One file of a run, as the caller names it. */
export interface LintInput {
  /** The name results carry as `filePath`, and corpus findings name other files by. */
  filePath: string;
  /** What the cache files the result under across runs (an absolute path); absent, the input is never cached (standard input). */
  cacheId?: string | null;
}

/** An input's text, or why there is none: `code` is a `DecodeError` code ("binary", "invalid-utf8"…) or the caller's own. */
export type ReadOutcome =
  /** `fallback`: the bytes were not UTF-8 and were read as Windows-1252 (the `encoding` rule says so). */
  | { ok: true; text: string; fallback?: Fallback | null }
  /** `position`: where the first bad byte stands, for a finding at that line and column. */
  | { ok: false; code: string; problem: string; position?: BytePosition | null };

/** Linting one text, as plain data, so it can cross to a worker process. */
export interface LintTask {
  source: string;
  text: string;
  config: ResolvedConfig;
  fallback?: Fallback | null;
  /** Apply the findings' fixes and lint again, as `--fix` does; the result then has `output` when the text changed. */
  fix?: boolean;
}

/** A task's result, or the one-line problem that kept it from one (a bug on that article, a worker that died). */
export type LintOutcome = { ok: true; lint: FileLint } | { ok: false; problem: string };

/**
 * Runs the tasks of a stream of items and yields each item with its outcome in the order the items
 * came; an item without a task (unreadable, or a cache hit) comes through in its place with a null
 * outcome. The default runs each task on this thread; the CLI hands its worker pool in here.
 */
export type LintScheduler = <T>(items: AsyncIterable<T>, taskOf: (item: T) => LintTask | null) => AsyncIterable<{ item: T; outcome: LintOutcome | null }>;

/** A result as the run reports it: `file` when the file is linted, `corpus` for corpus rules' findings on it after the last file. */
export interface LintEvent {
  kind: 'file' | 'corpus';
  /** Position of the file in `inputs`. */
  index: number;
  /** What `quiet` leaves of the findings. */
  result: LintResult;
}

export interface LintRunOptions<I extends LintInput> {
  inputs: readonly I[];
  /** Reads one input. Injected, so the runner touches no file system and a test can hand it a map. */
  read: (input: I) => ReadOutcome | Promise<ReadOutcome>;
  /** Every rule's setting and the analysis options for one input. */
  configFor: (input: I) => ResolvedConfig;
  /** Results of earlier runs; read and updated, never written anywhere. */
  cache?: LintCache;
  /** Report errors only; warnings still count towards `maxWarnings`. */
  quiet?: boolean;
  /** More warnings than this fail the run; negative or absent, no limit. */
  maxWarnings?: number;
  scheduler?: LintScheduler;
  /** Each result as soon as the file before it has been reported: every `file` event in input order, then the `corpus` events. */
  onResult?: (event: LintEvent) => void;
  /** Keep every file's result (corpus findings merged in) for `LintRun.results`; streaming callers turn it off to keep memory flat. Default true. */
  keepResults?: boolean;
  /**
   * Apply fixes: each result has the fixed text as `output` when it changed, and the problems that
   * remain. Fixed results never go into the cache, whose keys are the texts as read.
   */
  fix?: boolean;
}

/** How the run ends, for an exit code: errors, more warnings than allowed, or a file newsx failed on. */
export type LintVerdict =
  | { status: 'clean' }
  | { status: 'errors' }
  | { status: 'too-many-warnings'; warnings: number; limit: number }
  | { status: 'internal-error' };

export interface LintRun {
  /** Every file's reported result in input order; empty when `keepResults` is false. */
  results: LintResult[];
  /** Totals of what was reported (after `quiet`), as formatters print them. */
  summary: LintSummary;
  /** Every error and warning found, reported or not. */
  errorCount: number;
  warningCount: number;
  /** Files newsx failed on; each also has a fatal message in its result. */
  internalErrors: Array<{ filePath: string; problem: string }>;
  verdict: LintVerdict;
}

interface Prepared<I> {
  index: number;
  input: I;
  config: ResolvedConfig;
  /** Known without linting: unreadable, or a cache hit. */
  lint?: FileLint;
  text?: string;
  fallback?: Fallback | null;
  key?: string;
}

/**
 * Lints a corpus: reads each input, reuses cached results, lints the rest (through `scheduler`),
 * compares the files for corpus rules after the last one, applies `quiet`, counts, and decides
 * how the run ends. Everything outside (files, flags, progress, output, exit codes) is the caller's.
 */
export async function lintFiles<I extends LintInput>(options: LintRunOptions<I>): Promise<LintRun> {
  const { inputs, cache, quiet = false, maxWarnings = -1, keepResults = true, fix = false } = options;
  const scheduler = options.scheduler ?? inThread;
  const corpus = new CorpusCollector();
  const show = (result: LintResult): LintResult => (quiet ? countMessages(result.filePath, result.messages.filter((m) => m.severity === 'error')) : result);
  const kept: LintResult[] = [];
  const reported = new Uint8Array(inputs.length);
  const internalErrors: LintRun['internalErrors'] = [];
  const summary = emptySummary();
  let errorCount = 0;
  let warningCount = 0;

  async function* prepare(): AsyncGenerator<Prepared<I>> {
    for (const [index, input] of inputs.entries()) {
      const config = options.configFor(input);
      const read = await options.read(input);
      if (!read.ok) {
        yield { index, input, config, lint: unreadableResult(input.filePath, { code: read.code, message: read.problem, position: read.position ?? null }, config) };
        continue;
      }
      const id = input.cacheId;
      const fallback = read.fallback ?? null;
      // The same text read as UTF-8 or by falling back to Windows-1252 lints differently (the encoding rule says so).
      const key = cache && id ? cache.key(read.text, config) + (fallback ? `+windows-1252@${fallback.byteOffset}` : '') : undefined;
      const cached = cache && id && key ? cache.get(id, key, input.filePath) : null;
      // A cached result with something to fix has no output: fix it again.
      const usable = cached && !(fix && cached.messages.some((m) => m.fix));
      yield usable ? { index, input, config, lint: cached } : { index, input, config, text: read.text, fallback, key };
    }
  }
  const taskOf = (item: Prepared<I>): LintTask | null => (item.lint ? null : { source: item.input.filePath, text: item.text!, config: item.config, fallback: item.fallback ?? null, ...(fix ? { fix } : {}) });

  for await (const { item, outcome } of scheduler(prepare(), taskOf)) {
    const { index, input, config } = item;
    let lint = item.lint;
    if (!lint && outcome?.ok) {
      lint = outcome.lint;
      if (cache && input.cacheId && item.key && lint.output === undefined) cache.set(input.cacheId, item.key, lint);
    } else if (!lint) {
      // A bug on one article should not hide the findings on the others: it is that file's fatal message.
      const problem = outcome && !outcome.ok ? outcome.problem : 'internal error (no result)';
      internalErrors.push({ filePath: input.filePath, problem });
      lint = unreadableResult(input.filePath, { code: 'internal', message: problem }, config);
    }
    corpus.add(index, input.filePath, lint.collected, config);
    errorCount += lint.errorCount;
    warningCount += lint.warningCount;
    const shown = show({ filePath: lint.filePath, messages: lint.messages, errorCount: lint.errorCount, warningCount: lint.warningCount, fatalErrorCount: lint.fatalErrorCount });
    const result = lint.output === undefined ? shown : { ...shown, output: lint.output };
    reported[index] = result.messages.length > 0 ? 1 : 0;
    addToSummary(summary, result);
    if (keepResults) kept.push(result);
    options.onResult?.({ kind: 'file', index, result });
  }

  const late = corpus.finish();
  for (const index of [...late.keys()].sort((a, b) => a - b)) {
    const messages = late.get(index)!;
    for (const m of messages) m.severity === 'error' ? errorCount++ : warningCount++;
    const result = show(countMessages(inputs[index]!.filePath, messages));
    summary.errorCount += result.errorCount;
    summary.warningCount += result.warningCount;
    countRules(summary, result);
    if (!reported[index] && result.messages.length > 0) summary.filesWithProblems++;
    if (keepResults) {
      const earlier = kept[index]!;
      const merged = countMessages(earlier.filePath, sortMessages([...earlier.messages, ...result.messages]));
      kept[index] = earlier.output === undefined ? merged : { ...merged, output: earlier.output };
    }
    options.onResult?.({ kind: 'corpus', index, result });
  }

  return { results: kept, summary, errorCount, warningCount, internalErrors, verdict: verdictOf(errorCount, warningCount, maxWarnings, internalErrors.length) };
}

function verdictOf(errors: number, warnings: number, limit: number, failures: number): LintVerdict {
  if (failures > 0) return { status: 'internal-error' };
  if (errors > 0) return { status: 'errors' };
  if (limit >= 0 && warnings > limit) return { status: 'too-many-warnings', warnings, limit };
  return { status: 'clean' };
}

/** The default scheduler: each task on this thread, one after another. */
async function* inThread<T>(items: AsyncIterable<T>, taskOf: (item: T) => LintTask | null): AsyncGenerator<{ item: T; outcome: LintOutcome | null }> {
  for await (const item of items) {
    const task = taskOf(item);
    yield { item, outcome: task ? lintTask(task) : null };
  }
}

/** Runs one task; never throws, so a bug on one article is that article's problem and the run goes on. */
export function lintTask(task: LintTask): LintOutcome {
  try {
    const lint = (text: string) => lintText(text, { source: task.source, config: task.config, fallback: task.fallback ?? null });
    return { ok: true, lint: task.fix ? fixText(task.text, lint) : lint(task.text) };
  } catch (error) {
    return { ok: false, problem: `internal error (${error instanceof Error ? error.message : String(error)})` };
  }
}
