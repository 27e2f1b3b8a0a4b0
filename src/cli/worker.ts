import { crossingResult, runJob, type Job } from './jobs.js';

/**
 * Worker process entry (`startWorkerProcess`): runs jobs one at a time and sends each result back
 * with its id. When the main process goes, so does the channel, and with it the reason to finish.
 */
process.on('message', async ({ id, job }: { id: number; job: Job }) => {
  const result = crossingResult(await runJob(job));
  if (process.connected) process.send!({ id, result });
});
process.once('disconnect', () => process.exit(0));
