import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main, stdoutFailure } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/io.js';

/** Hostile inputs and output targets (issue 11), run in-process through main(). */
const ARTICLE = 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n';
const BROKEN = 'Storm hits coast\n\n"A storm hit the coast on Monday, officials said.\n';
const isRoot = process.getuid?.() === 0;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsx-hostile-'));
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'broken.txt'), BROKEN);
});

async function run(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo({ cwd: dir, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('an output that cannot be written', () => {
  it.each([
    ['an existing directory', () => (mkdirSync(path.join(dir, 'out')), 'out'), 'is a directory'],
    ['a path under a regular file', () => 'a.txt/x.json', 'a parent of this path is not a directory'],
    ['/dev/full', () => '/dev/full', 'no space left on device'],
  ])('%s: one line naming it, exit 2, for analyze, lint and summary', async (_name, target, reason) => {
    const output = target();
    if (output.startsWith('/dev/') && !existsSync(output)) return;
    for (const argv of [['analyze', 'a.txt'], ['lint', 'broken.txt'], ['summary', 'a.txt'], ['summary', 'a.txt', '--table', 'entities']]) {
      const { code, out, err } = await run([...argv, '-o', output]);
      expect({ argv, code, out, err }).toEqual({ argv, code: 2, out: '', err: `newsx: ${output}: cannot write (${reason})\n` });
    }
  });

  it.skipIf(isRoot)('a directory without write permission', async () => {
    mkdirSync(path.join(dir, 'locked'));
    chmodSync(path.join(dir, 'locked'), 0o555);
    const { code, err } = await run(['analyze', 'a.txt', '-o', 'locked/x.json']);
    expect(code).toBe(2);
    expect(err).toBe('newsx: locked/x.json: cannot write (permission denied)\n');
  });

  it('is refused before the work: the articles are not read', async () => {
    mkdirSync(path.join(dir, 'out'));
    const { code, err } = await run(['analyze', 'a.txt', 'missing.txt', '-o', 'out']);
    expect(code).toBe(2);
    expect(err).toBe('newsx: out: cannot write (is a directory)\n');
  });

  it('analyze creates missing folders, as lint does', async () => {
    const { code, err } = await run(['analyze', 'a.txt', '-o', 'reports/new/a.json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/new/a.json'), 'utf8')).source).toBe('a.txt');
  });

  it('lint keeps its exit code when the file is written', async () => {
    const { code, err } = await run(['lint', 'broken.txt', '-o', 'reports/lint.txt']);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(readFileSync(path.join(dir, 'reports/lint.txt'), 'utf8')).toContain('quote-balance');
  });
});

describe('terminal escapes inside an article', () => {
  const HOSTILE =
    'Storm \x1b[2Jhits coast\x1b]0;pwned\x07\n\n' +
    '"The sea wall held \x1b]8;;https://evil.example\x1b\\until midnight\x1b]8;;\x1b\\ and then it broke," said Maria Lopez\x1b[8m.\n\n' +
    'Officials said 4,000 homes\u009b2J lost power on Monday.\n';
  const raw = (out: string) => out.replace(/\x1b\[[0-9;]*m/g, '').match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g);

  it.each([['--no-color'], ['--color']])('are spelled out in the text report (%s)', async (color) => {
    writeFileSync(path.join(dir, 'hostile.txt'), HOSTILE);
    const { code, out } = await run(['analyze', 'hostile.txt', '--format', 'text', color]);
    expect(code).toBe(0);
    expect(raw(out)).toBeNull();
    expect(out).toContain('\\x1b[2J');
  });

  it('a record id with escapes is spelled out in the report, the summary and on stderr', async () => {
    const id = 'evil\x1b]0;title\x07\x1b[2J';
    const stdin = `${JSON.stringify({ id, text: HOSTILE })}\n${JSON.stringify({ id: `${id}-bad`, text: 7 })}\n`;
    for (const argv of [['analyze', '--format', 'text'], ['summary']]) {
      const { out, err } = await run([...argv, '--input', 'ndjson', '--no-color'], { stdin });
      expect(raw(out)).toBeNull();
      expect(raw(err)).toBeNull();
    }
    const { out } = await run(['analyze', '--format', 'text', '--input', 'ndjson', '--no-color'], { stdin });
    expect(out.split('\n')[0]).toBe('evil\\x1b]0;title\\x07\\x1b[2J');
  });
});

describe('--max-bytes and inputs that never end', () => {
  it('refuses a device named on the command line and analyzes the rest', async () => {
    if (!existsSync('/dev/zero')) return;
    const { code, out, err } = await run(['analyze', '/dev/zero', 'a.txt', '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(err).toBe('newsx: /dev/zero: not a regular file (a FIFO, socket or device)\n');
    expect(out.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(['a.txt']);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without opening it (opening would wait for a writer forever)', { timeout: 20_000 }, async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    for (const command of ['analyze', 'lint']) {
      const { code, out, err } = await run([command, 'pipe.txt', 'a.txt', '--format', command === 'lint' ? 'json' : 'ndjson', '--concurrency', 'off']);
      expect(code).toBe(1);
      expect(out).toContain('a.txt');
      if (command === 'analyze') expect(err).toBe('newsx: pipe.txt: not a regular file (a FIFO, socket or device)\n');
      else expect(out).toContain('not a regular file');
    }
  });

  it('caps standard input', async () => {
    const { code, out, err } = await run(['analyze', '-', '--max-bytes', '1000'], { stdin: 'x'.repeat(1001) });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('newsx: <stdin>: input is over the 1000-byte limit (--max-bytes)\n');
  });

  it('caps each NDJSON record, names it by line and reads the records after it', async () => {
    const record = (id: string, text: string) => JSON.stringify({ id, text });
    const stdin = [record('one', ARTICLE), record('huge', `${ARTICLE} ${'word '.repeat(400)}`), '', record('three', ARTICLE)].join('\n');
    const { code, out, err } = await run(['analyze', '--input', 'ndjson', '--max-bytes', '1000', '--format', 'ndjson'], { stdin });
    expect(code).toBe(1);
    expect(err).toBe('newsx: <stdin>:2: record is over the 1000-byte limit (--max-bytes)\n');
    expect(out.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(['one', 'three']);
  });
});

describe('standard output that fails', () => {
  const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
  const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  it.each([
    ['a closed pipe mid-run', epipe, undefined, { exitCode: 141, message: null }],
    ['a closed pipe after a clean run', epipe, 0, { exitCode: 141, message: null }],
    ['a closed pipe after lint found errors', epipe, 1, { exitCode: 1, message: null }],
    ['a closed pipe after a usage error', epipe, 2, { exitCode: 2, message: null }],
    ['a full disk', full, 0, { exitCode: 2, message: 'newsx: <stdout>: cannot write (no space left on device)\n' }],
  ])('%s', (_name, error, code, expected) => {
    expect(stdoutFailure(error, code)).toEqual(expected);
  });
});

describe('a path that matches nothing or cannot be read', () => {
  const setup = () => {
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    symlinkSync(path.join(dir, 'loop-b.txt'), path.join(dir, 'loop-a.txt'));
    symlinkSync(path.join(dir, 'loop-a.txt'), path.join(dir, 'loop-b.txt'));
    mkdirSync(path.join(dir, 'empty'));
  };

  it('lint reports a dangling link and a loop as errors on those files and lints the rest', async () => {
    setup();
    const { code, out, err } = await run(['lint', 'dangling.txt', 'loop-a.txt', 'broken.txt', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(1);
    const results = JSON.parse(out).results as Array<{ filePath: string; messages: Array<{ message: string; fatal?: boolean; ruleId: string | null }> }>;
    expect(results.map((r) => r.filePath)).toEqual(['dangling.txt', 'loop-a.txt', 'broken.txt']);
    expect(results[0]!.messages[0]).toMatchObject({ fatal: true, message: expect.stringContaining('a symbolic link to a missing file') });
    expect(results[1]!.messages[0]).toMatchObject({ fatal: true, message: expect.stringContaining('too many symbolic links') });
    expect(results[2]!.messages.map((m) => m.ruleId)).toContain('quote-balance');
  });

  it('lint names an empty directory, lints the rest, and still exits 2', async () => {
    setup();
    const { code, out, err } = await run(['lint', 'empty', 'broken.txt', '--format', 'json']);
    expect(err).toBe('newsx: no files matched "empty"\n');
    expect(code).toBe(2);
    expect(JSON.parse(out).results.map((r: { filePath: string }) => r.filePath)).toEqual(['broken.txt']);
    expect((await run(['lint', 'empty', 'broken.txt', '--no-error-on-unmatched-pattern'])).code).toBe(1);
    expect((await run(['lint', 'empty'])).code).toBe(2);
  });

  it('analyze and summary do not exit 0 when an argument matched nothing', async () => {
    setup();
    for (const command of ['analyze', 'summary']) {
      const { code, out, err } = await run([command, 'empty', 'a.txt', '*.none']);
      expect({ command, code, err }).toEqual({ command, code: 1, err: 'newsx: empty: no files matched\nnewsx: *.none: no files matched\n' });
      expect(out).not.toBe('');
    }
    const { code, err } = await run(['analyze', 'dangling.txt', 'loop-a.txt', 'a.txt']);
    expect(code).toBe(1);
    expect(err).toBe('newsx: dangling.txt: a symbolic link to a missing file\nnewsx: loop-a.txt: too many symbolic links\n');
  });
});

describe('the lint cache', () => {
  it('does not let an edited entry hide errors', async () => {
    const first = await run(['lint', 'broken.txt', 'a.txt', '--cache', '--format', 'json']);
    expect(first.code).toBe(1);
    const file = path.join(dir, '.newsxcache');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { lint: { messages: unknown[]; errorCount: number; warningCount: number } }> };
    for (const entry of Object.values(stored.entries)) Object.assign(entry.lint, { messages: [], errorCount: 0, warningCount: 0 });
    writeFileSync(file, JSON.stringify(stored));
    const second = await run(['lint', 'broken.txt', 'a.txt', '--cache', '--format', 'json']);
    expect(second.code).toBe(1);
    expect(second.out).toBe(first.out);
  });
});
