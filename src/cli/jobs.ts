import type { EncodingChoice } from '../article/decode.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FileLint } from '../lint/lint-text.js';
import type { LintTask } from '../lint/runner.js';
import { loadWriter, wholeText, type Formatted, type ReportFormat, type WriterOptions } from '../report/index.js';
import { reportLabel } from '../report/summary.js';
import type { AnalyzeOptions, Report } from '../types.js';
import { fallbackWarning, readInput, type InputRef } from './inputs.js';

/**
 * The work for one input, as plain data so it can cross to a worker process. An analyze job reads
 * and decodes the file (or takes the given text), analyses it and formats the report.
 */
export interface AnalyzeJob {
  kind: 'analyze';
  input: InputRef;
  /** Text already in hand (stdin, an NDJSON record); otherwise the job reads `input.path`. */
  text?: string;
  maxBytes: number;
  /** `--encoding`; `auto` when absent. */
  encoding?: EncodingChoice;
  options: AnalyzeOptions;
  format: ReportFormat;
  writer: WriterOptions;
}

/**
 * Analyses one input like an analyze job but hands back the report itself, for a caller that
 * aggregates reports (summary); with `lint`, the same analysis is linted with that configuration.
 */
export interface ReportJob {
  kind: 'report';
  input: InputRef;
  text?: string;
  maxBytes: number;
  /** `auto` when absent, as summary reads. */
  encoding?: EncodingChoice;
  options: AnalyzeOptions;
  lint?: ResolvedConfig;
}

/** A lint job gets its text from the main process, which reads files first to consult the cache. */
export interface LintJob extends LintTask {
  kind: 'lint';
}

export type Job = AnalyzeJob | ReportJob | LintJob;

export type JobResult =
  /**
   * `output` is the formatted report (in pieces when it is very large), as UTF-8 bytes when it
   * comes from a worker (`crossingResult`); `label` is what a contents list calls the report (its
   * title, headline or source); `warning`, a line for stderr on how the file was read (not UTF-8,
   * so Windows-1252).
   */
  | { ok: true; kind: 'analyze'; output: Formatted | Uint8Array; label: string; warning?: string }
  | { ok: true; kind: 'report'; report: Report; lint?: FileLint; warning?: string }
  | { ok: true; kind: 'lint'; lint: FileLint }
  | { ok: false; problem: string };

const utf8 = new TextEncoder();

/**
 * A worker's result as it should cross to the main process. A report sent as a string arrives as a
 * string in the main heap, where it waits its turn in the reorder queue long enough to survive a
 * collection or two; over 10,000 articles that grew the main heap from 25 to 49 MB. Encoded bytes
 * arrive outside any heap, and are what gets written anyway.
 */
export function crossingResult(result: JobResult): JobResult {
  if (!result.ok || result.kind !== 'analyze' || result.output instanceof Uint8Array) return result;
  return { ...result, output: utf8.encode(wholeText(result.output)) };
}

const noStdin = async (): Promise<Uint8Array> => {
  throw new Error('standard input is read by the main process');
};

/** Runs one job; never throws, so a bug on one article is that article's error and the run goes on. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    if (job.kind === 'lint') return await runLintJob(job);
    return job.kind === 'report' ? await runReportJob(job) : await runAnalyzeJob(job);
  } catch (error) {
    return { ok: false, problem: `internal error (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The job's text: given, or read and decoded from its file. */
async function textOf(job: AnalyzeJob | ReportJob): Promise<{ ok: true; text: string; warning?: string } | { ok: false; problem: string }> {
  if (job.text !== undefined) return { ok: true, text: job.text };
  const read = await readInput(job.input, noStdin, job.maxBytes, job.encoding);
  if (!read.ok) return { ok: false, problem: read.problem };
  const { fallback } = read.decoded;
  return { ok: true, text: read.decoded.text, ...(fallback ? { warning: fallbackWarning(fallback) } : {}) };
}

async function runAnalyzeJob(job: AnalyzeJob): Promise<JobResult> {
  const read = await textOf(job);
  if (!read.ok) return read;
  const [{ analyze }, write] = await Promise.all([import('../analyze.js'), loadWriter(job.format)]);
  const report = analyze(read.text, { ...job.options, source: job.input.display });
  return { ok: true, kind: 'analyze', output: write(report, job.writer), label: reportLabel(report), ...(read.warning ? { warning: read.warning } : {}) };
}

async function runReportJob(job: ReportJob): Promise<JobResult> {
  const read = await textOf(job);
  if (!read.ok) return read;
  const { analyzeDocument, readDocument } = await import('../analyze.js');
  const options = { ...job.options, source: job.input.display };
  const document = readDocument(read.text, options);
  const report = analyzeDocument(document, options);
  const warning = read.warning ? { warning: read.warning } : {};
  if (!job.lint) return { ok: true, kind: 'report', report, ...warning };
  const { lintDocument } = await import('../lint/lint-text.js');
  return { ok: true, kind: 'report', report, lint: lintDocument(document, report, { source: job.input.display, config: job.lint }), ...warning };
}

async function runLintJob(job: LintJob): Promise<JobResult> {
  const { lintTask } = await import('../lint/runner.js');
  const outcome = lintTask(job);
  return outcome.ok ? { ok: true, kind: 'lint', lint: outcome.lint } : outcome;
}
