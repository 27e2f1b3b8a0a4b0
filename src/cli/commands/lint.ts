import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { DEFAULT_MAX_BYTES, type EncodingChoice } from '../../article/decode.js';
import type { LoadedConfig, RulePatch } from '../../config/types.js';
import type { LintOutcome, LintScheduler, LintTask, ReadOutcome } from '../../lint/runner.js';
import { terminalLine } from '../../report/terminal-text.js';
import { asUsageError, loadCliConfig, NO_CONFIG_HELP } from '../config.js';
import { EXIT, type RunState } from '../errors.js';
import type { ReadFile } from '../fix-files.js';
import { expandInputs, readInput, type InputRef } from '../inputs.js';
import { wantsColor, type Io } from '../io.js';
import type { Job } from '../jobs.js';
import { encodingOption, parseConcurrency, parseMaxBytes, type Concurrency } from '../options.js';
import { openSink } from '../output.js';
import { resolveWorkersForFiles, runOrdered } from '../pool.js';
import { createProgress } from '../progress.js';
import { inShard, parseShard, type Shard } from '../shard.js';

interface LintFlags {
  format: string;
  output?: string;
  /** A path, or false for --no-config. */
  config?: string | false;
  rule: string[];
  maxWarnings: number;
  quiet?: boolean;
  errorOnUnmatchedPattern: boolean;
  ignore: boolean;
  ignorePattern: string[];
  cache?: boolean;
  cacheLocation: string;
  concurrency: Concurrency;
  shard?: Shard;
  maxBytes: number;
  encoding: EncodingChoice;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  printConfig?: string;
  stdinFilename?: string;
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'summary'];
const DEFAULT_CACHE = '.newsxcache';

export function registerLint(program: Command, io: Io, state: RunState): void {
  program
    .command('lint')
    .description('lint a news corpus: model preambles, leaked slugs, broken titles, insights that repeat or invent, encoding')
    .argument('[inputs...]', 'files, directories (their *.txt and *.md), globs, or - for stdin', ['.'])
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write results to a file instead of stdout (the exit code is kept)')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', `${NO_CONFIG_HELP}; rule defaults and --rule only`)
    .option('--rule <id:severity>', 'set a rule, e.g. title-style:off or \'title-style:["warn",{"maxLength":90}]\' (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseMaxWarnings, -1)
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--no-ignore', 'lint files that ignores and .gitignore exclude')
    .option('--ignore-pattern <glob>', 'ignore files matching this glob, as in .gitignore (repeatable)', collect, [])
    .option('--cache', 'reuse results for unchanged files from the last run')
    .option('--cache-location <path>', 'cache file, or a directory to put .newsxcache in', DEFAULT_CACHE)
    .option('--concurrency <n>', 'worker processes: auto (one per 192 KB of input, up to one per core), off, or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--shard <i/n>', 'lint only the i-th of n deterministic slices of the files (for a CI matrix)', parseShard)
    .option('--max-bytes <n>', 'treat larger files as unreadable', parseMaxBytes, DEFAULT_MAX_BYTES)
    .addOption(encodingOption())
    .option('--fix', 'apply the fixes of findings that have one safe fix, writing the files (encoding, BOM and line endings kept)')
    .option('--fix-dry-run', 'print the fixes as a unified diff on stdout and write nothing (results go to -o, if given)')
    .option('--stdin-filename <path>', 'the path standard input (-) is named by in results, config overrides and ignores')
    .option('--print-config <file>', 'print the configuration for a file and lint nothing (as newsx print-config)')
    .option('--color', 'force colour in stylish output')
    .option('--no-color', 'never colour stylish output')
    .action(async (patterns: string[], flags: LintFlags) => {
      if (flags.printConfig !== undefined) {
        const { printConfig } = await import('./print-config.js');
        await printConfig(flags.printConfig, flags, io);
        return;
      }
      state.exitCode = await runLint(patterns, flags, io);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit).');
  return n;
}

/**
 * Loads the configuration and `--rule` flags, turning a ConfigError into a usage error (exit 2).
 * Shared by lint and print-config.
 */
export async function loadLintConfig(flags: { config?: string | false; rule: string[] }, io: Io) {
  const loaded = await loadCliConfig(flags.config, io);
  const [{ parseRuleFlag }, { ConfigResolver }, { rules }] = await Promise.all([
    import('../../config/validate.js'),
    import('../../config/resolve.js'),
    import('../../lint/rules/index.js'),
  ]);
  const patches = await asUsageError(() => Object.fromEntries(flags.rule.map((value) => parseRuleFlag(value, rules))) as Record<string, RulePatch>);
  return { loaded, rules, resolver: new ConfigResolver(loaded.config, rules, patches) };
}

/** A file's path relative to the configuration's directory, with forward slashes, for override globs. */
export function configRelative(input: InputRef, baseDir: string): string {
  return input.path === null ? input.display : path.relative(baseDir, input.path).split(path.sep).join('/');
}

async function runLint(patterns: string[], flags: LintFlags, io: Io): Promise<number> {
  if (flags.fix && flags.fixDryRun) {
    io.stderr.write('newsx: --fix and --fix-dry-run cannot be used together\n');
    return EXIT.usage;
  }
  const fixing = flags.fix === true || flags.fixDryRun === true;
  const { loaded, rules, resolver } = await loadLintConfig(flags, io);
  const found = await findInputs(patterns, flags, io, loaded);
  if (found.inputs.length === 0 && found.unmatched) return EXIT.usage;
  const inputs = (flags.shard ? found.inputs.filter((input) => inShard(input.display, flags.shard!)) : found.inputs).map((ref, index) => ({ ref, index, filePath: ref.display, cacheId: ref.path }));
  // Standard input under --stdin-filename: its overrides are those of that path (it is still read from stdin).
  const configRef = (ref: InputRef): InputRef => (ref.path === null && flags.stdinFilename ? { display: ref.display, path: path.resolve(io.cwd, flags.stdinFilename) } : ref);

  const [{ lintFiles }, { formatters }, { LintCache }, { renderProgress }, fixFiles, { unifiedDiff }] = await Promise.all([
    import('../../lint/runner.js'),
    import('../../lint/formatters/index.js'),
    import('../../lint/cache.js'),
    import('../../lint/progress.js'),
    import('../fix-files.js'),
    import('../../lint/diff.js'),
  ]);
  // A dry run's diff is standard output; results then go only to an -o file.
  const sink = flags.fixDryRun && !flags.output ? null : openSink(io, flags.output);
  const formatter = formatters[flags.format as keyof typeof formatters];
  const { ruleDocsLinks } = await import('../docs.js');
  const formatOptions = { color: sink ? wantsColor(sink.stream, io.env, flags.color) : false, cwd: io.cwd, version: packageJson.version, rules, ...ruleDocsLinks() };
  const cacheFile = flags.cache ? await cachePath(flags.cacheLocation, io.cwd) : null;
  const cache = cacheFile ? new LintCache(await readFile(cacheFile, 'utf8').catch(() => null), packageJson.version, sha256) : undefined;
  const progress = createProgress(io, inputs.length, renderProgress);
  const write = (text: string) => {
    if (!text || !sink) return;
    if (sink.stream === io.stdout && io.stdout.isTTY) progress.clear();
    sink.stream.write(text);
  };
  // Files read, by position, until their result says whether a fix changed them.
  const readFiles = new Map<number, ReadFile>();
  const fixed = { files: 0, failed: 0 };
  const applyFix = async (index: number, display: string, output: string | undefined) => {
    const file = readFiles.get(index);
    readFiles.delete(index);
    if (!file || output === undefined) return;
    if (flags.fixDryRun) {
      if (io.stdout.isTTY) progress.clear();
      io.stdout.write(unifiedDiff(fixFiles.diffPath(file, display, io), file.decoded.text, output));
      fixed.files++;
    } else if (file.path === null) {
      io.stderr.write(`newsx: ${display}: fixes are not written to standard input (see them with --fix-dry-run)\n`);
    } else {
      await fixFiles.writeFixed({ ...file, path: file.path }, output).then(
        () => void fixed.files++,
        (error: Error) => {
          fixed.failed++;
          io.stderr.write(`newsx: ${display}: cannot write the fixes (${error.message})\n`);
        },
      );
    }
  };
  const pending: Array<Promise<void>> = [];

  // The main process reads each file (cheap next to the parse) so cache hits never reach a worker.
  const run = await lintFiles({
    inputs,
    read: async ({ ref, index }): Promise<ReadOutcome> => {
      const read = await readInput(ref, io.readStdin, flags.maxBytes, flags.encoding);
      if (read.ok && fixing) readFiles.set(index, { path: ref.path, decoded: read.decoded });
      return read.ok ? { ok: true, text: read.decoded.text, fallback: read.decoded.fallback } : { ok: false, code: read.code, problem: read.problem, position: read.position ?? null };
    },
    configFor: ({ ref }) => resolver.forFile(configRelative(configRef(ref), loaded.baseDir)),
    cache,
    quiet: flags.quiet,
    maxWarnings: flags.maxWarnings,
    scheduler: poolScheduler(resolveWorkersForFiles(flags.concurrency, inputs.map(({ ref }) => ref.path)), flags.maxBytes),
    // Documents (json, sarif, junit) keep each file's messages until the end; streams keep only counts.
    keepResults: !formatter.stream,
    fix: fixing,
    onResult({ kind, index, result }) {
      if (formatter.stream) write(formatter.stream.file(result, formatOptions));
      if (kind === 'file' && fixing) pending.push(applyFix(index, result.filePath, result.output));
      if (kind === 'file') progress.tick(index + 1);
    },
  });
  progress.clear();
  write(formatter.stream ? formatter.stream.end(run.summary, formatOptions) : formatter.format(run.results, formatOptions));
  await Promise.all(pending);
  if (fixing) {
    const what = flags.fixDryRun ? 'would be fixed (nothing written)' : 'fixed';
    io.stderr.write(`newsx: ${fixed.files} file${fixed.files === 1 ? '' : 's'} ${what}\n`);
  }

  try {
    await sink?.close();
  } catch (error) {
    io.stderr.write(`newsx: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (cache && cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true })
      .then(() => writeFile(cacheFile, cache.serialize()))
      .catch((error: Error) => io.stderr.write(`newsx: cannot write the cache ${cacheFile}: ${error.message}\n`));
  }
  for (const { filePath, problem } of run.internalErrors) io.stderr.write(`newsx: internal error on ${terminalLine(filePath)}: ${problem}\n`);
  const { verdict } = run;
  if (verdict.status === 'internal-error' || found.unmatched || fixed.failed > 0) return EXIT.usage;
  if (verdict.status === 'errors') return EXIT.failure;
  if (verdict.status === 'too-many-warnings') {
    io.stderr.write(`newsx: ${verdict.warnings} warning${verdict.warnings === 1 ? '' : 's'} found; --max-warnings allows ${verdict.limit}.\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** Lint tasks on the worker pool (or in this process, with no workers), results in input order. */
function poolScheduler(workers: number, maxInputBytes: number): LintScheduler {
  return async function* <T>(items: AsyncIterable<T>, taskOf: (item: T) => LintTask | null) {
    const toJob = (item: T): Job | null => {
      const task = taskOf(item);
      return task ? { kind: 'lint', ...task } : null;
    };
    for await (const { item, result } of runOrdered(items, toJob, workers, { maxInputBytes })) {
      const outcome: LintOutcome | null =
        result === null ? null : result.ok ? (result.kind === 'lint' ? { ok: true, lint: result.lint } : { ok: false, problem: 'internal error (not a lint result)' }) : result;
      yield { item, outcome };
    }
  };
}

/**
 * Expands each pattern on its own, so a pattern that matches nothing, or only ignored files, is
 * named on stderr. The files the other patterns match are linted all the same; `unmatched` says
 * the run must still end with exit 2 (unless --no-error-on-unmatched-pattern). A path that exists
 * but cannot be read (a dangling symbolic link, a loop) is an input, reported as that file's error.
 */
async function findInputs(patterns: string[], flags: LintFlags, io: Io, loaded: LoadedConfig): Promise<{ inputs: InputRef[]; unmatched: boolean }> {
  const [{ loadIgnores }, { isIgnored }] = await Promise.all([import('../config-files.js'), import('../../config/glob.js')]);
  const ignores = flags.ignore ? await loadIgnores(loaded, io.cwd, flags.ignorePattern) : [];
  const inputs: InputRef[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const stdinPath = flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : null;
  for (const pattern of patterns) {
    const { inputs: expanded } = await expandInputs([pattern], io.cwd);
    // Standard input named by --stdin-filename is shown by that name, as the user wrote it.
    const found = expanded.map((input) => (input.path === null && flags.stdinFilename ? { display: flags.stdinFilename, path: null } : input));
    const named = found.length === 1 && found[0]!.path === path.resolve(io.cwd, pattern) ? found[0]! : null;
    // A path named outright that does not exist at all is a pattern that matched nothing, as in ESLint.
    const existing = named && !(await lstat(named.path!).catch(() => null)) ? [] : found;
    const kept = existing.filter((input) => {
      const named = input.path ?? stdinPath;
      return named === null || !isIgnored(named, ignores);
    });
    if (existing.length === 0) problems.push(`no files matched "${pattern}"`);
    else if (kept.length === 0) problems.push(`all files matched by "${pattern}" are ignored (use --no-ignore to lint them)`);
    for (const input of kept) {
      const id = input.path ?? '-';
      if (seen.has(id)) continue;
      seen.add(id);
      inputs.push(input);
    }
  }
  if (flags.errorOnUnmatchedPattern) for (const problem of problems) io.stderr.write(`newsx: ${problem}\n`);
  return { inputs, unmatched: flags.errorOnUnmatchedPattern && problems.length > 0 };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function cachePath(location: string, cwd: string): Promise<string> {
  const absolute = path.resolve(cwd, location);
  const info = await stat(absolute).catch(() => null);
  return info?.isDirectory() || /[\\/]$/.test(location) ? path.join(absolute, DEFAULT_CACHE) : absolute;
}
