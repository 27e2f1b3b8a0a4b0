import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Job, JobResult } from './jobs.js';

/**
 * V8 flags for a worker process, tuned for a run in which every core reads articles. A worker
 * thread would share the main process's flags; a process gets its own.
 *
 * - `--single-threaded-gc`: V8's helper threads for collecting garbage pay off on a spare core,
 *   and with one worker per core there is none; they compete with the other workers instead.
 * - `--interrupt-budget`, four times V8's default (67,584 in Node 20): a function runs longer
 *   before it is optimized. Each worker compiles newsx and compromise for itself, and those
 *   compiles also run beside the other workers. Optimized early, many functions meet a kind of
 *   input they had not yet seen, are thrown away and compiled again: 3.1 of the 6.6 s a process
 *   spends compiling on 2,000 articles are such recompiles.
 *
 * On 2,000 real articles, two worker processes took 17.9-18.5 s with both flags, 19.8-20.5 s with
 * the first alone and 22.3-22.7 s with neither; the budget at 2, 4, 9 and 15 times the default
 * gave 18.4, 17.9, 19.0 and 19.2 s.
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--single-threaded-gc', '--interrupt-budget=270336'];

/**
 * How a worker stopped: `reason` for the error of the job it held; `outOfMemory` when its heap
 * limit killed it; `neverStarted` when no process was started at all (the system refused one,
 * EAGAIN or ENOMEM, or the Node binary is gone), so nothing it was sent is to blame.
 */
export interface WorkerExit {
  reason: string;
  outOfMemory: boolean;
  neverStarted: boolean;
}

/** What the pool needs of a worker; tests pass a fake. */
export interface JobWorker {
  send(message: { id: number; job: Job }): void;
  on(event: 'message', listener: (message: { id: number; result: JobResult }) => void): this;
  /** Emitted once, when the worker stops or cannot be started or reached. */
  on(event: 'exit', listener: (exit: WorkerExit) => void): this;
  /** Stops the worker; resolves once it has stopped. */
  terminate(): Promise<void>;
}

export interface WorkerProcessOptions {
  /** The old-generation limit of the worker's heap (`--max-old-space-size`). */
  heapLimitMb: number;
  /** V8 flags besides the heap limit. */
  flags?: readonly string[];
  /** The Node binary; the one running newsx unless a test gives another. */
  execPath?: string;
}

/** What V8 prints before it aborts a process whose heap is full. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit/;

/**
 * The line of a dead worker's stderr that says why: the first error line (V8's fatal error, an
 * uncaught exception's `Error: …`) rather than the stack or the Node.js version printed after
 * it, or else the last line.
 */
function complaintIn(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^(?:FATAL ERROR|\w*Error\b)/.test(line)) ?? lines.at(-1);
}

/** How much of a worker's stderr to keep, to say why it stopped. */
const STDERR_TAIL = 4096;

/**
 * Starts `file` as a worker process that takes jobs over its IPC channel (`src/cli/worker.ts`).
 * Its stderr is kept, not shown: V8's report of a full heap is how an out-of-memory death is told
 * from a crash, and the last line of anything else names the reason in the job's error.
 */
export function startWorkerProcess(file: string, { heapLimitMb, flags = WORKER_V8_FLAGS, execPath = process.execPath }: WorkerProcessOptions): JobWorker {
  const child = fork(file, [], {
    execPath,
    execArgv: [...flags, `--max-old-space-size=${heapLimitMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const events = new EventEmitter();
  let stderr = '';
  let exited = false;
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exit = (reason: string, neverStarted = false) => {
    if (exited) return;
    exited = true;
    events.emit('exit', { reason, outOfMemory: OUT_OF_MEMORY.test(stderr), neverStarted });
  };
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  child.on('message', (message) => events.emit('message', message));
  child.on('error', (error) => exit(error.message, child.pid === undefined));
  // 'close' comes after stderr has ended, so a report V8 printed just before aborting is read.
  child.on('close', (code, signal) => {
    const said = complaintIn(stderr);
    exit(`${signal ? `killed by ${signal}` : `exited with code ${code}`}${said ? `: ${said}` : ''}`);
  });
  const worker: JobWorker = {
    send: (message) => {
      if (!exited) child.send(message);
    },
    on(event: 'message' | 'exit', listener: Parameters<EventEmitter['on']>[1]) {
      events.on(event, listener);
      return worker;
    },
    terminate: async () => {
      exited = true;
      if (child.pid === undefined) return;
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await stopped;
    },
  };
  return worker;
}
