import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job, JobResult } from '../../src/cli/jobs.js';
import { COLLECT_EVERY, inputBytesUpTo, MIN_BYTES_PER_WORKER, runOrdered, workerHeapLimitMb, workersFor, workloadLimit, type PoolOptions } from '../../src/cli/pool.js';
import type { JobWorker } from '../../src/cli/worker-process.js';

const KB = 1024;

describe('workersFor', () => {
  it.each([
    ['off', 'off', 10_000 * KB, 2, 0],
    ['1 means the main process', 1, 10_000 * KB, 2, 0],
    ['an explicit count, however little input', 3, 0, 2, 3],
    ['auto, nothing to read', 'auto', 0, 2, 0],
    ['auto, less than two workers are worth', 'auto', 2 * MIN_BYTES_PER_WORKER - 1, 2, 0],
    ['auto, exactly enough for two', 'auto', 2 * MIN_BYTES_PER_WORKER, 2, 2],
    ['auto, a large corpus on two cores', 'auto', 100_000 * KB, 2, 2],
    ['auto, one worker per share of input on many cores', 'auto', 5 * MIN_BYTES_PER_WORKER + 1, 8, 5],
    ['auto, never more than the cores', 'auto', 100_000 * KB, 8, 8],
    ['auto on one core', 'auto', 100_000 * KB, 1, 0],
  ] as const)('%s', (_, concurrency, bytes, cores, expected) => {
    expect(workersFor(concurrency, bytes, cores)).toBe(expected);
  });

  it.each([
    ['one long article: no worker, only one thread could read it', 'auto', 5_000 * KB, 2, 1, 0],
    ['two long articles on two cores', 'auto', 5_000 * KB, 2, 2, 2],
    ['three long articles on eight cores: three workers', 'auto', 5_000 * KB, 8, 3, 3],
    ['an explicit count is taken as given', 4, 5_000 * KB, 2, 1, 4],
  ] as const)('%s', (_, concurrency, bytes, cores, inputs, expected) => {
    expect(workersFor(concurrency, bytes, cores, inputs)).toBe(expected);
  });
});

describe('workloadLimit', () => {
  it('measures enough input for one worker per core under auto, and none otherwise', () => {
    expect(workloadLimit('auto')).toBe(availableParallelism() * MIN_BYTES_PER_WORKER);
    expect(workloadLimit('off')).toBe(0);
    expect(workloadLimit(3)).toBe(0);
  });
});

describe('workerHeapLimitMb', () => {
  const MB = 1024 * 1024;
  it.each([
    ['no input', 0, 1024],
    ['the default 5 MB limit', 5 * MB, 1024],
    ['16 MB, the last size the floor covers', 16 * MB, 1024],
    ['a raised 40 MB limit', 40 * MB, 2560],
    ['a part of a MB, rounded up', 16 * MB + 1, 1025],
  ])('gives %s %i bytes → %i MB', (_, bytes, mb) => {
    expect(workerHeapLimitMb(bytes)).toBe(mb);
  });
});

describe('inputBytesUpTo', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-pool-'));
  const files = [1, 2, 3, 4].map((n) => {
    const file = path.join(dir, `${n}.txt`);
    writeFileSync(file, 'x'.repeat(n * 100));
    return file;
  });

  it('adds the sizes of all files when they stay under the limit', () => {
    expect(inputBytesUpTo(files, 10_000)).toBe(1000);
  });

  it('stops counting once the limit is reached', () => {
    expect(inputBytesUpTo(files, 250)).toBe(300);
  });

  it('counts standard input and missing files as no work', () => {
    expect(inputBytesUpTo([null, path.join(dir, 'missing.txt'), files[0]!], 10_000)).toBe(100);
  });

  it('counts nothing when no limit is asked for', () => {
    expect(inputBytesUpTo(files, 0)).toBe(0);
  });
});

/** Workers whose replies the test sends by hand, to finish jobs in any order. */
class FakeWorkers {
  readonly posted: Array<{ name: string; worker: FakeWorker }> = [];
  readonly workers: FakeWorker[] = [];
  spawn = (): JobWorker => {
    const worker = new FakeWorker(this);
    this.workers.push(worker);
    return worker;
  };
  finish(name: string, result: JobResult = { ok: true, kind: 'analyze', output: name, label: name }): void {
    const worker = this.workerOf(name);
    worker.emit('message', { id: worker.ids.get(name)!, result });
  }
  /** Finishes each job in turn, letting the pool react to every reply before the next. */
  async finishInTurn(names: string[]): Promise<void> {
    for (const name of names) {
      this.finish(name);
      await tick();
    }
  }
  isPosted(name: string): boolean {
    return this.posted.some((entry) => entry.name === name);
  }
  /** The worker the job was last sent to. */
  workerOf(name: string): FakeWorker {
    return this.posted.findLast((entry) => entry.name === name)!.worker;
  }
}

class FakeWorker extends EventEmitter implements JobWorker {
  readonly ids = new Map<string, number>();
  terminated = false;
  constructor(private readonly owner: FakeWorkers) {
    super();
  }
  send({ id, job }: { id: number; job: Job }): void {
    const name = job.kind === 'lint' ? job.source : job.input.display;
    this.ids.set(name, id);
    this.owner.posted.push({ name, worker: this });
  }
  die(reason: string, outOfMemory = false, neverStarted = false): void {
    this.emit('exit', { reason, outOfMemory, neverStarted });
  }
  async terminate(): Promise<void> {
    this.terminated = true;
  }
}

const jobFor = (name: string): Job => ({ kind: 'lint', source: name, text: '', config: {} as never });
const names = (count: number) => Array.from({ length: count }, (_, n) => `a${n}`);
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Reads the pool's output into `out` as it comes, so a test can look between replies. */
function drain(run: AsyncGenerator<{ item: string; result: JobResult | null }>, out: string[]): Promise<void> {
  return (async () => {
    for await (const { item, result } of run) out.push(`${item}:${result === null ? 'skipped' : result.ok ? 'ok' : result.problem}`);
  })();
}

/** Runs the pool on two fake workers, reading its output into `out` as it comes, once the first jobs are posted. */
async function startPool(items: string[], options: Omit<PoolOptions, 'spawn'> = {}, toJob: (name: string) => Job | null = jobFor) {
  const fake = new FakeWorkers();
  const out: string[] = [];
  const done = drain(runOrdered(items, toJob, 2, { ...options, spawn: fake.spawn }), out);
  await tick();
  return { fake, out, done };
}

describe('runOrdered on workers', () => {
  it('yields results in input order whatever order the jobs finish in', async () => {
    const { fake, out, done } = await startPool(names(4));
    for (const name of ['a3', 'a1', 'a2']) fake.finish(name);
    await tick();
    expect(out).toEqual([]);
    fake.finish('a0');
    await done;
    expect(out).toEqual(['a0:ok', 'a1:ok', 'a2:ok', 'a3:ok']);
    expect(fake.workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('keeps the other worker busy while a long first article is still being read', async () => {
    const { fake, out, done } = await startPool(names(12), { window: 1, reorder: 8 });
    expect(fake.posted.map((entry) => entry.name)).toEqual(['a0', 'a1']);
    await fake.finishInTurn(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(fake.isPosted('a7')).toBe(true);
    expect(out).toEqual([]);
    fake.finish('a0');
    await tick();
    expect(out.slice(0, 7)).toEqual(['a0:ok', 'a1:ok', 'a2:ok', 'a3:ok', 'a4:ok', 'a5:ok', 'a6:ok']);
    await fake.finishInTurn(['a7', 'a8', 'a9', 'a10', 'a11']);
    await done;
    expect(out).toHaveLength(12);
  });

  it('holds back at most `reorder` finished items behind a slow one', async () => {
    const { fake, out, done } = await startPool(names(10), { window: 1, reorder: 4 });
    for (const name of ['a1', 'a2', 'a3', 'a4']) {
      if (fake.isPosted(name)) fake.finish(name);
      await tick();
    }
    expect(fake.isPosted('a3')).toBe(true);
    expect(fake.isPosted('a4')).toBe(false);
    expect(out).toEqual([]);
    fake.finish('a0');
    await tick();
    await fake.finishInTurn(names(10).slice(4));
    await done;
    expect(out).toEqual(names(10).map((name) => `${name}:ok`));
  });

  it('fails only the jobs of a worker that dies and goes on with a new one', async () => {
    const { fake, out, done } = await startPool(names(4), { window: 1 });
    fake.workerOf('a0').die('exited with code 1');
    await tick();
    expect(fake.workers).toHaveLength(3);
    await fake.finishInTurn(['a1', 'a2', 'a3']);
    await done;
    expect(out).toEqual(['a0:internal error in worker (exited with code 1)', 'a1:ok', 'a2:ok', 'a3:ok']);
  });

  it('retries the other jobs of a dying worker one at a time, so only the one that kills it fails', async () => {
    const { fake, out, done } = await startPool(names(6), { window: 2 });
    const first = fake.workerOf('a0');
    const sentTo = (worker: unknown) => fake.posted.filter((entry) => entry.worker === worker).map((entry) => entry.name);
    expect(sentTo(first)).toEqual(['a0', 'a2']);
    first.die('killed by SIGSEGV');
    await tick();
    const retry = fake.workers[2]!;
    expect(sentTo(retry)).toEqual(['a0']);
    retry.die('killed by SIGSEGV');
    await tick();
    const after = fake.workers[3]!;
    expect(sentTo(after)).toEqual(['a2']);
    for (const name of ['a1', 'a3']) fake.finish(name);
    await tick();
    expect(sentTo(after)).toEqual(['a2']);
    fake.finish('a2');
    await tick();
    await fake.finishInTurn(['a4', 'a5']);
    await done;
    expect(out).toEqual(['a0:internal error in worker (killed by SIGSEGV)', 'a1:ok', 'a2:ok', 'a3:ok', 'a4:ok', 'a5:ok']);
    expect(fake.workers).toHaveLength(4);
  });

  it('pays no attention to a worker it has already replaced', async () => {
    const { fake, out, done } = await startPool(names(3), { window: 1 });
    const dying = fake.workerOf('a0');
    dying.die('exited with code 1');
    await tick();
    fake.finish('a1');
    await tick();
    dying.die('exited with code 1');
    await tick();
    expect(fake.workers).toHaveLength(3);
    fake.finish('a2');
    await done;
    expect(out).toEqual(['a0:internal error in worker (exited with code 1)', 'a1:ok', 'a2:ok']);
  });

  it('runs the job of a worker that ran out of heap again in the main process', async () => {
    const text = 'The mayor said the bridge would open in May.';
    const analyzeJob = (name: string): Job => ({ kind: 'analyze', input: { display: name, path: null }, text, maxBytes: 1_000_000, options: {}, format: 'ndjson', writer: { color: false, count: 2 } });
    const fake = new FakeWorkers();
    const results: Array<JobResult | null> = [];
    const done = (async () => {
      for await (const { result } of runOrdered(['big', 'small'], analyzeJob, 2, { window: 1, spawn: fake.spawn })) results.push(result);
    })();
    await tick();
    fake.workerOf('big').die('killed by SIGABRT: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', true);
    fake.finish('small');
    await done;
    const big = results[0]!;
    expect(big.ok && big.kind === 'analyze' && JSON.parse(big.output as string)).toMatchObject({ source: 'big', sections: { body: { text } } });
    expect(results[1]).toMatchObject({ ok: true, output: 'small' });
    expect(fake.posted.filter((entry) => entry.name === 'big')).toHaveLength(1);
    expect(fake.workers).toHaveLength(3);
  });

  describe('when a worker process cannot be started', () => {
    const text = 'The mayor said the bridge would open in May.';
    const analyzeJob = (name: string): Job => ({ kind: 'analyze', input: { display: name, path: null }, text, maxBytes: 1_000_000, options: {}, format: 'ndjson', writer: { color: false, count: 2 } });
    const sourceOf = (result: JobResult | null) => (result?.ok && result.kind === 'analyze' ? JSON.parse(result.output as string).source : result);

    it('runs everything in this process once no worker starts, without starting more', async () => {
      const fake = new FakeWorkers();
      const items = names(7);
      const results: Array<JobResult | null> = [];
      const done = (async () => {
        for await (const { result } of runOrdered(items, analyzeJob, 2, { spawn: fake.spawn, collect: null })) results.push(result);
      })();
      await tick();
      for (const worker of fake.workers) worker.die('spawn EAGAIN', false, true);
      await done;
      expect(results.map(sourceOf)).toEqual(items);
      expect(fake.workers).toHaveLength(2);
    });

    it('runs what the failed one held here and goes on with the other', async () => {
      const fake = new FakeWorkers();
      const results: Array<JobResult | null> = [];
      const done = (async () => {
        for await (const { result } of runOrdered(names(6), analyzeJob, 2, { window: 1, spawn: fake.spawn, collect: null })) results.push(result);
      })();
      await tick();
      const [failed, working] = fake.workers;
      const held = fake.posted.filter((entry) => entry.worker === failed).map((entry) => entry.name);
      failed!.die('spawn EAGAIN', false, true);
      const finished = new Set<string>();
      for (let n = 0; n < 6; n++) {
        await tick();
        const next = fake.posted.find((entry) => entry.worker === working && !finished.has(entry.name));
        if (next) {
          finished.add(next.name);
          fake.finish(next.name, { ok: true, kind: 'analyze', output: JSON.stringify({ source: next.name }), label: next.name });
        }
      }
      await done;
      expect(results.map(sourceOf)).toEqual(names(6));
      expect(held).toHaveLength(1);
      expect(fake.posted.every((entry) => entry.worker !== failed || held.includes(entry.name))).toBe(true);
      expect(fake.workers).toHaveLength(2);
    });
  });

  it('runs a full collection after every COLLECT_EVERY results from the workers', async () => {
    let collections = 0;
    const count = COLLECT_EVERY * 2 + 5;
    const { fake, out, done } = await startPool(names(count), { collect: () => collections++ });
    const finished = new Set<string>();
    while (finished.size < count) {
      const { name } = fake.posted.find((job) => !finished.has(job.name))!;
      finished.add(name);
      await fake.finishInTurn([name]);
      if (finished.size === COLLECT_EVERY - 1) expect(collections).toBe(0);
    }
    await done;
    expect(out).toHaveLength(count);
    expect(collections).toBe(2);
  });

  it('yields items that need no job in their place', async () => {
    const { fake, out, done } = await startPool(names(3), {}, (name) => (name === 'a1' ? null : jobFor(name)));
    fake.finish('a2');
    fake.finish('a0');
    await done;
    expect(out).toEqual(['a0:ok', 'a1:skipped', 'a2:ok']);
  });
});
