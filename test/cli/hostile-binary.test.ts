import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
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
