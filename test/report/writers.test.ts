import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import { loadWriter } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';

const report = JSON.parse(readFileSync(new URL('../../fixtures/golden/000_a8d46ff2df23af88.txt.report.json', import.meta.url), 'utf8')) as Report;
const empty: Report = { ...report, source: 'empty.txt', sections: { headline: null, preamble: null, title: null, body: null, insights: null }, entities: [], quotes: [], numbers: [], dates: [] };

describe('report writers', () => {
  it('writes one indented object, or one NDJSON line', () => {
    expect(formatJson(report, { pretty: true }).split('\n').length).toBeGreaterThan(100);
    const line = formatJson(report);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(report);
  });

  it('writes Markdown with the outline, an entity table with mention counts, quotes, numbers and dates', () => {
    const md = formatMarkdown(report);
    expect(md).toMatch(/^# Donald Trump's Special Envoy Meets Putin on Ukraine Crisis:\n/);
    expect(md).toContain('- **insights**: "Additional Insights:", 8 items');
    expect(md).toContain('| Donald Trump | person | President | 8 |');
    expect(md).toContain('- “Vladimir, STOP!” — **Donald Trump** (write)');
    expect(md).toContain('| three-hour | 3 | cardinal | hour | meeting |');
    expect(md).toContain('| Friday | DATE | — |');
  });

  it('says so when a section of the Markdown report is empty', () => {
    const md = formatMarkdown(empty);
    expect(md).toContain('_The article is empty._');
    expect(md.match(/_None found\._/g)).toHaveLength(4);
  });

  it('colours the terminal report only when asked', () => {
    const plain = formatText(report, { color: false });
    const coloured = formatText(report, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
    expect(plain).toContain('Quotes (13)');
    expect(plain).toMatch(/Donald Trump write: “Vladimir, STOP!”/);
    expect(plain.replace(/\u001b\[[0-9;]*m/g, '')).toBe(coloured.replace(/\u001b\[[0-9;]*m/g, ''));
  });

  it('shortens long quotes to the terminal width', () => {
    const narrow = formatText(report, { color: false, width: 60 });
    for (const line of narrow.split('\n').filter((l) => l.includes('“'))) expect(line.length).toBeLessThanOrEqual(90);
  });

  it('loads the writer for each --format', async () => {
    expect((await loadWriter('ndjson'))(report, { color: false, count: 1 })).toBe(formatJson(report));
    expect((await loadWriter('json'))(report, { color: false, count: 1 })).toBe(formatJson(report, { pretty: true }));
    expect((await loadWriter('json'))(report, { color: false, count: 2 })).toBe(formatJson(report));
    expect((await loadWriter('md'))(report, { color: false, count: 1 })).toBe(formatMarkdown(report));
  });

  it.each([
    ['a backtick', 'a`b.txt', '``a`b.txt``'],
    ['backticks at both ends', '`x`', '`` `x` ``'],
    ['a run of backticks', 'a```b', '````a```b````'],
    ['a line break and a heading', 'a.txt\n# Injected heading\n- item', '`a.txt # Injected heading - item`'],
    ['a leading heading mark', '# heading.txt', '`# heading.txt`'],
    ['HTML', '<script>alert(1)</script>.txt', '`<script>alert(1)</script>.txt`'],
    ['a terminal escape', 'x\x1b[2J.txt', '`x\\x1b[2J.txt`'],
    ['a plain path', 'corpus/a.txt', '`corpus/a.txt`'],
  ])('keeps a source with %s inside its code span', (_name, source, span) => {
    const md = formatMarkdown({ ...empty, source });
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^# [^\n]*$/);
    expect(lines[2]).toBe(`- Source: ${span}`);
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([lines[0], '## Sections', '## Entities (0)', '## Quotes (0)', '## Numbers (0)', '## Dates (0)']);
    // The title falls back to the source: every backtick and angle bracket in it is escaped.
    expect(lines[0]).not.toMatch(/(^|[^\\])[`<>]|\x1b/);
  });
});
