import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { fakeIo } from '../helpers/io.js';
import { project } from '../helpers/project.js';

const root = path.resolve(__dirname, '../..');

async function lint(args: string[], cwd: string, io = fakeIo({ cwd })) {
  const code = await main(['lint', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const WARN_ONLY = 'Council Backs Bike Lanes:\n\nThe council approved the plan on Tuesday, officials said.\n';
const ERROR_ONLY = 'Council Backs Bike Lanes\n\n"The council approved the plan on Tuesday, officials said.\n';

describe('newsx lint on the fixture corpus', () => {
  it('lints every file, reports each broken one and exits 1', async () => {
    const { code, out } = await lint(['fixtures/lint/corpus', '--format', 'json'], root);
    expect(code).toBe(1);
    const { results, summary } = JSON.parse(out) as {
      results: Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: string; fatal?: boolean; line: number }>; errorCount: number }>;
      summary: { fileCount: number; errorCount: number };
    };
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    expect(Object.keys(byFile).sort()).toEqual(['binary.txt', 'clean.txt', 'empty.txt', 'latin1.txt', 'mojibake.txt', 'seed-crlf-bom.txt', 'seed.txt', 'unbalanced-quote.txt']);
    const rules = (name: string) => byFile[name]!.messages.map((m) => m.ruleId);
    expect(byFile['clean.txt']!.messages).toEqual([]);
    expect(byFile['binary.txt']!.messages).toMatchObject([{ ruleId: 'encoding', severity: 'error', fatal: true }]);
    // Read as Windows-1252 and linted; the encoding finding stands on the first byte that is not UTF-8 ("Caf\xe9").
    expect(byFile['latin1.txt']!.messages).toMatchObject([{ ruleId: 'encoding', severity: 'error', line: 1, column: 4 }]);
    expect(byFile['latin1.txt']!.messages[0]!.fatal).toBeUndefined();
    expect(rules('empty.txt')).toEqual(['body-required']);
    expect(rules('mojibake.txt')).toEqual(['encoding', 'encoding']);
    expect(rules('unbalanced-quote.txt')).toEqual(['quote-balance']);
    const seedRules = ['no-preamble', 'title-style', 'insight-repeats-body', 'no-category-slugs'];
    for (const rule of seedRules) expect(rules('seed.txt')).toContain(rule);
    // The CRLF+BOM copy reads exactly like the seed; the later of the two is also a near-duplicate.
    const own = (name: string) => byFile[name]!.messages.filter((m) => m.ruleId !== 'duplicate-article').map((m) => [m.ruleId, m.line]);
    expect(own('seed-crlf-bom.txt')).toEqual(own('seed.txt'));
    expect(rules('seed.txt')).toContain('duplicate-article');
    expect(summary.fileCount).toBe(8);
    expect(summary.errorCount).toBe(results.reduce((n, r) => n + r.errorCount, 0));
  });

  it('streams stylish output grouped by file, with a summary line', async () => {
    const { code, out } = await lint(['fixtures/lint/corpus/seed.txt', 'fixtures/lint/corpus/clean.txt', '--rule', 'duplicate-article:off'], root);
    expect(code).toBe(1);
    expect(out).toContain('fixtures/lint/corpus/seed.txt\n  2:1 ');
    expect(out).not.toContain('clean.txt');
    expect(out).toMatch(/✖ 6 problems \(1 error, 5 warnings\) in 1 file of 2\n$/);
  });
});

describe('exit codes', () => {
  it('exits 0 on a clean corpus and prints nothing', async () => {
    const dir = project();
    expect(await lint(['corpus'], dir)).toEqual({ code: 0, out: '', err: '' });
  });

  it('exits 1 on errors, and on more warnings than --max-warnings allows, also with --quiet', async () => {
    const dir = project({ 'corpus/warn.txt': WARN_ONLY, 'corpus/error.txt': ERROR_ONLY }, []);
    expect((await lint(['corpus/error.txt'], dir)).code).toBe(1);
    expect((await lint(['corpus/warn.txt'], dir)).code).toBe(0);
    expect((await lint(['corpus/warn.txt', '--max-warnings', '1'], dir)).code).toBe(0);
    const over = await lint(['corpus/warn.txt', '--max-warnings', '0'], dir);
    expect(over.code).toBe(1);
    expect(over.err).toContain('1 warning found; --max-warnings allows 0');
    const quiet = await lint(['corpus/warn.txt', '--max-warnings', '0', '--quiet'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.out).toBe('');
    const quietJson = await lint(['corpus', '--quiet', '--format', 'json'], dir);
    const results = JSON.parse(quietJson.out).results as Array<{ messages: Array<{ severity: string }> }>;
    expect(results.flatMap((r) => r.messages).map((m) => m.severity)).toEqual(['error']);
  });

  it('exits 2 for a pattern that matches nothing, unless --no-error-on-unmatched-pattern', async () => {
    const dir = project();
    const missing = await lint(['corpus', 'nothing/*.txt', 'missing.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('newsx: no files matched "nothing/*.txt"\nnewsx: no files matched "missing.txt"\n');
    expect(missing.out).toBe('');
    const relaxed = await lint(['nothing/*.txt', '--no-error-on-unmatched-pattern', '--format', 'json'], dir);
    expect(relaxed.code).toBe(0);
    expect(JSON.parse(relaxed.out)).toEqual({ results: [], summary: { fileCount: 0, filesWithProblems: 0, errorCount: 0, warningCount: 0, fatalErrorCount: 0 } });
  });

  it('exits 2 for bad flags and bad --rule values, naming them', async () => {
    const dir = project();
    expect((await lint(['corpus', '--format', 'xml'], dir)).code).toBe(2);
    expect((await lint(['corpus', '--max-warnings', 'many'], dir)).code).toBe(2);
    expect((await lint(['corpus', '--concurrency', 'lots'], dir)).code).toBe(2);
    const unknown = await lint(['corpus', '--rule', 'titel-style:off'], dir);
    expect(unknown).toMatchObject({ code: 2, err: 'newsx: --rule titel-style:off: titel-style: unknown rule (did you mean "title-style"?)\n' });
    const severity = await lint(['corpus', '--rule', 'title-style:warning'], dir);
    expect(severity.code).toBe(2);
    expect(severity.err).toContain('expected "off", "warn" or "error", got "warning"');
  });

  it('keeps the exit code with -o and writes nothing to stdout', async () => {
    const dir = project({ 'corpus/error.txt': ERROR_ONLY });
    const { code, out } = await lint(['corpus', '--format', 'sarif', '-o', 'out/newsx.sarif'], dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/newsx.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });

  it('accepts --concurrency auto, off and N (from source, every job runs in the main process)', async () => {
    const dir = project();
    for (const value of ['auto', 'off', '4']) expect((await lint(['corpus', '--concurrency', value], dir)).code).toBe(0);
  });
});

describe('configuration', () => {
  it('applies rules, overrides, --rule and --no-config', async () => {
    const config = {
      rules: { 'title-style': ['warn', { maxLength: 10 }] },
      overrides: [{ files: ['drafts/**'], rules: { 'title-style': 'off', 'quote-balance': 'warn' } }],
    };
    const dir = project({ '.newsxrc.json': JSON.stringify(config), 'drafts/a.txt': ERROR_ONLY, 'corpus/a.txt': ERROR_ONLY }, []);
    const json = async (args: string[]) => {
      const { out } = await lint([...args, '--format', 'json'], dir);
      return (JSON.parse(out).results as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string }> }>).map((r) => [
        r.filePath,
        r.messages.map((m) => `${m.ruleId}:${m.severity}`),
      ]);
    };
    expect(await json(['corpus', 'drafts'])).toEqual([
      ['corpus/a.txt', ['title-style:warning', 'quote-balance:error']],
      ['drafts/a.txt', ['quote-balance:warning']],
    ]);
    expect(await json(['drafts', '--rule', 'quote-balance:off'])).toEqual([['drafts/a.txt', []]]);
    expect(await json(['corpus', '--no-config'])).toEqual([['corpus/a.txt', ['quote-balance:error']]]);
  });

  it('reports a configuration error as one line naming the file and the key, exit 2', async () => {
    const dir = project({ '.newsxrc.json': JSON.stringify({ rules: { 'title-style': ['warn', { maxLength: '80' }] } }) });
    const { code, err, out } = await lint(['corpus'], dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('newsx: .newsxrc.json: rules.title-style[1].maxLength: expected a number, got "80"\n');
  });

  it('honours ignores, .gitignore and --ignore-pattern, and --no-ignore', async () => {
    const dir = project(
      { '.newsxrc.json': JSON.stringify({ ignores: ['drafts/'] }), '.gitignore': 'build/\n*.tmp.txt\n', 'drafts/a.txt': ERROR_ONLY, 'build/b.txt': ERROR_ONLY, 'corpus/c.tmp.txt': ERROR_ONLY, 'corpus/skip.txt': ERROR_ONLY },
      ['clean.txt'],
    );
    const files = async (args: string[]) => {
      const { out } = await lint([...args, '--format', 'json'], dir);
      return (JSON.parse(out).results as Array<{ filePath: string }>).map((r) => r.filePath);
    };
    expect(await files(['.', '--ignore-pattern', 'skip.txt'])).toEqual(['corpus/clean.txt']);
    expect(await files(['.', '--no-ignore'])).toEqual(['build/b.txt', 'corpus/c.tmp.txt', 'corpus/clean.txt', 'corpus/skip.txt', 'drafts/a.txt']);
    const named = await lint(['drafts/a.txt'], dir);
    expect(named.code).toBe(2);
    expect(named.err).toContain('all files matched by "drafts/a.txt" are ignored');
  });

  it('print-config shows the configuration for a file, overrides applied', async () => {
    const config = { rules: { 'title-style': 'error' }, overrides: [{ files: '*.md', rules: { 'title-style': 'off' } }], referenceDate: '2025-03-14' };
    const dir = project({ '.newsxrc.json': JSON.stringify(config) });
    const run = async (file: string) => {
      const io = fakeIo({ cwd: dir });
      expect(await main(['print-config', file], io)).toBe(0);
      return JSON.parse(io.out());
    };
    const txt = await run('corpus/a.txt');
    expect(txt).toMatchObject({ configFile: '.newsxrc.json', referenceDate: '2025-03-14', ignored: false });
    expect(txt.rules['title-style'][0]).toBe('error');
    expect(txt.rules['quote-balance']).toBe('error');
    expect((await run('notes/b.md')).rules['title-style'][0]).toBe('off');
  });
});

/** Rewrites the title-style message in every cache entry and signs each entry again, as LintCache does (format 3). */
function doctor(cacheFile: string): void {
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { format: number; entries: Record<string, { key: string; sum: string; lint: unknown }> };
  for (const [id, entry] of Object.entries(stored.entries)) {
    entry.lint = JSON.parse(JSON.stringify(entry.lint).replace(/The title ends with a colon/g, 'FROM CACHE'));
    entry.sum = createHash('sha256').update(`${stored.format}\u0000${id}\u0000${entry.key}\u0000${JSON.stringify(entry.lint)}`).digest('hex');
  }
  writeFileSync(cacheFile, JSON.stringify(stored));
}

describe('--cache', () => {
  it('reuses results for unchanged files and relints when the file or the configuration changes', async () => {
    const dir = project({ 'corpus/warn.txt': WARN_ONLY });
    const cacheFile = path.join(dir, '.newsxcache');
    const messages = async (args: string[] = []) => {
      const { out } = await lint(['corpus', '--cache', '--format', 'json', ...args], dir);
      return (JSON.parse(out).results as Array<{ messages: Array<{ message: string }> }>).flatMap((r) => r.messages.map((m) => m.message));
    };
    const first = await messages();
    expect(existsSync(cacheFile)).toBe(true);
    // Prove the second run reads the cache: a doctored entry whose checksum is redone comes back as is
    // (one whose checksum no longer matches is ignored: see the tests of LintCache).
    doctor(cacheFile);
    expect(await messages()).toEqual(first.map((m) => m.replace('The title ends with a colon', 'FROM CACHE')));
    // A different effective configuration misses the cache.
    expect(await messages(['--rule', 'title-style:error'])).toEqual(first);
    doctor(cacheFile);
    writeFileSync(path.join(dir, 'corpus/warn.txt'), WARN_ONLY.replace('Tuesday', 'Monday'));
    expect(await messages(['--rule', 'title-style:error'])).toEqual(first);
  });

  it('puts the cache in a directory given as --cache-location', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'cache'));
    await lint(['corpus', '--cache', '--cache-location', 'cache'], dir);
    expect(existsSync(path.join(dir, 'cache/.newsxcache'))).toBe(true);
  });
});

describe('progress', () => {
  function ttyIo(cwd: string, env: Record<string, string>): Io & { out(): string; err(): string } {
    const base = fakeIo({ cwd, env });
    let err = '';
    return { ...base, stderr: { write: (s: string) => (err += s), isTTY: true, columns: 80 }, err: () => err };
  }

  it('draws a bar with files/s and ETA on a terminal stderr when CI is unset, and never on stdout', async () => {
    const dir = project({}, ['clean.txt', 'seed.txt']);
    const io = ttyIo(dir, {});
    await main(['lint', 'corpus', '--format', 'json'], io);
    expect(io.err()).toMatch(/\[[█░]+\] \d+\/2 files · [\d.]+ files\/s · ETA/);
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
    expect(io.out()).not.toContain('files/s');
    const ci = ttyIo(dir, { CI: 'true' });
    await main(['lint', 'corpus', '--format', 'json'], ci);
    expect(ci.err()).toBe('');
  });
});

describe('other inputs and commands', () => {
  it('lints standard input', async () => {
    const io = fakeIo({ cwd: root, stdin: ERROR_ONLY });
    expect(await main(['lint', '-', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).results[0]).toMatchObject({ filePath: '<stdin>', errorCount: 1 });
  });

  it('lists every rule in id order with severity and docs', async () => {
    const io = fakeIo();
    expect(await main(['rules', '--format', 'json'], io)).toBe(0);
    const list = JSON.parse(io.out()) as Array<{ id: string; defaultSeverity: string; docs: string }>;
    expect(list.map((r) => r.id)).toEqual([...list.map((r) => r.id)].sort());
    expect(list.find((r) => r.id === 'quote-attribution')!.defaultSeverity).toBe('off');
    expect(list.every((r) => r.docs.endsWith(`/docs/rules/${r.id}.md`))).toBe(true);
    const text = fakeIo();
    await main(['rules'], text);
    expect(text.out()).toMatch(/^no-preamble +error +Disallow model preambles/m);
  });
});
