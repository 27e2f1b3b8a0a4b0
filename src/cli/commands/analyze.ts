import { Command, Option } from 'commander';
import type { HtmlArticle } from '../../report/html.js';
import { piecesOf, REPORT_FORMATS, separators, wholeText, type ReportFormat } from '../../report/index.js';
import { terminalLine } from '../../report/terminal-text.js';
import type { AnalyzeOptions } from '../../types.js';
import { findArticles, runArticles, type RecordOptions } from '../articles.js';
import { loadCliConfig, NO_CONFIG_HELP } from '../config.js';
import { EXIT, type RunState } from '../errors.js';
import type { InputRef } from '../inputs.js';
import { outputWidth, wantsColor, type Io, type OutputStream } from '../io.js';
import type { Job } from '../jobs.js';
import { openSink } from '../output.js';
import { DEFAULT_MAX_BYTES, type EncodingChoice } from '../../article/decode.js';
import { encodingOption, parseConcurrency, parseMaxBytes, parseReferenceDate, parseWidth, type Concurrency } from '../options.js';
import { createProgress } from '../progress.js';
import { parseShard, type Shard } from '../shard.js';

interface AnalyzeFlags {
  format?: ReportFormat;
  output?: string;
  refDate?: string;
  maxBytes: number;
  encoding: EncodingChoice;
  color?: boolean;
  width?: number;
  concurrency: Concurrency;
  shard?: Shard;
  input: 'files' | 'ndjson';
  /** A path, or false for --no-config. */
  config?: string | false;
}


export function registerAnalyze(program: Command, io: Io, state: RunState): void {
  program
    .command('analyze')
    .description('analyze articles: sections, entities, quotes, numbers and dates')
    .argument('[inputs...]', 'files, directories (their *.txt and *.md), globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'text (default on a terminal), json, ndjson, md, or html (one self-contained page)').choices([...REPORT_FORMATS]))
    .option('-o, --output <file>', 'write the reports to a file instead of stdout')
    .option('--ref-date <YYYY-MM-DD>', "reference date for relative dates (default: the article's dateline)", parseReferenceDate)
    .option('--max-bytes <n>', 'refuse inputs (a file, stdin, an ndjson record) larger than this many bytes', parseMaxBytes, DEFAULT_MAX_BYTES)
    .addOption(encodingOption())
    .option('--concurrency <n>', 'worker processes: auto (one per 192 KB of input, up to one per core), off, or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--shard <i/n>', 'analyze only the i-th of n deterministic slices of the inputs', parseShard)
    .addOption(new Option('--input <mode>', 'files (default), or ndjson: records {"id","text"} on stdin; a record\'s "dct" or "referenceDate" overrides --ref-date').choices(['files', 'ndjson']).default('files'))
    .option('-c, --config <file>', 'use this configuration file (its referenceDate and sections) instead of searching for one')
    .option('--no-config', NO_CONFIG_HELP)
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'never colour the text report')
    .option('--width <n>', "columns the text report fits in (default: the terminal's, else COLUMNS, else 80)", parseWidth)
    .action(async (patterns: string[], flags: AnalyzeFlags) => {
      state.exitCode = await runAnalyze(patterns, flags, io);
    });
}

const utf8 = new TextDecoder();

async function runAnalyze(patterns: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  const articles = await findArticles(patterns, flags, io);
  let exitCode: number = articles.unmatched.length > 0 ? EXIT.failure : EXIT.ok;
  const sink = openSink(io, flags.output);
  const format: ReportFormat = flags.format ?? (sink.stream.isTTY ? 'text' : 'json');
  const writer = {
    color: wantsColor(sink.stream, io.env, flags.color),
    width: outputWidth(sink.stream, io.env, flags.width),
    count: articles.count,
  };
  const { config } = await loadCliConfig(flags.config, io);
  const options: AnalyzeOptions = { referenceDate: flags.refDate ?? config.referenceDate, sections: config.sections };
  const toJob = (input: InputRef, index: number, text?: string, own: RecordOptions = {}): Job => ({
    kind: 'analyze',
    input,
    maxBytes: flags.maxBytes,
    encoding: flags.encoding,
    options: { ...options, ...own },
    format,
    writer: { ...writer, index },
    ...(text === undefined ? {} : { text }),
  });

  // The same progress line as lint: a corpus of thousands of articles is not silent for minutes.
  const { renderProgress } = await import('../../lint/progress.js');
  const progress = createProgress(io, articles.count, renderProgress);
  const wipe = (to: OutputStream) => {
    if (to.isTTY) progress.clear();
  };

  // An HTML page needs every article before its contents list, so its fragments wait for the end.
  const page: HtmlArticle[] = [];
  let written = 0;
  for await (const { input, index, where, result } of runArticles(articles, flags, io, toJob)) {
    if (result.ok && result.kind === 'analyze' && result.warning) {
      wipe(io.stderr);
      io.stderr.write(`newsx: ${terminalLine(where)}: ${result.warning}\n`);
    }
    if (!result.ok) {
      wipe(io.stderr);
      io.stderr.write(`newsx: ${terminalLine(where)}: ${result.problem}\n`);
      exitCode = EXIT.failure;
    } else if (result.kind === 'analyze' && format === 'html') {
      page.push({ id: `a${index}`, label: result.label, source: input.display, html: result.output instanceof Uint8Array ? utf8.decode(result.output) : wholeText(result.output) });
    } else if (result.kind === 'analyze') {
      wipe(sink.stream);
      const separator = written++ > 0 ? separators[format] : '';
      if (separator) sink.stream.write(separator);
      const { output } = result;
      for (const piece of output instanceof Uint8Array ? [output] : piecesOf(output)) {
        sink.stream.write(piece);
        await sink.drained();
      }
    }
    progress.tick(index);
  }
  progress.clear();
  if (page.length > 0) {
    const { formatHtmlPage } = await import('../../report/html.js');
    sink.stream.write(formatHtmlPage(page, { several: articles.count !== 1 }));
  }
  try {
    await sink.close();
  } catch (error) {
    io.stderr.write(`newsx: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
