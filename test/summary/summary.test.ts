import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvFailedRow, csvHeader, csvRows, FAILURES_KEPT, SummaryBuilder } from '../../src/summary/index.js';
import { formatSummaryHtml } from '../../src/summary/html.js';
import { formatSummaryMarkdown } from '../../src/summary/markdown.js';
import { parseReportLine } from '../../src/summary/parse.js';
import { quoteBuckets, timeline } from '../../src/summary/present.js';
import { formatSummaryText } from '../../src/summary/text.js';
import type { DateMention, Entity, Quote, Report } from '../../src/types.js';
import { attr, byTag, elements, parseHtml, text } from '../helpers/html.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/golden/000_a8d46ff2df23af88.txt.report.json', import.meta.url), 'utf8')) as Report;
const at = { start: 0, end: 1, text: 'x', section: 'body' as const };

function report(source: string, parts: { entities?: Entity[]; quotes?: Quote[]; dates?: DateMention[]; numbers?: Report['numbers'] }): Report {
  return {
    schemaVersion: '1.0.0',
    source,
    referenceDate: null,
    referenceDateSource: null,
    sections: { headline: null, preamble: null, title: null, body: null, insights: null },
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    numbers: parts.numbers ?? [],
    dates: parts.dates ?? [],
  };
}

const person = (id: string, name: string, mentions: number): Entity => ({ id, name, type: 'person', title: null, mentions: Array.from({ length: mentions }, () => at) });
const said = (name: string | null, entity: string | null, kind: Quote['kind'] = 'direct'): Quote => ({ ...at, kind, speaker: name ? { ...at, name, entity } : null, cue: null });
const date = (value: string | null, type: DateMention['type'] = 'DATE'): DateMention => ({ ...at, type, value });

describe('SummaryBuilder', () => {
  it('merges entities by name and type across articles, counting articles and mentions each', () => {
    const builder = new SummaryBuilder();
    builder.add(report('a', { entities: [person('e1', 'Ann Lee', 3), { ...person('e2', 'Lee', 1), type: 'organization' }] }));
    builder.add(report('b', { entities: [person('e1', 'Ann Lee', 1), person('e2', 'Bo Chan', 5)] }));
    builder.add(report('c', { entities: [person('e7', 'Bo Chan', 1), person('e8', 'Bo Chan', 1)] }));
    const s = builder.result();
    expect(s.entities.person).toEqual({
      distinct: 2,
      mentions: 11,
      top: [
        { name: 'Bo Chan', articles: 2, mentions: 7 },
        { name: 'Ann Lee', articles: 2, mentions: 4 },
      ],
    });
    expect(s.entities.organization.top).toEqual([{ name: 'Lee', articles: 1, mentions: 1 }]);
    expect(builder.result(1).entities.person.top.map((e) => e.name)).toEqual(['Bo Chan']);
  });

  it('ranks speakers by what they said, keeps reported speech apart and counts the unattributed', () => {
    const builder = new SummaryBuilder();
    builder.add(report('a', { entities: [person('e1', 'Ann Lee', 1)], quotes: [said('Ann Lee', 'e1'), said('Ann Lee', 'e1', 'partial'), said(null, null)] }));
    builder.add(report('b', { quotes: [said('Ann Lee', null, 'indirect'), said('He', null), said(null, null, 'indirect')] }));
    builder.add(report('c', {}));
    const s = builder.result();
    expect(s.speakers.top).toEqual([
      { name: 'Ann Lee', type: 'person', quotes: 2, reported: 1, articles: 2 },
      { name: 'He', type: null, quotes: 1, reported: 0, articles: 1 },
    ]);
    expect(s.speakers.unattributed).toEqual({ quotes: 1, reported: 1, articles: 2 });
    expect(s.quotes.byKind).toEqual({ direct: 3, partial: 1, indirect: 2 });
    expect(s.quotes.total).toBe(4);
    expect(s.quotes.perArticle).toEqual([
      { quotes: 0, articles: 1 },
      { quotes: 1, articles: 1 },
      { quotes: 2, articles: 0 },
      { quotes: 3, articles: 1 },
    ]);
    expect(s.quotes.mean).toBe(1.33);
    expect(s.quotes.median).toBe(1);
    expect(s.quotes.articlesWithQuotes).toBe(2);
  });

  it('counts dates by calendar month, and apart those without a month or a value', () => {
    const builder = new SummaryBuilder();
    builder.add(report('a', { dates: [date('2025-03-14'), date('2025-03'), date('2025-03-14T09:00', 'TIME'), date('2025'), date('2025-W11'), date(null), date('P3D', 'DURATION')] }));
    builder.add(report('b', { dates: [date('2025-01-02'), date('2025-13'), date('PRESENT_REF'), date('XXXX-WXX-1', 'SET')] }));
    const s = builder.result();
    expect(s.dates.byMonth).toEqual([
      { month: '2025-01', dates: 1, articles: 1 },
      { month: '2025-03', dates: 3, articles: 1 },
    ]);
    expect(s.dates).toMatchObject({ total: 11, withoutMonth: 4, unresolved: 1, byType: { DATE: 8, TIME: 1, DURATION: 1, SET: 1 } });
    expect(timeline(s).points).toEqual([
      { label: '2025-01', dates: 1 },
      { label: '2025-02', dates: 0 },
      { label: '2025-03', dates: 3 },
    ]);
    const stray = new SummaryBuilder();
    stray.add(report('c', { dates: [date('1066-10-14'), date('2025-03-01')] }));
    expect(timeline(stray.result())).toEqual({ unit: 'year', points: [{ label: '1066', dates: 1 }, { label: '2025', dates: 1 }] });
  });

  it('counts numbers by kind, failures (naming only the first ones) and lint findings per rule', () => {
    const builder = new SummaryBuilder().withLint();
    builder.add(seed, { index: 1, messages: [{ ruleId: 'no-preamble', severity: 'error' }, { ruleId: 'title-style', severity: 'warning' }, { ruleId: 'title-style', severity: 'warning' }] });
    builder.add({ ...seed, source: 'b' }, { index: 2, messages: [] });
    builder.addLint(2, [{ ruleId: 'duplicate-article', severity: 'warning' }]);
    for (let i = 0; i < FAILURES_KEPT + 5; i++) builder.fail(`bad${i}.txt`, 'no such file');
    const s = builder.result();
    expect(s.numbers.total).toBe(seed.numbers.length * 2);
    expect(s.numbers.byKind.cardinal + s.numbers.byKind.ordinal).toBe(s.numbers.total);
    expect(s.articles).toEqual({ analysed: 2, failed: FAILURES_KEPT + 5 });
    expect(s.failures).toHaveLength(FAILURES_KEPT);
    expect(s.lint).toEqual({
      errors: 1,
      warnings: 3,
      articles: 2,
      rules: [
        { rule: 'title-style', errors: 0, warnings: 2, articles: 1 },
        { rule: 'duplicate-article', errors: 0, warnings: 1, articles: 1 },
        { rule: 'no-preamble', errors: 1, warnings: 0, articles: 1 },
      ],
    });
    expect(new SummaryBuilder().result().lint).toBeNull();
  });

  it('buckets quotes per article from ten up', () => {
    const builder = new SummaryBuilder();
    for (const n of [0, 2, 10, 12]) builder.add(report('a', { quotes: Array.from({ length: n }, () => said('A', null)) }));
    expect(quoteBuckets(builder.result()).map((b) => `${b.label}:${b.articles}`)).toEqual(['0:1', '1:0', '2:1', '3:0', '4:0', '5:0', '6:0', '7:0', '8:0', '9:0', '10+:2']);
  });
});

describe('summary writers', () => {
  const builder = new SummaryBuilder();
  builder.add(seed);
  builder.add(report('evil.txt', { entities: [person('e1', '<script>alert(1)</script> & "Co"', 2)], quotes: [said('<img src=x onerror=alert(1)>', null, 'indirect')], dates: [date('2025-02-01')] }));
  builder.fail('<b>bad</b>.txt', 'no such file');
  const summary = builder.result();

  const trump = summary.speakers.top.find((speaker) => speaker.name === 'Donald Trump')!;
  const [trumpQuoted, trumpReported] = [trump.quotes, trump.reported];

  it('writes a terminal summary that fits the width and colours only when asked', () => {
    const plain = formatSummaryText(summary, { color: false, width: 80 });
    expect(plain).not.toContain('\u001b[');
    for (const line of plain.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(plain).toMatch(/^newsx summary {2}2 articles analysed, 1 failed\n/);
    expect(plain).toMatch(new RegExp(`\\n {2}Donald Trump +█+ +${trumpQuoted + trumpReported} +${trumpReported} +1\\n`));
    expect(plain).toContain('Reported dates by month');
    const coloured = formatSummaryText(summary, { color: true, width: 80 });
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('writes Markdown tables with escaped names', () => {
    const md = formatSummaryMarkdown(summary);
    expect(md).toContain(`| Donald Trump | ${trumpQuoted} | ${trumpReported} | 1 |`);
    expect(md).toContain('| \\<script\\>alert(1)\\</script\\> \\& "Co" | 1 | 2 |');
    expect(md).toContain('## Failed');
  });

  it('keeps a failed source in its Markdown code span and spells out escapes in the terminal summary', () => {
    const hostile = new SummaryBuilder();
    hostile.fail('a`b\n# Injected\x1b[2J.txt', 'no such file');
    const result = hostile.result();
    const md = formatSummaryMarkdown(result);
    expect(md).toContain('- ``a`b # Injected\\x1b[2J.txt``: no such file');
    expect(md.split('\n').filter((line) => line.startsWith('#') && !line.startsWith('##'))).toEqual(['# Corpus summary']);
    const text = formatSummaryText(result, { color: false, width: 80 });
    expect(text).toContain('a`b # Injected\\x1b[2J.txt: no such file');
    expect(text).not.toContain('\x1b');
  });

  it('writes one self-contained HTML page with SVG charts, a table for every chart and everything escaped', () => {
    const doc = parseHtml(formatSummaryHtml(summary));
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(byTag(doc, 'img')).toHaveLength(0);
    expect(byTag(doc, 'b')).toHaveLength(0);
    expect(elements(doc, (el) => ['link', 'iframe', 'object'].includes(el.tagName!) || attr(el, 'src') !== undefined)).toEqual([]);
    const svgs = byTag(doc, 'svg');
    expect(svgs.length).toBeGreaterThan(5);
    const charts = svgs.filter((svg) => attr(svg, 'role') === 'img');
    expect(charts.map((svg) => attr(svg, 'aria-label'))).toEqual([
      'Dates by month, 2025-02; the most, 1 date, at 2025-02.',
      'Articles by number of quotes, 0 to 10+; the most, 1 article, at 0.',
    ]);
    const names = byTag(doc, 'th').map((th) => text(th));
    expect(names).toContain('<script>alert(1)</script> & "Co"');
    expect(names).toContain('<img src=x onerror=alert(1)>');
    expect(text(doc)).toContain('<b>bad</b>.txt');
    expect(byTag(doc, 'h2').map((h) => text(h))).toEqual(['People', 'Organizations', 'Places', 'Most quoted', 'Reported dates by month', 'Quotes per article', 'Numbers by kind', 'Failed']);
  });
});

describe('CSV tables and report lines', () => {
  it('writes one row per finding with the source, quoting what needs it', () => {
    const tricky: Report = { ...seed, source: 'dir/a "b", c.txt' };
    const quotes = parseCsv(csvHeader('quotes') + csvRows('quotes', tricky));
    expect(quotes[0]).toEqual(['source', 'quote', 'kind', 'speaker', 'speaker_entity', 'speaker_type', 'cue', 'section', 'start', 'end', 'text']);
    expect(quotes).toHaveLength(seed.quotes.length + 1);
    expect(quotes.slice(1).map((row) => [row[0], row[3], row[10]])).toEqual(seed.quotes.map((q) => [tricky.source, q.speaker?.name ?? '', q.text]));
    expect(parseCsv(csvRows('entities', seed))).toHaveLength(seed.entities.length);
    expect(parseCsv(csvRows('dates', seed)).map((row) => row[3])).toEqual(seed.dates.map((d) => d.value ?? ''));
    expect(parseCsv(csvRows('numbers', seed)).map((row) => Number(row[3]))).toEqual(seed.numbers.map((n) => n.value));
    const row = [seed.source, 'ok', '', seed.sections.title!.text, seed.entities.length, seed.quotes.length, seed.numbers.length, seed.dates.length, ''].map(String);
    expect(parseCsv(csvRows('articles', seed))).toEqual([row]);
    expect(parseCsv(csvFailedRow('x\ny.txt', 'no such file'))).toEqual([['x\ny.txt', 'failed', 'no such file', '', '', '', '', '', '']]);
  });

  it('reads report lines and names the ones that are not reports', () => {
    expect(parseReportLine(JSON.stringify(seed))).toEqual(seed);
    expect(parseReportLine('{')).toBe('not one report per line (write reports with --format ndjson)');
    expect(parseReportLine('nope')).toBe('not JSON');
    expect(parseReportLine('[1]')).toBe('not a JSON object');
    expect(parseReportLine('{"source": "a"}')).toBe('not a newsx report (no "entities" array)');
    expect(parseReportLine(JSON.stringify({ ...seed, quotes: [{ text: 'x', speaker: 'Ann' }] }))).toBe('quotes[0].speaker is not a speaker');
  });
});

/** A small RFC 4180 reader, enough to check the writer's quoting round-trips. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}
