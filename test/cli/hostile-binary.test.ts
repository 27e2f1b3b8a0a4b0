import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** Hostile inputs and outputs that only a real process meets: endless stdin, closed pipes. `npm test` builds dist/ first. */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/newsx.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'newsx-hostile-bin-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n');
  // A corpus long enough that the pipe closes mid-run (with workers the event loop turns and sees
  // EPIPE before the end): a broken article first, then clean ones.
  mkdirSync(path.join(dir, 'corpus'));
  writeFileSync(path.join(dir, 'corpus/00-broken.txt'), 'Storm hits coast\n\n"A storm hit the coast on Monday, officials said.\n');
  for (let i = 1; i <= 40; i++) writeFileSync(path.join(dir, `corpus/${String(i).padStart(2, '0')}.txt`), `Storm ${i} hits coast\n\nStorm ${i} hit the coast on Monday, officials said.\n`);
});

/** Runs the binary with the given stdin (a file descriptor or 'ignore'); `closeStdout` closes the reading end at once, as `| head` does. */
function newsx(args: string[], options: { stdin?: number | 'ignore'; closeStdout?: boolean } = {}): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: dir,
      stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true' },
    });
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    if (options.closeStdout) child.stdout!.destroy();
    else child.stdout!.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, err });
    });
  });
}

describe('the built binary on endless input', () => {
  it.skipIf(!existsSync('/dev/zero'))('stops reading standard input at --max-bytes', { timeout: 30_000 }, async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const { code, signal, err } = await newsx(['analyze', '-', '--max-bytes', '100000'], { stdin: zero });
      expect({ code, signal, err }).toEqual({ code: 1, signal: null, err: 'newsx: <stdin>: input is over the 100000-byte limit (--max-bytes)\n' });
    } finally {
      closeSync(zero);
    }
  });
});

describe('the built binary when its output goes away', () => {
  it.each([
    ['lint with errors', ['lint', 'corpus', '--concurrency', '2']],
    ['analyze with a bad file', ['analyze', 'corpus', 'missing.txt', '--concurrency', '2']],
    ['analyze with no failure', ['analyze', 'corpus']],
  ])('exits non-zero when the reader closes the pipe (| head): %s', { timeout: 30_000 }, async (_name, args) => {
    const { code, signal, err } = await newsx(args, { closeStdout: true });
    expect(signal).toBeNull();
    expect(code).not.toBe(0);
    expect([1, 141]).toContain(code);
    expect(err).not.toMatch(/EPIPE|at /);
  });

  it.skipIf(!existsSync('/dev/full'))('names a full standard output and exits 2', { timeout: 30_000 }, async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const proc = spawn(process.execPath, [bin, 'analyze', 'a.txt'], { cwd: dir, stdio: ['ignore', full, 'pipe'] });
        let err = '';
        proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
        proc.on('close', (code) => resolve({ code, err }));
      });
      expect(child).toEqual({ code: 2, err: 'newsx: <stdout>: cannot write (no space left on device)\n' });
    } finally {
      closeSync(full);
    }
  });
});
