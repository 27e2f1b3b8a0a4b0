// Times `newsx summary --reports` on the reports of 2,225 articles, and measures its peak RSS there
// and on 100,000 reports, to show that the summary streams: memory should not grow with the count.
//
//   npm run build && node bench/summary.js [--work DIR] [--big 100000] [--runs 5]
//
// The 2,225 articles come from bench/corpus.js and are analysed once; the big file repeats their
// reports under new sources (the corpus's vocabulary stays that of 2,225 articles, so what grows is
// only the number of reports).

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/newsx.js');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const ARTICLES = 2225;
const BIG = Number(flag('--big', '100000'));
const RUNS = Number(flag('--runs', '5'));
const work = flag('--work', null) ?? mkdtempSync(path.join(tmpdir(), 'newsx-bench-summary-'));
mkdirSync(work, { recursive: true });
if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
  process.stderr.write('dist/ is missing: run npm run build first\n');
  process.exit(2);
}

/**
 * Prints the process's peak resident set size and its CPU time (user + system, which other
 * processes on a shared machine disturb less than wall-clock time) to stderr as it exits.
 */
const USAGE_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nnewsx-bench-usage "+u.maxRSS+" "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

function newsx(argv, { heapMb = 0 } = {}) {
  const started = performance.now();
  const node = ['--import', USAGE_HOOK, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const result = spawnSync(process.execPath, [...node, BIN, ...argv], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`newsx ${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const usage = /newsx-bench-usage (\d+) (\d+)/.exec(result.stderr);
  return { ms, rssMb: Number(usage?.[1]) / 1024, cpuMs: Number(usage?.[2]) / 1000, out: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const reports = path.join(work, 'reports.ndjson');
if (!existsSync(reports)) {
  const corpus = path.join(work, 'corpus');
  const chars = writeCorpus(corpus, ARTICLES);
  process.stderr.write(`analysing ${ARTICLES} articles (${fmt(chars)} characters) once…\n`);
  const analysed = newsx(['analyze', corpus, '--format', 'ndjson', '-o', reports]);
  process.stderr.write(`  ${fmt(analysed.ms / 1000, 1)} s\n`);
}

const big = path.join(work, `reports-${BIG}.ndjson`);
if (!existsSync(big)) {
  process.stderr.write(`writing ${fmt(BIG)} reports…\n`);
  const lines = [];
  for await (const line of createInterface({ input: createReadStream(reports, 'utf8'), crlfDelay: Infinity })) if (line) lines.push(line);
  const out = createWriteStream(big);
  for (let i = 0; i < BIG; i++) {
    const line = lines[i % lines.length].replace(/^\{"schemaVersion":"([^"]*)","source":"/, `{"schemaVersion":"$1","source":"copy-${Math.floor(i / lines.length)}/`);
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

const timings = { json: [], text: [] };
for (let run = 0; run < RUNS; run++) {
  timings.json.push(newsx(['summary', '--reports', reports, '--format', 'json']));
  timings.text.push(newsx(['summary', '--reports', reports, '--format', 'text']));
}
const small = newsx(['summary', '--reports', reports, '--format', 'json']);
const large = newsx(['summary', '--reports', big, '--format', 'json']);
// With the old generation capped, a run that kept reports would fail: the cap shows what is retained.
const capped = newsx(['summary', '--reports', big, '--format', 'json'], { heapMb: 40 });
const csv = newsx(['summary', '--reports', big, '--out-dir', path.join(work, 'tables')]);
const version = newsx(['--version']);
const size = (file) => `${fmt(statSync(file).size / 1024 / 1024, 0)} MB`;

const rows = [
  ['measure', 'figure'],
  [`summary --reports, ${fmt(ARTICLES)} reports (${size(reports)}), json: wall, median of ${RUNS}`, `${fmt(median(timings.json.map((t) => t.ms)))} ms`],
  ['  same, CPU time (user + system)', `${fmt(median(timings.json.map((t) => t.cpuMs)))} ms`],
  [`summary --reports, ${fmt(ARTICLES)} reports, text: wall, median of ${RUNS}`, `${fmt(median(timings.text.map((t) => t.ms)))} ms`],
  ['  same, CPU time (user + system)', `${fmt(median(timings.text.map((t) => t.cpuMs)))} ms`],
  [`peak RSS, newsx --version (start-up alone)`, `${fmt(version.rssMb)} MB`],
  [`peak RSS, summary of ${fmt(ARTICLES)} reports`, `${fmt(small.rssMb)} MB`],
  [`peak RSS, summary of ${fmt(BIG)} reports (${size(big)}), in ${fmt(large.ms / 1000, 1)} s`, `${fmt(large.rssMb)} MB`],
  [`same, old generation capped at 40 MB (--max-old-space-size=40), in ${fmt(capped.ms / 1000, 1)} s`, `${fmt(capped.rssMb)} MB`],
  [`peak RSS, csv --out-dir of ${fmt(BIG)} reports, in ${fmt(csv.ms / 1000, 1)} s`, `${fmt(csv.rssMb)} MB`],
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`${rows.map(([a, b]) => `${a.padEnd(width)}  ${b.padStart(10)}`).join('\n')}\n`);
process.stdout.write(`\nload average while it ran: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\nratio: peak RSS ${fmt(BIG)} / ${fmt(ARTICLES)} reports = ${fmt(large.rssMb / small.rssMb, 2)}\n(work files in ${work})\n`);
