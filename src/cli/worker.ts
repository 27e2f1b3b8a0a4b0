import { parentPort } from 'node:worker_threads';
import { crossingResult, runJob, type Job } from './jobs.js';

/** Worker thread entry: runs jobs one at a time and posts each result back with its id. */
parentPort?.on('message', async ({ id, job }: { id: number; job: Job }) => {
  const { result, transfer } = crossingResult(await runJob(job));
  parentPort!.postMessage({ id, result }, transfer);
});
