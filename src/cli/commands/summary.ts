import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../article/decode.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { LintMessage } from '../../lint/rule.js';
import { terminalLine } from '../../report/terminal-text.js';
import { CSV_TABLES, SUMMARY_FORMATS, type CsvTable, type SummaryFormat } from '../../summary/index.js';
import type { AnalyzeOptions, Report } from '../../types.js';
import { findArticles, runArticles, type RecordOptions } from '../articles.js';
import { loadCliConfig, NO_CONFIG_HELP } from '../config.js';
import { EXIT, UsageError, type RunState } from '../errors.js';
import type { InputRef } from '../inputs.js';
import { wantsColor, type Io } from '../io.js';
import type { Job } from '../jobs.js';
import { parseConcurrency, parseMaxBytes, parseReferenceDate, type Concurrency } from '../options.js';
import { openSink, type ResultSink } from '../output.js';
import { inShard, parseShard, type Shard } from '../shard.js';
import { configRelative, loadLintConfig } from './lint.js';

interface SummaryFlags {
  format?: SummaryFormat;
  output?: string;
  outDir?: string;
  table?: CsvTable;
  top: number;
  reports?: string[];
  lint?: boolean;
  refDate?: string;
  maxBytes: number;
  concurrency: Concurrency;
  shard?: Shard;
  input: 'files' | 'ndjson';
  config?: string | false;
  color?: boolean;
}


export function registerSummary(program: Command, io: Io, state: RunState): void {
  program
    .command('summary')
    .description('summarise a corpus: who appears and who is quoted most, quotes per article, dates by month, numbers by kind')
    .argument('[inputs...]', 'files, directories (their *.txt and *.md), globs, or - for stdin')
    .option('--reports <file>', 'summarise reports NDJSON (newsx analyze --format ndjson) instead of analysing; - for stdin (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'text (default), json, md, html (one self-contained page) or csv (tidy tables)').choices([...SUMMARY_FORMATS]))
    .option('-o, --output <file>', 'write the summary (or the --table) to a file instead of stdout')
    .option('--out-dir <dir>', 'csv: write every table (articles, entities, quotes, dates, numbers; findings with --lint) into this folder')
    .addOption(new Option('--table <name>', 'csv: write this one table to stdout (or -o)').choices([...CSV_TABLES]))
    .option('--top <n>', 'names listed per ranking; 0 lists them all', parseTop, 20)
    .option('--lint', 'lint the articles too and count findings per rule (articles only, not --reports)')
    .option('--ref-date <YYYY-MM-DD>', "reference date for relative dates (default: the article's dateline)", parseReferenceDate)
    .option('--max-bytes <n>', 'refuse inputs (a file, stdin, an ndjson record) larger than this many bytes', parseMaxBytes, DEFAULT_MAX_BYTES)
    .option('--concurrency <n>', 'worker processes: auto (one per 192 KB of input, up to one per core), off, or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--shard <i/n>', 'summarise only the i-th of n deterministic slices of the inputs (or of the reports, by source)', parseShard)
    .addOption(new Option('--input <mode>', 'files (default), or ndjson: records {"id","text"} on stdin; a record\'s "dct" or "referenceDate" overrides --ref-date').choices(['files', 'ndjson']).default('files'))
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', NO_CONFIG_HELP)
    .option('--color', 'force colour in the text summary')
    .option('--no-color', 'never colour the text summary')
    .action(async (patterns: string[], flags: SummaryFlags) => {
      state.exitCode = await runSummary(patterns, flags, io);
    });
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 for all).');
  return n;
}

/**
 * What the readers hand each outcome to: the summary builder, and the CSV tables as rows stream
 * past. Nothing here keeps a report.
 */
interface Fold {
  report(report: Report, lint?: { index: number; messages: LintMessage[] }): void;
  /** Resolves when the CSV tables written per report can take more (`ResultSink.drained`). */
  drained(): Promise<void>;
  failure(source: string, problem: string): void;
  /** Findings a corpus rule gives an article once every article is in. */
  late(index: number, source: string, messages: LintMessage[]): void;
}

async function runSummary(patterns: string[], flags: SummaryFlags, io: Io): Promise<number> {
  const format = checkFlags(patterns, flags);
  const summary = await import('../../summary/index.js');
  const builder = new summary.SummaryBuilder();
  if (flags.lint) builder.withLint();

  const csv = new Map<CsvTable, ResultSink>();
  if (format === 'csv') {
    const tables = flags.table ? [flags.table] : CSV_TABLES.filter((t) => t !== 'findings' || flags.lint);
    for (const table of tables) {
      const file = flags.outDir ? path.join(flags.outDir, `${table}.csv`) : flags.output;
      const sink = openSink(io, file);
      sink.stream.write(summary.csvHeader(table));
      csv.set(table, sink);
      await sink.drained();
    }
  }
  // Opened before the work, so an output that cannot be written stops the run at once.
  const documentSink = format === 'csv' ? null : openSink(io, flags.output);
  const fold: Fold = {
    report(report, lint) {
      builder.add(report, lint);
      for (const [table, sink] of csv) {
        const rows = summary.csvRows(table, report, lint?.messages);
        if (rows) sink.stream.write(rows);
      }
    },
    async drained() {
      for (const sink of csv.values()) await sink.drained();
    },
    failure(source, problem) {
      io.stderr.write(`newsx: ${terminalLine(source)}: ${problem}\n`);
      builder.fail(source, problem);
      csv.get('articles')?.stream.write(summary.csvFailedRow(source, problem));
    },
    late(index, source, messages) {
      builder.addLint(index, messages);
      csv.get('findings')?.stream.write(summary.csvFindingRows(source, messages));
    },
  };

  let unmatched = 0;
  if (flags.reports) await readReports(flags.reports, flags, io, fold);
  else unmatched = await analyseArticles(patterns, flags, io, fold);

  const result = builder.result(flags.top);
  const sinks = [...csv.values()];
  if (documentSink && format !== 'csv') {
    const write = await summary.loadSummaryWriter(format);
    documentSink.stream.write(write(result, { color: wantsColor(documentSink.stream, io.env, flags.color), width: documentSink.stream.columns ?? 100 }));
    sinks.push(documentSink);
  }
  let code: number = result.articles.failed > 0 || unmatched > 0 ? EXIT.failure : EXIT.ok;
  for (const sink of sinks) {
    try {
      await sink.close();
    } catch (error) {
      io.stderr.write(`newsx: ${(error as Error).message}\n`);
      code = EXIT.usage;
    }
  }
  return code;
}

/** The format the flags ask for, or a UsageError for a combination that cannot work. */
function checkFlags(patterns: string[], flags: SummaryFlags): SummaryFormat {
  const csvFlag = flags.table ? '--table' : flags.outDir ? '--out-dir' : null;
  const format: SummaryFormat = flags.format ?? (csvFlag ? 'csv' : 'text');
  if (csvFlag && format !== 'csv') throw new UsageError(`${csvFlag} writes CSV tables; it does not go with --format ${format}`);
  if (format === 'csv' && !csvFlag) throw new UsageError('--format csv needs --out-dir DIR (every table) or --table NAME (one table)');
  if (flags.table && flags.outDir) throw new UsageError('give --out-dir (every table) or --table (one table), not both');
  if (flags.outDir && flags.output) throw new UsageError('--out-dir names the files itself; leave out -o');
  if (flags.table === 'findings' && !flags.lint) throw new UsageError('the findings table needs --lint');
  if (flags.reports) {
    if (patterns.length > 0) throw new UsageError('--reports reads reports instead of articles; give no input paths');
    if (flags.input === 'ndjson') throw new UsageError('--reports and --input ndjson both read stdin; give one');
    if (flags.lint) throw new UsageError('--lint needs the articles; it cannot lint reports (run summary on the articles)');
  }
  return format;
}

/** Reads reports NDJSON line by line, so a corpus of any size is summarised in flat memory. */
async function readReports(files: string[], flags: SummaryFlags, io: Io, fold: Fold): Promise<void> {
  const { parseReportLine } = await import('../../summary/parse.js');
  for (const file of files) {
    let lines: AsyncIterable<string>;
    if (file === '-') lines = io.stdinLines();
    else {
      const stream = createReadStream(path.resolve(io.cwd, file), { encoding: 'utf8' });
      const opened = await new Promise<Error | null>((resolve) => stream.once('ready', () => resolve(null)).once('error', resolve));
      if (opened) {
        fold.failure(file, (opened as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${opened.message})`);
        continue;
      }
      lines = createInterface({ input: stream, crlfDelay: Infinity });
    }
    const name = file === '-' ? '<stdin>' : file;
    let line = 0;
    try {
      for await (const raw of lines) {
        line++;
        if (raw.trim() === '') continue;
        const report = parseReportLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw);
        if (typeof report === 'string') fold.failure(`${name}:${line}`, report);
        else if (!flags.shard || inShard(report.source, flags.shard)) fold.report(report);
        await fold.drained();
      }
    } catch (error) {
      fold.failure(name, `cannot read (${(error as Error).message})`);
    }
  }
}

/**
 * Analyses the articles on the worker pool (with `--lint`, lints each analysis too) and folds each
 * report in as it arrives; returns how many patterns matched nothing.
 */
async function analyseArticles(patterns: string[], flags: SummaryFlags, io: Io, fold: Fold): Promise<number> {
  const articles = await findArticles(patterns, flags, io);
  const lint = flags.lint ? await loadLintConfig({ config: flags.config, rule: [] }, io) : null;
  const { config } = lint ? lint.loaded : await loadCliConfig(flags.config, io);
  const options: AnalyzeOptions = { referenceDate: flags.refDate ?? config.referenceDate, sections: config.sections };
  const configs = new Map<number, ResolvedConfig>();
  const toJob = (input: InputRef, index: number, text?: string, own: RecordOptions = {}): Job => {
    const job: Job = { kind: 'report', input, maxBytes: flags.maxBytes, options: { ...options, ...own }, ...(text === undefined ? {} : { text }) };
    if (!lint) return job;
    const fileConfig = lint.resolver.forFile(configRelative(input, lint.loaded.baseDir));
    configs.set(index, fileConfig);
    return { ...job, lint: fileConfig };
  };
  const { CorpusCollector } = await import('../../lint/corpus.js');
  const corpus = new CorpusCollector();
  // Only --lint keeps anything per article: each one's source, for findings a corpus rule gives it at the end.
  const sources = new Map<number, string>();
  for await (const { input, index, where, result } of runArticles(articles, flags, io, toJob)) {
    if (result.ok && result.kind === 'report' && result.warning) io.stderr.write(`newsx: ${terminalLine(where)}: ${result.warning}\n`);
    if (!result.ok) fold.failure(where, result.problem);
    else if (result.kind === 'report') {
      fold.report(result.report, result.lint ? { index, messages: result.lint.messages } : undefined);
      if (result.lint && result.lint.collected.length > 0) {
        corpus.add(index, input.display, result.lint.collected, configs.get(index)!);
        sources.set(index, result.report.source);
      }
    }
    configs.delete(index);
    await fold.drained();
  }
  for (const [index, messages] of corpus.finish()) fold.late(index, sources.get(index)!, messages);
  return articles.unmatched.length;
}
