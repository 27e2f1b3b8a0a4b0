import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobResult } from '../../src/cli/jobs.js';
import { startWorkerProcess, WORKER_V8_FLAGS, type JobWorker, type WorkerExit } from '../../src/cli/worker-process.js';
import { project } from '../helpers/project.js';

/** Worker entries, run as ES modules. */
const dir = project(
  {
    'echo.mjs': `process.on('message', ({ id, job }) => process.send({ id, result: { ok: true, kind: 'analyze', output: new TextEncoder().encode(job.text), label: process.execArgv.join(' ') } }));
process.once('disconnect', () => process.exit(0));`,
    'failing.mjs': `process.stderr.write('starting\\nno such model\\n'); process.exitCode = 3;`,
    'throwing.mjs': `throw new TypeError('no model at /tmp/x');`,
    'hungry.mjs': `const kept = []; for (;;) kept.push(new Array(100_000).fill(kept.length));`,
  },
  [],
);
const script = (name: string) => path.join(dir, `${name}.mjs`);

const nextMessage = (worker: JobWorker) => new Promise<{ id: number; result: JobResult }>((resolve) => worker.on('message', resolve));
const nextExit = (worker: JobWorker) => new Promise<WorkerExit>((resolve) => worker.on('exit', resolve));

describe('startWorkerProcess', () => {
  it('sends jobs and receives results, bytes as bytes, in a process with its own V8 flags', async () => {
    const worker = startWorkerProcess(script('echo'), { heapLimitMb: 64 });
    const reply = nextMessage(worker);
    worker.send({ id: 7, job: { kind: 'analyze', input: { display: 'a', path: null }, text: 'Café “quoted”', maxBytes: 100, options: {}, format: 'ndjson', writer: { color: false, count: 1 } } });
    const { id, result } = await reply;
    expect(id).toBe(7);
    expect(result.ok && result.kind === 'analyze' && result.output).toBeInstanceOf(Uint8Array);
    expect(result.ok && result.kind === 'analyze' && new TextDecoder().decode(result.output as Uint8Array)).toBe('Café “quoted”');
    expect(result.ok && result.kind === 'analyze' && result.label).toBe([...WORKER_V8_FLAGS, '--max-old-space-size=64'].join(' '));
    await worker.terminate();
  });

  it('stops on terminate without reporting an exit', async () => {
    const worker = startWorkerProcess(script('echo'), { heapLimitMb: 64, flags: [] });
    const exits: WorkerExit[] = [];
    worker.on('exit', (exit) => exits.push(exit));
    await worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(exits).toEqual([]);
  });

  it('names the exit code and the last line the worker wrote to stderr', async () => {
    const exit = await nextExit(startWorkerProcess(script('failing'), { heapLimitMb: 64, flags: [] }));
    expect(exit).toEqual({ reason: 'exited with code 3: no such model', outOfMemory: false, neverStarted: false });
  });

  it('names the error of an exception that stopped the worker, not its stack', async () => {
    const exit = await nextExit(startWorkerProcess(script('throwing'), { heapLimitMb: 64, flags: [] }));
    expect(exit).toEqual({ reason: 'exited with code 1: TypeError: no model at /tmp/x', outOfMemory: false, neverStarted: false });
  });

  it('says so when no process could be started, and takes jobs sent meanwhile without throwing', async () => {
    const worker = startWorkerProcess(script('echo'), { heapLimitMb: 64, execPath: path.join(dir, 'no-such-node') });
    const exit = nextExit(worker);
    worker.send({ id: 1, job: { kind: 'lint', source: 'a.txt', text: '', config: {} as never } });
    expect(await exit).toMatchObject({ neverStarted: true, outOfMemory: false, reason: expect.stringContaining('ENOENT') });
    await worker.terminate();
  });

  it('tells a worker that ran out of heap from one that crashed', async () => {
    const exit = await nextExit(startWorkerProcess(script('hungry'), { heapLimitMb: 16, flags: [] }));
    expect(exit.outOfMemory).toBe(true);
    expect(exit.reason).toMatch(/^(?:killed by SIGABRT|exited with code \d+): FATAL ERROR: .*heap out of memory$/);
  }, 20_000);
});
