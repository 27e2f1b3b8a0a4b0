import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputBytesUpTo, MIN_BYTES_PER_WORKER, workersFor, workloadLimit } from '../../src/cli/pool.js';

const KB = 1024;

describe('workersFor', () => {
  it.each([
    ['off', 'off', 10_000 * KB, 2, 0],
    ['1 means the main thread', 1, 10_000 * KB, 2, 0],
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
