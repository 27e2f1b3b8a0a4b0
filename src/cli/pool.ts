import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './jobs.js';

/** Below this many inputs, starting workers (each pays ~130 ms to load compromise) costs more than it saves. */
export const MIN_INPUTS_FOR_WORKERS = 24;

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * How many worker threads to use: `off` or 1 means none (work runs on the main thread), `auto`
 * one per core once the corpus is large enough to pay for start-up, N exactly N.
 */
export function resolveWorkers(concurrency: 'auto' | 'off' | number, inputCount: number | null): number {
  if (concurrency === 'off' || concurrency === 1) return 0;
  if (!existsSync(workerFile)) return 0;
  if (concurrency === 'auto') {
    if (inputCount !== null && inputCount < MIN_INPUTS_FOR_WORKERS) return 0;
    const cores = availableParallelism();
    return cores > 1 ? cores : 0;
  }
  return concurrency;
}

/**
 * Runs the job of each item and yields the items with their results in the order the items came,
 * whatever order the jobs finish in. `toJob` may return null for an item that needs no work (a
 * cache hit); it is yielded in its place with a null result. At most `window` jobs per worker are
 * in flight, so memory stays flat however long the stream.
 */
export async function* runOrdered<T>(
  items: AsyncIterable<T> | Iterable<T>,
  toJob: (item: T) => Job | null,
  workers: number,
  window = 4,
): AsyncGenerator<{ item: T; result: JobResult | null }> {
  if (workers <= 0) {
    for await (const item of items) {
      const job = toJob(item);
      yield { item, result: job ? await runJob(job) : null };
    }
    return;
  }
  const pending = new Map<number, { thread: number; resolve: (result: JobResult) => void }>();
  const load = Array.from({ length: workers }, () => 0);
  const failThread = (t: number, reason: string) => {
    for (const [id, entry] of pending) {
      if (entry.thread !== t) continue;
      pending.delete(id);
      entry.resolve({ ok: false, problem: `internal error in worker (${reason})` });
    }
    load[t] = 0;
    threads[t] = start(t);
  };
  const start = (t: number): Worker =>
    new Worker(workerFile)
      .on('message', ({ id, result }: { id: number; result: JobResult }) => {
        load[t]!--;
        const entry = pending.get(id);
        pending.delete(id);
        entry?.resolve(result);
      })
      .on('error', (error) => failThread(t, error.message))
      .on('exit', (code) => {
        if (!closing) failThread(t, `exited with code ${code}`);
      });
  let closing = false;
  const threads = Array.from({ length: workers }, (_, t) => start(t));
  const queue: Array<{ item: T; result: Promise<JobResult | null> }> = [];
  let nextId = 0;
  const dispatch = (job: Job): Promise<JobResult> => {
    const t = load.indexOf(Math.min(...load));
    load[t]!++;
    const id = nextId++;
    const result = new Promise<JobResult>((resolve) => pending.set(id, { thread: t, resolve }));
    threads[t]!.postMessage({ id, job });
    return result;
  };
  try {
    for await (const item of items) {
      const job = toJob(item);
      queue.push({ item, result: job ? dispatch(job) : Promise.resolve(null) });
      while (queue.length >= workers * window) {
        const head = queue.shift()!;
        yield { item: head.item, result: await head.result };
      }
    }
    while (queue.length > 0) {
      const head = queue.shift()!;
      yield { item: head.item, result: await head.result };
    }
  } finally {
    closing = true;
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
