import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolve.js';
import { emptyConfig, type ResolvedConfig } from '../../src/config/types.js';
import { LintCache } from '../../src/lint/cache.js';
import { lintFiles, lintTask, type LintEvent, type LintInput, type LintRunOptions, type LintScheduler, type ReadOutcome } from '../../src/lint/runner.js';
import { rules } from '../../src/lint/rules/index.js';

const root = path.resolve(__dirname, '../..');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One entry of a serialized cache, as a hand could edit it. */
interface CacheEntry {
  key: string;
  sum?: string;
  lint: { messages: Array<{ severity: string }>; errorCount: number };
}
const CLEAN = readFileSync(path.join(root, 'fixtures/lint/corpus/clean.txt'), 'utf8');
const WARN_ONLY = 'Council Backs Bike Lanes:\n\nThe council approved the plan on Tuesday, officials said.\n';
const ERROR_ONLY = 'Council Backs Bike Lanes\n\n"The council approved the plan on Tuesday, officials said.\n';

/** Files in memory, read the way the CLI reads them: text, or a problem with its code. */
function memoryFs(files: Record<string, string | { code: string; problem: string }>) {
  const reads: string[] = [];
  return {
    reads,
    inputs: Object.keys(files).map((name): LintInput => ({ filePath: name, cacheId: `/corpus/${name}` })),
    read(input: LintInput): ReadOutcome {
      reads.push(input.filePath);
      const file = files[input.filePath];
      if (file === undefined) return { ok: false, code: 'ENOENT', problem: 'no such file' };
      return typeof file === 'string' ? { ok: true, text: file } : { ok: false, ...file };
    },
  };
}

const defaults = new ConfigResolver(emptyConfig(), rules).forFile('');

/** A scheduler that lints on this thread and counts the tasks it was given. */
function countingScheduler() {
  const tasks: string[] = [];
  const scheduler: LintScheduler = async function* (items, taskOf) {
    for await (const item of items) {
      const task = taskOf(item);
      if (task) tasks.push(task.source);
      yield { item, outcome: task ? lintTask(task) : null };
    }
  };
  return { tasks, scheduler };
}

function run(files: Parameters<typeof memoryFs>[0], options: Partial<LintRunOptions<LintInput>> = {}) {
  const fs = memoryFs(files);
  const events: LintEvent[] = [];
  const result = lintFiles({ inputs: fs.inputs, read: fs.read, configFor: () => defaults, onResult: (e) => events.push(e), ...options });
  return { fs, events, result };
}

describe('lintFiles', () => {
  it('reads through the injected function and reports every input in order, the unreadable ones as fatal', async () => {
    const { fs, events, result } = run({
      'a.txt': WARN_ONLY,
      'b.txt': CLEAN,
      'c.txt': { code: 'binary', problem: 'binary file (NUL byte at offset 0)' },
      'd.txt': ERROR_ONLY,
    });
    const lint = await result;
    expect(fs.reads).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(lint.results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([
      ['a.txt', ['title-style']],
      ['b.txt', []],
      ['c.txt', ['encoding']],
      ['d.txt', ['quote-balance']],
    ]);
    expect(lint.results[2]!.messages[0]).toMatchObject({ fatal: true, messageId: 'binary', data: { problem: 'NUL byte at offset 0' } });
    expect(events.map((e) => [e.kind, e.index])).toEqual([
      ['file', 0],
      ['file', 1],
      ['file', 2],
      ['file', 3],
    ]);
    expect(lint.summary).toEqual({
      fileCount: 4,
      filesWithProblems: 3,
      errorCount: 2,
      warningCount: 1,
      fatalErrorCount: 1,
      rules: [
        { ruleId: 'encoding', severity: 'error', count: 1, files: 1 },
        { ruleId: 'quote-balance', severity: 'error', count: 1, files: 1 },
        { ruleId: 'title-style', severity: 'warning', count: 1, files: 1 },
      ],
    });
    expect(lint.verdict).toEqual({ status: 'errors' });
  });

  it('keeps message ids and data, with the wording built from the rule', async () => {
    const lint = await run({ 'a.txt': WARN_ONLY }).result;
    expect(lint.results[0]!.messages[0]).toMatchObject({
      ruleId: 'title-style',
      messageId: 'trailingColon',
      data: { which: 'title' },
      message: 'The title ends with a colon, a leftover of a "Title:" template.',
    });
  });

  it('decides how the run ends: clean, errors, too many warnings', async () => {
    expect((await run({ 'b.txt': CLEAN }).result).verdict).toEqual({ status: 'clean' });
    expect((await run({ 'a.txt': WARN_ONLY }).result).verdict).toEqual({ status: 'clean' });
    expect((await run({ 'a.txt': WARN_ONLY }, { maxWarnings: 1 }).result).verdict).toEqual({ status: 'clean' });
    expect((await run({ 'a.txt': WARN_ONLY, 'b.txt': WARN_ONLY }, { maxWarnings: 1 }).result).verdict).toEqual({ status: 'too-many-warnings', warnings: 2, limit: 1 });
    expect((await run({ 'd.txt': ERROR_ONLY }, { maxWarnings: 5 }).result).verdict).toEqual({ status: 'errors' });
  });

  it('with quiet, reports errors only and still counts warnings against the limit', async () => {
    const lint = await run({ 'a.txt': WARN_ONLY, 'd.txt': ERROR_ONLY }, { quiet: true, maxWarnings: 0 }).result;
    expect(lint.results.map((r) => r.messages.map((m) => m.severity))).toEqual([[], ['error']]);
    expect(lint.summary).toMatchObject({ filesWithProblems: 1, errorCount: 1, warningCount: 0 });
    expect([lint.errorCount, lint.warningCount]).toEqual([1, 1]);
    const warningsOnly = await run({ 'a.txt': WARN_ONLY }, { quiet: true, maxWarnings: 0 }).result;
    expect(warningsOnly.verdict).toEqual({ status: 'too-many-warnings', warnings: 1, limit: 0 });
  });

  it('compares the corpus after the last file: a later near-duplicate, merged into its result and streamed after every file', async () => {
    const copy = CLEAN.replace('Tuesday', 'Wednesday');
    const { events, result } = run({ 'first.txt': CLEAN, 'other.txt': WARN_ONLY, 'copy.txt': copy });
    const lint = await result;
    expect(events.map((e) => [e.kind, e.index])).toEqual([
      ['file', 0],
      ['file', 1],
      ['file', 2],
      ['corpus', 2],
    ]);
    expect(lint.results[2]!.messages).toMatchObject([{ ruleId: 'duplicate-article', messageId: 'duplicate', data: { other: 'first.txt' } }]);
    expect(lint.results[2]!.warningCount).toBe(1);
    expect(lint.summary).toMatchObject({ filesWithProblems: 2, warningCount: 2 });
  });

  it('keeps nothing when asked to stream only, and counts the same', async () => {
    const files = { 'a.txt': WARN_ONLY, 'b.txt': CLEAN, 'c.txt': CLEAN.replace('Tuesday', 'Friday') };
    const kept = await run(files).result;
    const streamed = await run(files, { keepResults: false }).result;
    expect(streamed.results).toEqual([]);
    expect(streamed.summary).toEqual(kept.summary);
  });

  it('reuses cached results for unchanged text and configuration, and relints the rest', async () => {
    const first = countingScheduler();
    const cache = new LintCache(null, '1.0.0', sha256);
    const files = { 'a.txt': WARN_ONLY, 'b.txt': CLEAN, '-': ERROR_ONLY };
    const stdin = (input: LintInput) => (input.filePath === '-' ? { ...input, cacheId: null } : input);
    const fs = memoryFs(files);
    const inputs = fs.inputs.map(stdin);
    const before = await lintFiles({ inputs, read: fs.read, configFor: () => defaults, cache, scheduler: first.scheduler });
    expect(first.tasks).toEqual(['a.txt', 'b.txt', '-']);

    // The store round-trips through its text; standard input is never cached.
    const again = countingScheduler();
    const reloaded = new LintCache(cache.serialize(), '1.0.0', sha256);
    const changed = memoryFs({ ...files, 'b.txt': `${CLEAN}\nOne more line of the article.` });
    const after = await lintFiles({ inputs, read: changed.read, configFor: () => defaults, cache: reloaded, scheduler: again.scheduler });
    expect(again.tasks).toEqual(['b.txt', '-']);
    expect(after.results[0]).toEqual(before.results[0]);

    // Another configuration or another version of newsx misses.
    const strict: ResolvedConfig = { ...defaults, rules: { ...defaults.rules, 'title-style': { ...defaults.rules['title-style']!, severity: 'error' } } };
    const third = countingScheduler();
    await lintFiles({ inputs, read: changed.read, configFor: (input) => (input.filePath === 'a.txt' ? strict : defaults), cache: new LintCache(reloaded.serialize(), '1.0.0', sha256), scheduler: third.scheduler });
    expect(third.tasks).toEqual(['a.txt', '-']);
    const upgraded = countingScheduler();
    await lintFiles({ inputs, read: changed.read, configFor: () => defaults, cache: new LintCache(reloaded.serialize(), '2.0.0', sha256), scheduler: upgraded.scheduler });
    expect(upgraded.tasks).toEqual(['a.txt', 'b.txt', '-']);
  });

  it.each([
    ['messages removed', (entry: CacheEntry) => ({ ...entry, lint: { ...entry.lint, messages: [], errorCount: 0 } })],
    ['severity lowered', (entry: CacheEntry) => ({ ...entry, lint: { ...entry.lint, messages: entry.lint.messages.map((m) => ({ ...m, severity: 'warning' })) } })],
    ['the checksum dropped', ({ sum: _, ...entry }: CacheEntry) => entry],
    ['the checksum of another entry', (entry: CacheEntry, other: CacheEntry) => ({ ...entry, lint: other.lint, sum: other.sum })],
  ])('ignores a cache entry edited by hand (%s) and relints the file', async (_name, edit) => {
    const files = { 'a.txt': ERROR_ONLY, 'b.txt': CLEAN };
    const fs = memoryFs(files);
    const cache = new LintCache(null, '1.0.0', sha256);
    const before = await lintFiles({ inputs: fs.inputs, read: fs.read, configFor: () => defaults, cache, scheduler: countingScheduler().scheduler });
    expect(before.verdict.status).toBe('errors');
    const stored = JSON.parse(cache.serialize()) as { entries: Record<string, CacheEntry> };
    stored.entries['/corpus/a.txt'] = edit(stored.entries['/corpus/a.txt']!, stored.entries['/corpus/b.txt']!) as CacheEntry;
    const again = countingScheduler();
    const after = await lintFiles({ inputs: fs.inputs, read: fs.read, configFor: () => defaults, cache: new LintCache(JSON.stringify(stored), '1.0.0', sha256), scheduler: again.scheduler });
    expect(again.tasks).toEqual(['a.txt']);
    expect(after.verdict.status).toBe('errors');
    expect(after.results[0]).toEqual(before.results[0]);
  });

  it('turns a failed task into that file\'s fatal message and an internal-error verdict, and lints on', async () => {
    const failing: LintScheduler = async function* (items, taskOf) {
      for await (const item of items) {
        const task = taskOf(item);
        yield { item, outcome: task?.source === 'a.txt' ? { ok: false, problem: 'internal error (worker exited)' } : task ? lintTask(task) : null };
      }
    };
    const lint = await run({ 'a.txt': CLEAN, 'd.txt': ERROR_ONLY }, { scheduler: failing }).result;
    expect(lint.internalErrors).toEqual([{ filePath: 'a.txt', problem: 'internal error (worker exited)' }]);
    expect(lint.results[0]!.messages).toMatchObject([{ ruleId: null, fatal: true, message: 'Cannot lint this file: internal error (worker exited).' }]);
    expect(lint.results[1]!.messages.map((m) => m.ruleId)).toEqual(['quote-balance']);
    expect(lint.verdict).toEqual({ status: 'internal-error' });
  });
});
