// `npm run bench`: newsx against a bare compromise parse, on one machine, in one run. Point it at
// real news with --corpus (a folder of .txt articles); files are reused in turn when a section needs
// more articles than the folder holds.
//
//   node bench/run.js [--corpus DIR] [--quick] [--only SECTIONS] [--rounds N] [--seed S] [--keep]
//
// SECTIONS is a comma-separated subset of throughput, whole, workers, cold, rss, sizes (default: all).
//
// Every comparison alternates its sides, so load from other processes on a shared machine falls
// on both alike: in-process throughput takes turns article by article, and the runs of separate
// processes go A, B / B, A round by round, reporting medians. Progress
// goes to stderr; the table and, last, one `ratios:` line go to stdout. A missed target prints ✗
// but does not fail the process; a newsx run that crashes does (exit 1).

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSources, makeArticle, writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'newsx.js');
const BARE = path.join(ROOT, 'bench', 'bare-parse.js');
const PROBE = pathToFileURL(path.join(ROOT, 'bench', 'probe.mjs')).href;
const ONE_ARTICLE = path.join(ROOT, 'fixtures', '000_a8d46ff2df23af88.txt');
const TIME = '/usr/bin/time';

/** Articles each side of the throughput comparison analyses before it is timed. */
const WARM_ARTICLES = 400;

const TARGETS = {
  passesPerParse: 1.1,
  /** newsx in one process with one worker against compromise's default build parsing the same files: speed, at least. */
  wholeRun: 0.95,
  /** `--concurrency 2` against `1` on about 2,000 articles: speed-up, at least. */
  workerSpeedup: 1.5,
  coldStart: 1.2,
  rss: 1.2,
  /** Peak RSS analysing one article of `plan.bigArticleMb`, in MB, at most. */
  bigArticleMb: 600,
  linear: 1.3,
};

// ---------------------------------------------------------------- arguments and plan

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
if (flag('--help') || flag('-h')) {
  process.stdout.write('usage: node bench/run.js [--corpus DIR] [--quick] [--only throughput,whole,workers,cold,rss,sizes] [--rounds N] [--seed S] [--keep]\n');
  process.exit(0);
}
const SECTIONS = ['throughput', 'whole', 'workers', 'cold', 'rss', 'sizes'];
const only = option('--only', SECTIONS.join(',')).split(',');
const unknownSections = only.filter((name) => !SECTIONS.includes(name));
if (unknownSections.length > 0) {
  process.stderr.write(`bench: --only: unknown section ${unknownSections.join(', ')} (sections: ${SECTIONS.join(', ')})\n`);
  process.exit(2);
}
const quick = flag('--quick');
const plan = {
  throughputArticles: quick ? 50 : 100,
  throughputRounds: Number(option('--rounds', quick ? 3 : 5)),
  /** Whole processes: `newsx analyze --concurrency 1` against a bare parse of the same files. */
  wholeRunArticles: quick ? 100 : 400,
  wholeRunRounds: quick ? 2 : 3,
  /** Each worker compiles its own copy of the code, so workers are measured where that is spread over many articles. */
  workerArticles: quick ? 400 : 2_000,
  workerRounds: quick ? 1 : 2,
  coldRounds: quick ? 5 : 9,
  rssSmall: quick ? 100 : 1_000,
  rssLarge: quick ? 1_000 : 10_000,
  articleMb: quick ? [0.25, 1] : [1, 4],
  bigArticleMb: quick ? 1 : 5,
  quoteMarks: [200_000, 800_000],
};
const seed = Number(option('--seed', '1'));
const userCorpus = option('--corpus');

const log = (line) => process.stderr.write(`bench: ${line}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const ms = (n) => `${fmt(n)} ms`;
let crashed = false;

// ---------------------------------------------------------------- corpora

function listArticles(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && /\.(txt|md)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

/** A directory holding exactly the first `count` articles, so newsx can be pointed at it. */
function subsetDir(work, label, count) {
  const dir = path.join(work, label);
  if (!userCorpus) {
    writeCorpus(dir, count, { seed, sources });
    return { dir, count };
  }
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const file = userFiles[i % userFiles.length];
    copyFileSync(file, path.join(dir, `${String(i).padStart(5, '0')}-${path.basename(file)}`));
  }
  return { dir, count };
}

const work = mkdtempSync(path.join(tmpdir(), 'newsx-bench-'));
const sources = userCorpus ? [] : loadSources(ROOT);
const userFiles = userCorpus ? listArticles(path.resolve(userCorpus)) : [];
if (userCorpus && userFiles.length === 0) {
  process.stderr.write(`bench: ${userCorpus}: no *.txt or *.md files\n`);
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'dist', 'index.js')) || !existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run bench` (it builds first) or `npx tsup`\n');
  process.exit(2);
}

// ---------------------------------------------------------------- child processes

/**
 * Runs a command to completion. stdout is counted, not kept (a 10,000-report NDJSON stream is
 * hundreds of megabytes); stderr is kept for diagnostics and /usr/bin/time's report.
 */
function run(command, argv, { env, watch } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    watch?.(child);
    let lines = 0;
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 1 << 16) stderr += chunk.toString();
    });
    child.on('error', (error) => resolve({ ms: NaN, code: -1, lines, bytes, stderr: error.message }));
    child.on('close', (code, signal) => resolve({ ms: performance.now() - started, code: code ?? (signal ? 128 : -1), lines, bytes, stderr }));
  });
}

const newsx = (...argv) => run(process.execPath, [BIN, ...argv]);

function checkRun(label, result, expectedLines) {
  if (result.code !== 0 || (expectedLines !== undefined && result.lines !== expectedLines)) {
    crashed = true;
    const lines = expectedLines === undefined ? '' : `, ${result.lines}/${expectedLines} reports`;
    log(`✗ ${label}: exit ${result.code}${lines}\n${result.stderr.split('\n').slice(0, 8).join('\n')}`);
  }
  return result;
}

/** Alternates the runners round by round (A,B / B,A / …) and returns each one's median time. */
async function alternate(rounds, runners) {
  const times = runners.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = runners.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) times[i].push(await runners[i]());
  }
  return times.map(median);
}

// ---------------------------------------------------------------- 1. throughput, in process

async function throughput() {
  const files = (userCorpus ? userFiles : listArticles(subsetDir(work, 'throughput', plan.throughputArticles).dir)).slice(0, plan.throughputArticles);
  const articles = files.map((file) => ({ name: path.basename(file), bytes: readFileSync(file) }));
  const words = articles.reduce((sum, a) => sum + (a.bytes.toString('utf8').match(/\S+/g)?.length ?? 0), 0);
  log(`throughput: ${articles.length} articles, ${fmt(words)} words, ${plan.throughputRounds} rounds, the sides taking turns article by article`);

  const { analyze, decodeBytes } = await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href);
  const nlp = createRequire(path.join(ROOT, 'package.json'))('compromise');
  let sink = 0;
  const sides = [
    // What `newsx analyze --format ndjson` does per file after reading it: decode, analyse, write.
    (a) => (sink += JSON.stringify(analyze(decodeBytes(a.bytes).text, { source: a.name })).length + 1),
    (a) => (sink += nlp(a.bytes.toString('utf8')).document.length),
  ];
  // Warm-up first: a corpus run spends nearly all its time with the code warmed up, and newsx's
  // passes, more code than the parse alone, reach steady speed only after about 300 articles (rounds
  // of 100 measured 3.9, 2.8, 2.5, then 1.7-1.8 s). Each side gets the same warm-up. Cold-process
  // costs are what the worker and cold-start sections measure.
  const warmPasses = Math.max(2, Math.ceil(WARM_ARTICLES / articles.length));
  for (let pass = 0; pass < warmPasses; pass++) for (const a of articles) sides.forEach((side) => side(a));
  // The two sides take turns article by article (newsx first on even articles, the parse first on
  // odd ones), so load from other processes, which comes and goes over seconds, falls on both alike;
  // alternating blocks of a hundred articles moved the ratio by a fifth between runs here. On-CPU
  // time is shown beside wall time because it moves less when other processes take the cores.
  const rounds = [];
  for (let round = 0; round < plan.throughputRounds; round++) {
    const wall = [0, 0];
    const cpu = [0, 0];
    articles.forEach((a, i) => {
      for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const cpuStart = process.cpuUsage();
        const started = performance.now();
        sides[side](a);
        wall[side] += performance.now() - started;
        const used = process.cpuUsage(cpuStart);
        cpu[side] += (used.user + used.system) / 1000;
      }
    });
    rounds.push({ wall, cpu });
  }
  if (sink === 0) log('throughput: nothing was produced');
  const chars = articles.reduce((sum, a) => sum + a.bytes.length, 0);
  const pick = (key, side) => median(rounds.map((r) => r[key][side]));
  return {
    articles: articles.length,
    words,
    chars,
    newsxMs: pick('wall', 0),
    parseMs: pick('wall', 1),
    newsxCpu: pick('cpu', 0),
    parseCpu: pick('cpu', 1),
    ratio: median(rounds.map((r) => r.wall[0] / r.wall[1])),
    cpuRatio: median(rounds.map((r) => r.cpu[0] / r.cpu[1])),
  };
}

// ---------------------------------------------------------------- 2. whole runs and worker scaling

/**
 * What a user waits for: `newsx analyze DIR` in one process with one worker, against node loading
 * compromise's default build and running `nlp(text)` on the same files (bench/bare-parse.js).
 */
async function wholeRun() {
  const { dir, count } = subsetDir(work, 'whole', plan.wholeRunArticles);
  const files = listArticles(dir);
  log(`whole run: ${fmt(count)} articles, newsx analyze --concurrency 1 vs compromise's default build, ${plan.wholeRunRounds} alternating rounds`);
  const [newsxMs, bareMs] = await alternate(plan.wholeRunRounds, [
    async () => checkRun('analyze --concurrency 1', await newsx('analyze', dir, '--format', 'ndjson', '--concurrency', '1'), count).ms,
    async () => checkRun('bare parse (default build)', await run(process.execPath, [BARE, ...files])).ms,
  ]);
  rmSync(dir, { recursive: true, force: true });
  return { count, newsxMs, bareMs };
}

async function workers() {
  const { dir, count } = subsetDir(work, 'workers', plan.workerArticles);
  const files = listArticles(dir);
  const rounds = plan.workerRounds;
  log(`workers: ${fmt(count)} articles, --concurrency 1 vs 2, and a bare parse in 1 process vs 2 workers, ${rounds} alternating round${rounds > 1 ? 's' : ''}`);
  const at = (n) => async () => checkRun(`analyze --concurrency ${n}`, await newsx('analyze', dir, '--format', 'ndjson', '--concurrency', String(n)), count).ms;
  // The bare workers get the V8 flags newsx gives its own, or the ceiling would not be one.
  const { WORKER_V8_FLAGS } = await import(pathToFileURL(path.join(ROOT, 'dist', 'cli', 'main.js')).href);
  const bare = (n) => async () => checkRun(`bare parse in ${n} workers`, await run(process.execPath, [BARE, '--workers', String(n), '--v8-flags', WORKER_V8_FLAGS.join(' '), ...files])).ms;
  const [one, two, bareOne, bareTwo] = await alternate(rounds, [at(1), at(2), bare(1), bare(2)]);
  rmSync(dir, { recursive: true, force: true });
  return { count, one, two, bareOne, bareTwo };
}

// ---------------------------------------------------------------- 3. cold start

async function coldStart() {
  log(`cold start: newsx analyze one article vs node + compromise + parse, ${plan.coldRounds} alternating rounds`);
  const [analyzeMs, bareMs, emptyMs] = await alternate(plan.coldRounds, [
    async () => checkRun('analyze one article', await newsx('analyze', ONE_ARTICLE)).ms,
    async () => checkRun('bare parse', await run(process.execPath, [BARE, ONE_ARTICLE])).ms,
    async () => (await run(process.execPath, ['-e', ''])).ms,
  ]);
  return { analyzeMs, bareMs, emptyMs };
}

/** Light commands must answer without loading compromise: time them, then probe what each loaded. */
async function lightCommands() {
  const commands = [['--help'], ['--version'], ['schema'], ['rules']];
  const present = [];
  for (const argv of commands) {
    const result = await newsx(...argv);
    if (argv[0] === 'rules' && result.code !== 0 && /unknown command/i.test(result.stderr)) {
      log('light commands: `newsx rules` does not exist yet; skipped');
      continue;
    }
    present.push(argv);
  }
  log(`light commands: ${present.map((a) => a.join(' ')).join(', ')}, ${plan.coldRounds} alternating rounds`);
  const medians = await alternate(plan.coldRounds, present.map((argv) => async () => checkRun(`newsx ${argv.join(' ')}`, await newsx(...argv)).ms));

  const probe = async (argv) => {
    const file = path.join(work, `probe-${Math.random().toString(36).slice(2)}.jsonl`);
    const result = await run(process.execPath, ['--import', PROBE, BIN, ...argv], { env: { NEWSX_BENCH_PROBE: file } });
    const records = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
    const loaded = records.flatMap((r) => (r.esm ? [r.esm] : (r.exit?.cjs ?? [])));
    return { ok: result.code === 0 && records.some((r) => r.exit), loaded };
  };
  // The probe must see compromise where it is loaded, or "not loaded" below would prove nothing.
  const control = await probe(['analyze', ONE_ARTICLE]);
  const probeWorks = control.ok && control.loaded.length > 0;
  if (!probeWorks) log('✗ the module probe did not see compromise in `newsx analyze`; light-command checks are void');
  const rows = [];
  for (const [i, argv] of present.entries()) {
    const seen = await probe(argv);
    rows.push({ command: argv.join(' '), ms: medians[i], ok: probeWorks && seen.ok && seen.loaded.length === 0, loaded: seen.loaded.length });
  }
  return { rows, probeWorks };
}

// ---------------------------------------------------------------- 4. peak memory

/** One article of about `mb` megabytes: the corpus's articles one after another. */
function articleOf(mb) {
  const parts = [];
  for (let size = 0, i = 0; size < mb * 1024 * 1024; i++) {
    const text = userCorpus ? readFileSync(userFiles[i % userFiles.length], 'utf8') : makeArticle(sources, i, seed).text;
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

/**
 * Samples, every `ms`, the RSS of a process and all its descendants (newsx's worker processes)
 * added together, from /proc, until the function it returns is called; that returns the highest
 * sum in KB. A peak shorter than `ms` may be missed, so this is a lower bound, where a process's
 * own maxRSS would miss the workers.
 */
function watchTreeRss(root, ms = 20) {
  let peak = 0;
  const sample = () => {
    const children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const siblings = children.get(ppid);
        if (siblings) siblings.push(Number(name));
        else children.set(ppid, [Number(name)]);
      } catch {
        // The process ended between listing and reading.
      }
    }
    let kb = 0;
    for (const pending = [root]; pending.length > 0; ) {
      const pid = pending.pop();
      try {
        kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // Ended meanwhile.
      }
      pending.push(...(children.get(pid) ?? []));
    }
    peak = Math.max(peak, kb);
  };
  const timer = setInterval(sample, ms);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function peakRss() {
  const haveProc = existsSync('/proc/self/status');
  const haveTime = existsSync(TIME);
  const tool = haveProc ? 'the summed RSS of newsx and its workers, sampled every 20 ms' : haveTime ? '/usr/bin/time -v (the largest single process)' : 'resourceUsage().maxRSS (the main process)';
  const peakOf = async (argv) => {
    let result;
    let kb;
    if (haveProc) {
      let stop;
      result = await run(process.execPath, [BIN, ...argv], { watch: (child) => (stop = watchTreeRss(child.pid)) });
      kb = stop();
    } else if (haveTime) {
      result = await run(TIME, ['-v', process.execPath, BIN, ...argv]);
      kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
    } else {
      const file = path.join(work, `rss-${Math.random().toString(36).slice(2)}.jsonl`);
      result = await run(process.execPath, ['--import', PROBE, BIN, ...argv], { env: { NEWSX_BENCH_PROBE: file } });
      const exit = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.exit) : null;
      kb = exit?.exit.maxRssKb;
    }
    return { result, mb: kb / 1024 };
  };
  const measure = async (label, count) => {
    const { dir, count: n } = subsetDir(work, label, count);
    log(`peak RSS: newsx analyze ${fmt(n)} articles (--format ndjson, default concurrency) via ${tool}`);
    const { result, mb } = await peakOf(['analyze', dir, '--format', 'ndjson']);
    checkRun(`analyze ${n} articles`, result, n);
    rmSync(dir, { recursive: true, force: true });
    return { count: n, mb, ms: result.ms, bytes: result.bytes };
  };
  const small = await measure('rss-small', plan.rssSmall);
  const large = await measure('rss-large', plan.rssLarge);
  log(`peak RSS: newsx analyze one article of ${plan.bigArticleMb} MB`);
  const file = path.join(work, 'big-article.txt');
  const text = articleOf(plan.bigArticleMb);
  writeFileSync(file, text);
  const big = await peakOf(['analyze', file, '--format', 'json', '--max-bytes', String(text.length * 4)]);
  checkRun(`analyze one ${plan.bigArticleMb} MB article`, big.result);
  rmSync(file, { force: true });
  return { small, large, big: { mb: big.mb, ms: big.result.ms }, tool };
}

// ---------------------------------------------------------------- 5. time against input size

/**
 * One huge article and one line of bare quote marks, each at two sizes: time linear in the size
 * means the same milliseconds per unit at both, so the ratio of those rates should sit near 1
 * (a quadratic step would double it with every doubling of the input).
 */
async function sizeScaling() {
  const timeFile = async (label, text) => {
    const file = path.join(work, `${label}.txt`);
    writeFileSync(file, text);
    const result = checkRun(`analyze ${label}`, await newsx('analyze', file, '--format', 'json', '--max-bytes', String(text.length * 4)));
    rmSync(file, { force: true });
    return result.ms;
  };
  // Start-up (node, compromise, chrono) is in every time; taken out, the rates compare the work
  // that grows with the input.
  const [startup] = await alternate(3, [() => timeFile('tiny', 'Headline\n\nThe council met on Monday, she said.\n')]);
  const net = (ms) => Math.max(1, ms - startup);
  const rows = [];
  const [smallMb, largeMb] = plan.articleMb;
  log(`size scaling: one article of ${smallMb} MB and of ${largeMb} MB`);
  const small = await timeFile('article-small', articleOf(smallMb));
  const large = await timeFile('article-large', articleOf(largeMb));
  rows.push({ label: `one article, ${largeMb} MB vs ${smallMb} MB: ms per MB`, large: net(large) / largeMb, small: net(small) / smallMb, unit: 'ms/MB' });
  const [fewMarks, manyMarks] = plan.quoteMarks;
  log(`size scaling: a line of ${fmt(fewMarks)} and of ${fmt(manyMarks)} quote marks`);
  const marks = (n) => `Headline\n\n${'" '.repeat(n)}\n`;
  const [few, many] = await alternate(3, [() => timeFile('marks-few', marks(fewMarks)), () => timeFile('marks-many', marks(manyMarks))]);
  rows.push({ label: `quote-mark line, ${fmt(manyMarks)} vs ${fmt(fewMarks)}: ms per 1,000`, large: (net(many) / manyMarks) * 1000, small: (net(few) / fewMarks) * 1000, unit: 'ms/1k' });
  return rows;
}

// ---------------------------------------------------------------- report

const mark = (ok) => (ok ? '✓' : '✗');

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ')).join('\n');
}

async function main() {
  const wanted = (name) => only.includes(name);
  const startLoad = loadavg()[0];
  log(`${quick ? 'QUICK' : 'full'} run: ${userCorpus ? `corpus ${userCorpus} (${userFiles.length} files)` : `generated corpus (seed ${seed}, ${sources.length} source articles)`} in ${work}`);
  const t = wanted('throughput') ? await throughput() : null;
  const whole = wanted('whole') ? await wholeRun() : null;
  const w = wanted('workers') ? await workers() : null;
  const c = wanted('cold') ? await coldStart() : null;
  const l = wanted('cold') ? await lightCommands() : null;
  const r = wanted('rss') ? await peakRss() : null;
  const sizes = wanted('sizes') ? await sizeScaling() : null;

  const perSec = (n, msTotal) => fmt((n * 1000) / msTotal);
  const countLabel = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const rows = [['measure', 'newsx', 'baseline', 'ratio', 'target', '']];
  const ratios = [];
  if (t) {
    const ratio = t.ratio;
    ratios.push(`passes/parse=${fmt(ratio, 2)}`);
    rows.push(
      [`throughput, ${t.articles} articles: articles/s`, perSec(t.articles, t.newsxMs), perSec(t.articles, t.parseMs), '', '', ''],
      ['throughput: words/s', perSec(t.words, t.newsxMs), perSec(t.words, t.parseMs), '', '', ''],
      ['all passes + report vs bare parse (time)', ms(t.newsxMs), ms(t.parseMs), fmt(ratio, 2), `≤ ${TARGETS.passesPerParse}`, mark(ratio <= TARGETS.passesPerParse)],
      ['  same, on-CPU time (info)', ms(t.newsxCpu), ms(t.parseCpu), fmt(t.cpuRatio, 2), '', ''],
    );
  }
  if (whole) {
    const speed = whole.bareMs / whole.newsxMs;
    ratios.push(`whole/compromise=${fmt(speed, 2)}`);
    rows.push([`newsx --concurrency 1 vs nlp(text), default build, ${fmt(whole.count)} articles (speed)`, ms(whole.newsxMs), ms(whole.bareMs), fmt(speed, 2), `≥ ${TARGETS.wholeRun}`, mark(speed >= TARGETS.wholeRun)]);
  }
  if (w) {
    const ratio = w.one / w.two;
    const bare = w.bareOne / w.bareTwo;
    ratios.push(`workers2/1=${fmt(ratio, 2)} (bare ${fmt(bare, 2)})`);
    rows.push(
      [`--concurrency 2 vs 1, ${fmt(w.count)} articles (speed-up)`, ms(w.two), ms(w.one), fmt(ratio, 2), `≥ ${TARGETS.workerSpeedup}`, mark(ratio >= TARGETS.workerSpeedup)],
      ['  bare parse, 2 workers vs 1 process, same files (ceiling, info)', ms(w.bareTwo), ms(w.bareOne), fmt(bare, 2), '', ''],
    );
  }
  if (c && l) {
    const ratio = c.analyzeMs / c.bareMs;
    ratios.push(`coldstart/compromise=${fmt(ratio, 2)}`);
    rows.push(
      ['cold start: analyze one article vs node+compromise+parse', ms(c.analyzeMs), ms(c.bareMs), fmt(ratio, 2), `≤ ${TARGETS.coldStart}`, mark(ratio <= TARGETS.coldStart)],
      ...l.rows.map((row) => [`cold start: newsx ${row.command} (vs node -e "")`, ms(row.ms), ms(c.emptyMs), fmt(row.ms / c.emptyMs, 2), 'no compromise', row.ok ? '✓' : `✗${l.probeWorks ? ` (${row.loaded} compromise files)` : ' (probe broken)'}`]),
    );
  }
  if (r) {
    const ratio = r.large.mb / r.small.mb;
    ratios.push(`rss${countLabel(r.large.count)}/${countLabel(r.small.count)}=${fmt(ratio, 2)}`);
    rows.push(
      [`peak RSS ${fmt(r.large.count)} vs ${fmt(r.small.count)} articles`, `${fmt(r.large.mb)} MB`, `${fmt(r.small.mb)} MB`, fmt(ratio, 2), `≤ ${TARGETS.rss}`, mark(ratio <= TARGETS.rss)],
      [`  time at default concurrency: articles/s`, perSec(r.large.count, r.large.ms), perSec(r.small.count, r.small.ms), '', '', ''],
      [`peak RSS, one article of ${plan.bigArticleMb} MB`, `${fmt(r.big.mb)} MB`, '', '', `≤ ${TARGETS.bigArticleMb} MB`, mark(r.big.mb <= TARGETS.bigArticleMb)],
    );
    ratios.push(`rss${plan.bigArticleMb}MB=${fmt(r.big.mb)}MB`);
  }
  if (sizes) {
    ratios.push(`linear=${sizes.map((row) => fmt(row.large / row.small, 2)).join('/')}`);
    rows.push(...sizes.map((row) => [row.label, `${fmt(row.large, 1)} ${row.unit}`, `${fmt(row.small, 1)} ${row.unit}`, fmt(row.large / row.small, 2), `≤ ${TARGETS.linear} (linear)`, mark(row.large / row.small <= TARGETS.linear)]));
  }

  const out = process.stdout;
  out.write(`\nnewsx bench — ${quick ? 'QUICK (smaller corpora)' : 'full'}, node ${process.version}, ${availableParallelism()} cores, load ${fmt(startLoad, 2)} → ${fmt(loadavg()[0], 2)}\n`);
  const articleSize = t ? `, ${fmt(t.chars / t.articles)} bytes an article` : '';
  out.write(`corpus: ${userCorpus ? path.resolve(userCorpus) : `generated, seed ${seed}`}${articleSize}${r ? `; peak RSS via ${r.tool}` : ''}; medians of alternating runs\n`);
  if (Math.max(startLoad, loadavg()[0]) > availableParallelism()) out.write(`warning: load average above ${availableParallelism()} (other processes); wall-clock ratios, worker scaling most of all, are unreliable\n`);
  out.write('\n');
  out.write(`${table(rows)}\n\n`);
  out.write(`ratios: ${ratios.join(' ')}\n`);
}

try {
  await main();
} finally {
  if (flag('--keep')) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = crashed ? 1 : 0;
