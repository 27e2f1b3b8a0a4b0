import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CorpusSummary } from '../../src/summary/types.js';
import type { Report } from '../../src/types.js';
import { attr, byTag, findingKeys, markKeys, parseHtml, text } from '../helpers/html.js';
import { fakeIo } from '../helpers/io.js';

const fixtures = path.resolve(__dirname, '../../fixtures');
let dir: string;
let reports: Report[];
let reportsNdjson: string;

async function run(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo({ cwd: dir, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsx-summary-'));
  cpSync(path.join(fixtures, 'articles'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(fixtures, '000_a8d46ff2df23af88.txt'), path.join(dir, 'corpus', 'seed.txt'));
  cpSync(path.join(fixtures, 'lint/corpus/seed-crlf-bom.txt'), path.join(dir, 'corpus', 'seed-copy.txt'));
  writeFileSync(path.join(dir, 'corpus', 'binary.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
  const analysed = await run(['analyze', 'corpus', '--format', 'ndjson', '--concurrency', 'off']);
  reportsNdjson = analysed.out;
  reports = reportsNdjson.trim().split('\n').map((line) => JSON.parse(line) as Report);
  writeFileSync(path.join(dir, 'reports.ndjson'), reportsNdjson);
}, 60_000);

describe('newsx summary', () => {
  it('summarises a corpus: articles, entities, speakers, quotes, dates and numbers, naming the files it could not read', async () => {
    const { code, out, err } = await run(['summary', 'corpus', '--format', 'json', '--top', '0', '--concurrency', 'off']);
    expect(err).toBe('newsx: corpus/binary.txt: binary file (NUL byte at offset 2)\n');
    expect(code).toBe(1);
    const s = JSON.parse(out) as CorpusSummary;
    expect(s.articles).toEqual({ analysed: reports.length, failed: 1 });
    expect(s.failures).toEqual([{ source: 'corpus/binary.txt', problem: 'binary file (NUL byte at offset 2)' }]);
    const quotes = reports.flatMap((r) => r.quotes);
    expect(s.quotes.total).toBe(quotes.filter((q) => q.kind !== 'indirect').length);
    expect(s.quotes.byKind.indirect).toBe(quotes.filter((q) => q.kind === 'indirect').length);
    expect(s.numbers.total).toBe(reports.reduce((n, r) => n + r.numbers.length, 0));
    expect(s.dates.total).toBe(reports.reduce((n, r) => n + r.dates.length, 0));
    const trump = s.speakers.top.find((sp) => sp.name === 'Donald Trump')!;
    const byTrump = quotes.filter((q) => q.speaker?.name === 'Donald Trump');
    expect(trump).toEqual({ name: 'Donald Trump', type: 'person', quotes: byTrump.filter((q) => q.kind !== 'indirect').length, reported: byTrump.filter((q) => q.kind === 'indirect').length, articles: 2 });
    expect(s.speakers.top[0]).toBe(trump);
    const putin = s.entities.person.top.find((e) => e.name === 'Vladimir Putin')!;
    const putinMentions = reports.flatMap((r) => r.entities).filter((e) => e.name === 'Vladimir Putin' && e.type === 'person');
    expect(putin).toEqual({ name: 'Vladimir Putin', articles: 2, mentions: putinMentions.reduce((n, e) => n + e.mentions.length, 0) });
    expect(s.lint).toBeNull();
  });

  it('gives the same summary from reports NDJSON, from a file or stdin, as from the articles', async () => {
    const fromArticles = JSON.parse((await run(['summary', 'corpus', '--format', 'json', '--concurrency', 'off'])).out) as CorpusSummary;
    const fromFile = await run(['summary', '--reports', 'reports.ndjson', '--format', 'json']);
    expect(fromFile.code).toBe(0);
    const expected = { ...fromArticles, articles: { ...fromArticles.articles, failed: 0 }, failures: [] };
    expect(JSON.parse(fromFile.out)).toEqual(expected);
    const fromStdin = await run(['summary', '--reports', '-', '--format', 'json'], { stdin: reportsNdjson });
    expect(JSON.parse(fromStdin.out)).toEqual(expected);
  });

  it('names report lines that are not reports and goes on with the rest', async () => {
    const lines = reportsNdjson.trim().split('\n');
    const { code, out, err } = await run(['summary', '--reports', '-', '--reports', 'missing.ndjson', '--format', 'json'], { stdin: [lines[0], 'garbage', '{"source": 1}', lines[1]].join('\n') });
    expect(code).toBe(1);
    expect(err).toBe('newsx: <stdin>:2: not JSON\nnewsx: <stdin>:3: not a newsx report (no string "source")\nnewsx: missing.ndjson: no such file\n');
    expect((JSON.parse(out) as CorpusSummary).articles).toEqual({ analysed: 2, failed: 3 });
  });

  it('writes tidy CSV tables to a folder, one row per finding, and one table to stdout', async () => {
    const { code } = await run(['summary', '--reports', 'reports.ndjson', '--out-dir', 'tables']);
    expect(code).toBe(0);
    expect(readdirSync(path.join(dir, 'tables')).sort()).toEqual(['articles.csv', 'dates.csv', 'entities.csv', 'numbers.csv', 'quotes.csv']);
    const lines = (table: string) => readFileSync(path.join(dir, 'tables', `${table}.csv`), 'utf8').trim().split('\n');
    expect(lines('articles')).toHaveLength(reports.length + 1);
    expect(lines('entities')).toHaveLength(reports.reduce((n, r) => n + r.entities.length, 0) + 1);
    expect(lines('dates')).toHaveLength(reports.reduce((n, r) => n + r.dates.length, 0) + 1);
    expect(lines('numbers')).toHaveLength(reports.reduce((n, r) => n + r.numbers.length, 0) + 1);
    const quotes = await run(['summary', '--reports', 'reports.ndjson', '--table', 'quotes']);
    expect(quotes.out).toBe(readFileSync(path.join(dir, 'tables', 'quotes.csv'), 'utf8'));
    expect(quotes.out.split('\n')[0]).toBe('source,quote,kind,speaker,speaker_entity,speaker_type,cue,section,start,end,text');
  });

  it('with --lint, counts findings per rule as newsx lint finds them, corpus rules included', async () => {
    const lint = await run(['lint', 'corpus', '--format', 'json', '--no-config', '--concurrency', 'off']);
    const results = (JSON.parse(lint.out) as { results: Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: string; fatal?: boolean }> }> }).results;
    const expected = new Map<string, number>();
    for (const r of results) for (const m of r.messages) if (!m.fatal) expected.set(m.ruleId!, (expected.get(m.ruleId!) ?? 0) + 1);
    expect(expected.get('duplicate-article')).toBeGreaterThan(0);
    const { out } = await run(['summary', 'corpus', '--lint', '--no-config', '--format', 'json', '--concurrency', 'off']);
    const s = JSON.parse(out) as CorpusSummary;
    expect(new Map(s.lint!.rules.map((r) => [r.rule, r.errors + r.warnings]))).toEqual(expected);
    const findings = await run(['summary', 'corpus', '--lint', '--no-config', '--table', 'findings', '--concurrency', 'off']);
    expect(findings.out.trim().split('\n')).toHaveLength([...expected.values()].reduce((a, b) => a + b, 0) + 1);
    expect(findings.out).toMatch(/\ncorpus\/seed(-copy)?\.txt,duplicate-article,warning,/);
  });

  it('splits reports into disjoint shards that cover them', async () => {
    const parts = await Promise.all(
      ['1/2', '2/2'].map(async (shard) => JSON.parse((await run(['summary', '--reports', 'reports.ndjson', '--shard', shard, '--format', 'json'])).out) as CorpusSummary),
    );
    expect(parts[0]!.articles.analysed + parts[1]!.articles.analysed).toBe(reports.length);
    expect(parts[0]!.quotes.total + parts[1]!.quotes.total).toBe(reports.reduce((n, r) => n + r.quotes.filter((q) => q.kind !== 'indirect').length, 0));
  });

  it('writes text, Markdown and an HTML page', async () => {
    const textOut = await run(['summary', '--reports', 'reports.ndjson']);
    expect(textOut.out).toMatch(/^newsx summary {2}\d+ articles analysed\n/);
    expect(textOut.out).not.toContain('\u001b[');
    expect((await run(['summary', '--reports', 'reports.ndjson', '-f', 'md'])).out).toMatch(/^# Corpus summary\n/);
    await run(['summary', '--reports', 'reports.ndjson', '-f', 'html', '-o', 'summary.html']);
    const doc = parseHtml(readFileSync(path.join(dir, 'summary.html'), 'utf8'));
    expect(text(byTag(doc, 'h1')[0]!)).toBe('Corpus summary');
  });

  it('refuses flags that cannot go together, with exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['summary', 'corpus', '-f', 'csv'], '--format csv needs --out-dir DIR (every table) or --table NAME (one table)'],
      [['summary', 'corpus', '-f', 'md', '--table', 'quotes'], '--table writes CSV tables; it does not go with --format md'],
      [['summary', 'corpus', '--table', 'findings'], 'the findings table needs --lint'],
      [['summary', '--reports', 'reports.ndjson', '--lint'], '--lint needs the articles; it cannot lint reports (run summary on the articles)'],
      [['summary', 'corpus', '--reports', 'reports.ndjson'], '--reports reads reports instead of articles; give no input paths'],
      [['summary'], 'no inputs given (paths, globs, directories, or - for stdin)'],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv);
      expect(err, argv.join(' ')).toBe(`newsx: ${message}\n`);
      expect(code).toBe(2);
    }
  });
});

describe('newsx analyze --format html', () => {
  it('puts several inputs on one page with a contents list, each article under its own id', async () => {
    const { code, out, err } = await run(['analyze', 'corpus/wire-harbour-strike.txt', 'corpus/binary.txt', 'corpus/plain-single-paragraph.txt', '--format', 'html', '--concurrency', 'off']);
    expect(code).toBe(1);
    expect(err).toBe('newsx: corpus/binary.txt: binary file (NUL byte at offset 2)\n');
    const doc = parseHtml(out);
    const articles = byTag(doc, 'article');
    expect(articles.map((a) => attr(a, 'id'))).toEqual(['a1', 'a3']);
    expect(byTag(byTag(doc, 'nav')[0]!, 'a').map((a) => attr(a, 'href'))).toEqual(['#a1', '#a3']);
    const wire = reports.find((r) => r.source === 'corpus/wire-harbour-strike.txt')!;
    expect(markKeys(articles[0]!)).toEqual(findingKeys(wire));
    expect(out.match(/<!DOCTYPE html>/g)).toHaveLength(1);
  });

  it('writes one page for stdin, its source escaped', async () => {
    const { code, out } = await run(['analyze', '-', '--format', 'html'], { stdin: 'Storm <hits> coast\n\nA storm hit the coast on Monday, officials said.\n' });
    expect(code).toBe(0);
    const doc = parseHtml(out);
    expect(text(byTag(doc, 'title')[0]!)).toBe('Storm <hits> coast');
    expect(byTag(doc, 'hits')).toHaveLength(0);
    expect(byTag(doc, 'nav')).toHaveLength(0);
  });
});
