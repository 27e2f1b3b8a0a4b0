import type { FileLint } from '../lint/lint-text.js';
import type { LintTask } from '../lint/runner.js';
import { loadWriter, type ReportFormat, type WriterOptions } from '../report/index.js';
import type { AnalyzeOptions } from '../types.js';
import { readInput, type InputRef } from './inputs.js';

/**
 * The work for one input, as plain data so it can cross to a worker thread. An analyze job reads
 * and decodes the file (or takes the given text), analyses it and formats the report.
 */
export interface AnalyzeJob {
  kind: 'analyze';
  input: InputRef;
  /** Text already in hand (stdin, an NDJSON record); otherwise the job reads `input.path`. */
  text?: string;
  maxBytes: number;
  options: AnalyzeOptions;
  format: ReportFormat;
  writer: WriterOptions;
}

/** A lint job gets its text from the main thread, which reads files first to consult the cache. */
export interface LintJob extends LintTask {
  kind: 'lint';
}

export type Job = AnalyzeJob | LintJob;

export type JobResult = { ok: true; kind: 'analyze'; output: string } | { ok: true; kind: 'lint'; lint: FileLint } | { ok: false; problem: string };

const noStdin = async (): Promise<Uint8Array> => {
  throw new Error('standard input is read by the main thread');
};

/** Runs one job; never throws, so a bug on one article is that article's error and the run goes on. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    return job.kind === 'lint' ? await runLintJob(job) : await runAnalyzeJob(job);
  } catch (error) {
    return { ok: false, problem: `internal error (${error instanceof Error ? error.message : String(error)})` };
  }
}

async function runAnalyzeJob(job: AnalyzeJob): Promise<JobResult> {
  let text = job.text;
  if (text === undefined) {
    const read = await readInput(job.input, noStdin, job.maxBytes);
    if (!read.ok) return { ok: false, problem: read.problem };
    text = read.decoded.text;
  }
  const [{ analyze }, write] = await Promise.all([import('../analyze.js'), loadWriter(job.format)]);
  const report = analyze(text, { ...job.options, source: job.input.display });
  return { ok: true, kind: 'analyze', output: write(report, job.writer) };
}

async function runLintJob(job: LintJob): Promise<JobResult> {
  const { lintTask } = await import('../lint/runner.js');
  const outcome = lintTask(job);
  return outcome.ok ? { ok: true, kind: 'lint', lint: outcome.lint } : outcome;
}
