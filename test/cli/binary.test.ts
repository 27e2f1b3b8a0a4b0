import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** These tests spawn the built binary, as users run it; `npm test` builds dist/ first. */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/newsx.js');
const seed = path.join(root, 'fixtures/000_a8d46ff2df23af88.txt');

function newsx(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', ...options.env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Whether a command loads a package: runs main() in a fresh process and reads the CommonJS cache. */
function loads(argv: string[], pkg = 'compromise'): boolean {
  const script = `
    import { main } from ${JSON.stringify(path.join(root, 'dist/cli/main.js'))};
    import { createRequire } from 'node:module';
    const sink = { write() { return true; }, isTTY: false };
    await main(${JSON.stringify(argv)}, { stdout: sink, stderr: sink, readStdin: async () => new Uint8Array(), stdinLines: async function* () {}, env: {}, cwd: process.cwd() });
    const cache = createRequire(import.meta.url).cache;
    process.stdout.write(String(Object.keys(cache).some((key) => key.includes(${JSON.stringify(`/node_modules/${pkg}/`)}))));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }) === 'true';
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
});

describe('the built binary', () => {
  it('prints its version and help with exit 0', () => {
    const version = newsx(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    const help = newsx(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--ref-date');
  });

  it('does not load compromise for --help, --version or schema, and does for analyze', () => {
    expect(loads(['--help'])).toBe(false);
    expect(loads(['--version'])).toBe(false);
    expect(loads(['schema'])).toBe(false);
    expect(loads(['analyze', seed, '--concurrency', 'off'])).toBe(true);
  });

  it('loads chrono only for an article with a calendar date in it', () => {
    expect(loads(['analyze', seed, '--concurrency', 'off'], 'chrono-node')).toBe(false);
    const wire = path.join(root, 'fixtures/articles/wire-harbour-strike.txt');
    expect(loads(['analyze', wire, '--concurrency', 'off'], 'chrono-node')).toBe(true);
  });

  it('analyzes the seed from a path and from stdin', () => {
    const fromPath = newsx(['analyze', 'fixtures/000_a8d46ff2df23af88.txt']);
    expect(fromPath.code).toBe(0);
    expect(JSON.parse(fromPath.out).sections.body.paragraphs).toHaveLength(8);
    const fromStdin = newsx(['analyze', '-', '--format', 'md'], { input: readFileSync(seed, 'utf8') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.out).toMatch(/^# Donald Trump's Special Envoy/);
  });

  it('exits 1 when an input is bad and 2 on usage errors', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-bin-'));
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02]));
    copyFileSync(seed, path.join(dir, 'good.txt'));
    const bad = newsx(['analyze', dir, '--format', 'ndjson']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`newsx: ${path.join(dir, 'bad.txt')}: binary file (NUL byte at offset 0)\n`);
    expect(bad.out.trim().split('\n')).toHaveLength(1);
    expect(newsx(['analyze', seed, '--format', 'yaml']).code).toBe(2);
    expect(newsx(['analyze', path.join(dir, '*.none')]).code).toBe(2);
  });

  it('gives the same reports, in input order, with two workers as with none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-pool-'));
    const articles = [seed, ...['wire-harbour-strike.txt', 'markdown-council-budget.md', 'plain-single-paragraph.txt'].map((name) => path.join(root, 'fixtures/articles', name))];
    for (let i = 0; i < 30; i++) copyFileSync(articles[i % articles.length]!, path.join(dir, `${String(i).padStart(2, '0')}.txt`));
    const serial = newsx(['analyze', dir, '--format', 'ndjson', '--concurrency', 'off'], { cwd: dir });
    const pooled = newsx(['analyze', dir, '--format', 'ndjson', '--concurrency', '2'], { cwd: dir });
    expect(pooled.code).toBe(0);
    expect(pooled.out).toBe(serial.out);
    expect(pooled.out.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(Array.from({ length: 30 }, (_, i) => `${String(i).padStart(2, '0')}.txt`));
    // An HTML page gathers the fragments a worker sends as bytes.
    const page = newsx(['analyze', dir, '--format', 'html', '--concurrency', '2'], { cwd: dir });
    expect(page.code).toBe(0);
    expect(page.out).toBe(newsx(['analyze', dir, '--format', 'html', '--concurrency', 'off'], { cwd: dir }).out);
  });

  it('lints the same with two workers as with none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-lint-pool-'));
    const articles = [seed, path.join(root, 'fixtures/articles/wire-harbour-strike.txt'), path.join(root, 'fixtures/articles/model-rewrite-no-insights.txt')];
    for (let i = 0; i < 30; i++) copyFileSync(articles[i % articles.length]!, path.join(dir, `${String(i).padStart(2, '0')}.txt`));
    const serial = newsx(['lint', '.', '--format', 'json', '--concurrency', 'off'], { cwd: dir });
    const pooled = newsx(['lint', '.', '--format', 'json', '--concurrency', '2'], { cwd: dir });
    expect(serial.code).toBe(1);
    expect(pooled.code).toBe(1);
    expect(pooled.out).toBe(serial.out);
    expect(JSON.parse(pooled.out).results).toHaveLength(30);
  });

  // Each of these starts two workers that load compromise: slow on a busy machine, hence the time allowed.
  it('summarises and lints the same with two workers as with none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-summary-pool-'));
    const articles = [seed, path.join(root, 'fixtures/articles/wire-harbour-strike.txt'), path.join(root, 'fixtures/articles/model-rewrite-no-insights.txt')];
    for (let i = 0; i < 9; i++) copyFileSync(articles[i % articles.length]!, path.join(dir, `${String(i).padStart(2, '0')}.txt`));
    const serial = newsx(['summary', '.', '--lint', '--format', 'json', '--concurrency', 'off'], { cwd: dir });
    const pooled = newsx(['summary', '.', '--lint', '--format', 'json', '--concurrency', '2'], { cwd: dir });
    expect(pooled.code).toBe(0);
    expect(pooled.out).toBe(serial.out);
    expect(JSON.parse(pooled.out).lint.rules.find((r: { rule: string }) => r.rule === 'duplicate-article').warnings).toBeGreaterThan(0);
  }, 120_000);

  it('writes the same HTML page with two workers as with none', () => {
    const files = [seed, path.join(root, 'fixtures/articles/wire-harbour-strike.txt'), path.join(root, 'fixtures/articles/plain-single-paragraph.txt')];
    const page = (concurrency: string) => newsx(['analyze', ...files, '--format', 'html', '--concurrency', concurrency]).out;
    expect(page('2')).toBe(page('off'));
  }, 120_000);

  it('splits a corpus into disjoint shards that cover it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-shard-'));
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `${i}.txt`), `Story ${i}\n\nSomething happened on day ${i}.\n`);
    const sources = [1, 2, 3].map((i) =>
      newsx(['analyze', '.', '--format', 'ndjson', '--shard', `${i}/3`], { cwd: dir })
        .out.trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).source as string),
    );
    expect(sources.flat().sort()).toEqual(Array.from({ length: 12 }, (_, i) => `${i}.txt`).sort());
    expect(new Set(sources.flat()).size).toBe(12);
    expect(newsx(['analyze', '.', '--shard', '4/3'], { cwd: dir }).code).toBe(2);
    const linted = [1, 2, 3].map((i) => JSON.parse(newsx(['lint', '.', '--format', 'json', '--shard', `${i}/3`], { cwd: dir }).out).results.map((r: { filePath: string }) => path.basename(r.filePath)));
    expect(linted.map((files) => [...files].sort())).toEqual(sources.map((files) => files.map((f) => path.basename(f)).sort()));
  });

  it('maps NDJSON records to reports and names bad records by line', () => {
    const records = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Story ${i}\n\nThe council met on Tuesday, officials said.` }));
    records.splice(5, 0, '{"id": "broken"');
    const { code, out, err } = newsx(['analyze', '--input', 'ndjson'], { input: `${records.join('\n')}\n` });
    expect(code).toBe(1);
    expect(err).toBe('newsx: <stdin>:6: not a JSON object\n');
    const ids = out.trim().split('\n').map((line) => JSON.parse(line).source);
    expect(ids).toHaveLength(300);
    expect(ids[299]).toBe('r299');
    // 300 short records are too little text for auto to start workers; two workers must agree.
    const pooled = newsx(['analyze', '--input', 'ndjson', '--concurrency', '2'], { input: `${records.join('\n')}\n` });
    expect(pooled).toEqual({ code, out, err });
  });
});
