import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { fullCollection } from './collect.js';
import { runJob, type Job, type JobResult } from './jobs.js';
import { startWorkerProcess, type JobWorker, type WorkerExit } from './worker-process.js';

/**
 * Text each automatically started worker should have to analyse before it pays for itself. A
 * worker loads its own compromise and warms up its own JIT, compiling that one process would do
 * only once, so the faster each article is read the more text a worker needs. On the 2-core
 * development machine, with real news of about 2.4 KB an article, two worker processes against
 * one process took 0.84 against 0.90 s on 10 articles (30 KB), 2.1 against 2.3 s on 80 (190 KB),
 * 3.1 against 3.7 s on 160 (400 KB) and 4.5 against 5.6 s on 300 (780 KB). Below about 400 KB
 * the gain is under a tenth of the time for more CPU in all, so that is where two start.
 */
export const MIN_BYTES_PER_WORKER = 192 * 1024;

/**
 * The built worker entry (dist/cli/worker.js). The bundler may place this module in dist/cli/main.js
 * or in a shared chunk at dist/, so both neighbours are tried; null when running from source.
 */
export const WORKER_FILE: string | null =
  ['./worker.js', './cli/worker.js'].map((relative) => fileURLToPath(new URL(relative, import.meta.url))).find((file) => existsSync(file)) ?? null;

/**
 * How much input to measure before deciding: under `auto`, enough for the most workers it would
 * start; otherwise none, since the count does not depend on the input.
 */
export function workloadLimit(concurrency: 'auto' | 'off' | number): number {
  return concurrency === 'auto' ? availableParallelism() * MIN_BYTES_PER_WORKER : 0;
}

/**
 * How many worker processes to use: `off` or 1 means none (work runs in the main process), N exactly
 * N, and `auto` one per MIN_BYTES_PER_WORKER of input, at most one per core and one per input (a
 * worker with no article to read only loads the parser), and none unless at least two are worth
 * starting. `inputBytes` may stop counting at `workloadLimit()`.
 */
export function workersFor(concurrency: 'auto' | 'off' | number, inputBytes: number, cores: number, inputs = Number.POSITIVE_INFINITY): number {
  if (concurrency === 'off' || concurrency === 1) return 0;
  if (concurrency !== 'auto') return concurrency;
  const workers = Math.min(cores, inputs, Math.floor(inputBytes / MIN_BYTES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/** `workersFor` on this machine; none when running from source, where there is no built worker to start. */
export function resolveWorkers(concurrency: 'auto' | 'off' | number, inputBytes: number, inputs?: number): number {
  return WORKER_FILE ? workersFor(concurrency, inputBytes, availableParallelism(), inputs) : 0;
}

/** `resolveWorkers` for a list of files (null for standard input), stat-ing only as many as it needs. */
export function resolveWorkersForFiles(concurrency: 'auto' | 'off' | number, paths: Array<string | null>): number {
  return resolveWorkers(concurrency, inputBytesUpTo(paths, workloadLimit(concurrency)), paths.length);
}

/** The size of the input files, counted until `limit`: enough for `resolveWorkers` to decide. */
export function inputBytesUpTo(paths: Iterable<string | null>, limit: number): number {
  let total = 0;
  for (const file of paths) {
    if (total >= limit) break;
    if (file === null) continue;
    try {
      total += statSync(file).size;
    } catch {
      // An unreadable input is reported when its job runs; here it just adds no work.
    }
  }
  return total;
}

/**
 * The old-generation limit, in MB, of each worker's heap, for jobs that read at most
 * `maxInputBytes` each. V8 lets a heap grow by a factor that depends on its limit: with the default
 * limit of a machine with several GB of memory (4 GB here) a worker's heap may grow to four times
 * what a collection keeps, and a run of 10,000 articles peaked 1.33-1.5 times higher than one of
 * 1,000 while the live heap stayed at 25 MB a worker. Under 2 GB the factor falls (1.6 at 1 GB):
 * 10,000 articles then peaked 1.11-1.17 times higher, at the price of more collections (about 5%
 * more CPU on 2,000 articles). Those figures are from worker threads; with worker processes and
 * the main process's own collections (`COLLECT_EVERY`), newsx and its workers together peak
 * 1.07-1.10 times higher. A 5 MB article, the largest
 * `--max-bytes` lets through by default, needs 100-150 MB of old generation, so the limit gives
 * 64 MB for each MB of input, and never less than 1 GB.
 */
export function workerHeapLimitMb(maxInputBytes: number): number {
  return Math.max(1024, Math.ceil((maxInputBytes / (1024 * 1024)) * 64));
}

export interface PoolOptions {
  /** Jobs in flight per worker: enough that a worker never waits for its next message. */
  window?: number;
  /**
   * Items taken from the input before their turn to be yielded (at least `window` per worker):
   * finished results wait behind an earlier, slower job up to this many, so one long article does
   * not leave the other workers idle.
   */
  reorder?: number;
  /** The largest input a job may read (`--max-bytes`), which sizes each worker's heap. */
  maxInputBytes?: number;
  /** Starts one worker; a process running the built worker entry unless a test gives another. */
  spawn?: () => JobWorker;
  /** Run after every `COLLECT_EVERY` results from the workers; V8's full collection unless a test gives another. */
  collect?: (() => void) | null;
}

/**
 * Results from workers between two full collections of the main process (`fullCollection`). Each
 * takes a few milliseconds on its small heap; at this rate, over 10,000 news articles, the main
 * process peaked at 71 MB instead of 116 MB, and the run took no longer.
 */
export const COLLECT_EVERY = 128;

/**
 * Runs the job of each item and yields the items with their results in the order the items came,
 * whatever order the jobs finish in. `toJob` may return null for an item that needs no work (a
 * cache hit); it is yielded in its place with a null result. At most `window` jobs per worker are
 * in flight and at most `reorder` items are taken before their turn, so memory stays flat however
 * long the stream.
 */
export async function* runOrdered<T>(
  items: AsyncIterable<T> | Iterable<T>,
  toJob: (item: T) => Job | null,
  workers: number,
  {
    window = 4,
    reorder = 64,
    maxInputBytes = DEFAULT_MAX_BYTES,
    spawn = () => startWorkerProcess(WORKER_FILE!, { heapLimitMb: workerHeapLimitMb(maxInputBytes) }),
    collect,
  }: PoolOptions = {},
): AsyncGenerator<{ item: T; result: JobResult | null }> {
  if (workers <= 0) {
    for await (const item of items) {
      const job = toJob(item);
      yield { item, result: job ? await runJob(job) : null };
    }
    return;
  }
  interface Slot {
    item: T;
    result: Promise<JobResult | null>;
    settled: boolean;
  }
  interface Pending {
    worker: number;
    job: Job;
    resolve: (result: JobResult) => void;
  }
  const pending = new Map<number, Pending>();
  const load = Array.from({ length: workers }, () => 0);
  /**
   * Per worker, the jobs that were in flight together when a worker died and now run one at a
   * time on its replacement, so that only the job that kills a worker fails with it; null for a
   * worker that takes new jobs.
   */
  const suspects: Array<Array<[number, Pending]> | null> = Array.from({ length: workers }, () => null);
  /** Slots whose worker never started; they take no more jobs. */
  const retired: boolean[] = Array.from({ length: workers }, () => false);
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const finish = (id: number, result: JobResult) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    load[entry.worker]!--;
    inFlight--;
    entry.resolve(result);
    if (suspects[entry.worker]) nextSuspect(entry.worker);
    wake?.();
    wake = null;
  };
  const nextSuspect = (w: number) => {
    const next = suspects[w]!.shift();
    if (!next) {
      suspects[w] = null;
      return;
    }
    const [id, entry] = next;
    pending.set(id, entry);
    load[w]!++;
    running[w]!.send({ id, job: entry.job });
  };
  /** Runs a job in this process and settles it as a worker's reply would. */
  const runHere = (id: number, entry: Pending) => void runJob(entry.job).then((result) => finish(id, result));
  /**
   * Replaces a dead worker and settles what it held. The job that killed it fails, unless the
   * worker ran out of its heap (`workerHeapLimitMb`): that job runs again here, on the main
   * process's larger heap, so an article that one process can read is read whatever the
   * concurrency. A worker that never started is not replaced, since the next would most likely
   * fail alike: its slot retires and what it held runs here; once every slot has retired, the
   * rest of the run goes on in this process, one job at a time.
   */
  const failWorker = (w: number, { reason, outOfMemory, neverStarted }: WorkerExit) => {
    const lost = [...pending].filter(([, entry]) => entry.worker === w);
    if (neverStarted) {
      retired[w] = true;
      for (const [id, entry] of [...lost, ...(suspects[w] ?? [])]) {
        if (!pending.has(id)) {
          pending.set(id, entry);
          load[w]!++;
        }
        runHere(id, entry);
      }
      suspects[w] = null;
      return;
    }
    running[w] = start(w);
    if (lost.length <= 1 || suspects[w]) {
      for (const [id, entry] of lost) {
        if (outOfMemory) runHere(id, entry);
        else finish(id, { ok: false, problem: `internal error in worker (${reason})` });
      }
      return;
    }
    for (const [id] of lost) pending.delete(id);
    load[w] = 0;
    suspects[w] = lost;
    nextSuspect(w);
  };
  // Only the worker in its slot is acted on: a late word from one already replaced would take
  // the replacement's jobs for its own.
  const start = (w: number): JobWorker => {
    const worker = spawn()
      .on('message', ({ id, result }) => {
        finish(id, result);
        if (++sinceCollection === COLLECT_EVERY) {
          sinceCollection = 0;
          collectNow?.();
        }
      })
      .on('exit', (exit) => {
        if (!closing && running[w] === worker) failWorker(w, exit);
      });
    return worker;
  };
  const collectNow = collect === undefined ? fullCollection() : collect;
  let sinceCollection = 0;
  let closing = false;
  const running = Array.from({ length: workers }, (_, w) => start(w));
  const queue: Slot[] = [];
  let nextId = 0;
  /** The least loaded worker that takes new jobs, or -1 while every one is retrying suspects or retired. */
  const freeWorker = (): number => {
    let best = -1;
    for (let w = 0; w < workers; w++) if (!suspects[w] && !retired[w] && (best < 0 || load[w]! < load[best]!)) best = w;
    return best;
  };
  const allRetired = () => retired.every(Boolean);
  const dispatch = (job: Job): Promise<JobResult> => {
    const w = freeWorker();
    // With every slot retired, the job runs here and is counted against the first.
    const slot = w < 0 ? 0 : w;
    load[slot]!++;
    inFlight++;
    const id = nextId++;
    const result = new Promise<JobResult>((resolve) => pending.set(id, { worker: slot, job, resolve }));
    if (w < 0) runHere(id, pending.get(id)!);
    else running[w]!.send({ id, job });
    return result;
  };
  const enqueue = (item: T, result: Promise<JobResult | null>) => {
    const slot: Slot = { item, result, settled: false };
    void result.then(() => (slot.settled = true));
    queue.push(slot);
  };
  const completion = () => new Promise<void>((resolve) => (wake = resolve));
  const busy = () => (allRetired() ? inFlight > 0 : inFlight >= workers * window || freeWorker() < 0);
  try {
    for await (const item of items) {
      const job = toJob(item);
      while (job && busy()) {
        while (queue[0]?.settled) {
          const head = queue.shift()!;
          yield { item: head.item, result: await head.result };
        }
        if (busy()) await completion();
      }
      enqueue(item, job ? dispatch(job) : Promise.resolve(null));
      while (queue[0]?.settled || queue.length >= Math.max(reorder, workers * window)) {
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
    await Promise.all(running.map((worker) => worker.terminate()));
  }
}
