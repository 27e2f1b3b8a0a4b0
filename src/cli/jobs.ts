import type { AnalyzeOptions } from '../types.js';
import type { ReportFormat, WriterOptions } from '../report/index.js';
import { readInput, type InputRef } from './inputs.js';

/**
 * The work for one input, as plain data so it can cross to a worker thread: read and decode the
 * file (or take the given text), analyse it, and format the report.
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

export type Job = AnalyzeJob;

export type JobResult = { ok: true; output: string } | { ok: false; problem: string };

const noStdin = async (): Promise<Uint8Array> => {
  throw new Error('standard input is read by the main thread');
};

export async function runJob(job: Job): Promise<JobResult> {
  let text = job.text;
  if (text === undefined) {
    const read = await readInput(job.input, noStdin, job.maxBytes);
    if (!read.ok) return { ok: false, problem: read.problem };
    text = read.decoded.text;
  }
  const [{ analyze }, { writers }] = await Promise.all([import('../analyze.js'), import('../report/index.js')]);
  const report = analyze(text, { ...job.options, source: job.input.display });
  return { ok: true, output: writers[job.format](report, job.writer) };
}
