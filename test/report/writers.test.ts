import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { displayWidth } from '../../src/report/display-width.js';
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
    expect(md).toMatch(/^# Donald Trump's Special Envoy Meets Putin on Ukraine Crisis\n/);
    expect(md).toContain("- Preamble: Here's the Rewritten Article:\n");
    expect(md).toContain('- Sections: headline, preamble, title, body (8 paragraphs), insights (8 items)\n');
    expect(md).toContain('| Donald Trump | person | President | 8 |');
    expect(md).toContain('- “Vladimir, STOP!” — **Donald Trump** (to write) · _body ¶6_');
    expect(md).toContain('- “finish it off.” — **Donald Trump** (posted) · _insights #7_');
    expect(md).toContain("- “Let's get the Peace Deal DONE!” — **Donald Trump** (wrote) · _body ¶6_");
    expect(md).toContain('| three-hour | 3 | cardinal | hour | meeting | body ¶1 |');
    expect(md).toContain('| three-hour | 3 | cardinal | hour | meeting | insights #4 |');
    expect(md).toContain('| Friday | DATE | — | body ¶3 |');
    expect(md).not.toMatch(/characters|Reference date: none|present\)/);
  });

  it.each([
    ['a trailing colon', 'Envoy Meets Putin:', 'Envoy Meets Putin'],
    ['a trailing colon and spaces', 'Envoy Meets Putin :  ', 'Envoy Meets Putin'],
    ['a colon inside the title', 'Ukraine: what comes next', 'Ukraine: what comes next'],
    ['no colon', 'Envoy Meets Putin', 'Envoy Meets Putin'],
  ])('heads the Markdown report with the title, without %s', (_, title, heading) => {
    const titled: Report = { ...report, sections: { ...report.sections, title: { start: 0, end: title.length, text: title } } };
    expect(formatMarkdown(titled).split('\n')[0]).toBe(`# ${heading}`);
  });

  it.each([
    ['strikethrough and an ampersand', 'Tom & Jerry ~~win~~', 'Tom \\& Jerry \\~\\~win\\~\\~'],
    ['an entity reference', 'Caf&eacute; &#169; owners', 'Caf\\&eacute; \\&#169; owners'],
    ['emphasis, code, a link and a pipe', '*a* `b` [c](d) e|f', '\\*a\\* \\`b\\` \\[c\\](d) e\\|f'],
    ['plain words, left alone', 'Envoy meets Putin', 'Envoy meets Putin'],
  ])('escapes %s in Markdown', (_, title, escaped) => {
    const titled: Report = { ...report, sections: { ...report.sections, title: { start: 0, end: title.length, text: title } } };
    const md = formatMarkdown({ ...titled, entities: [{ id: 'e99', name: title, type: 'person', title: null, mentions: [] }] });
    expect(md.split('\n')[0]).toBe(`# ${escaped}`);
    expect(md).toContain(`| ${escaped} | person |  | 0 |`);
  });

  it('gives the reference date and where it came from only when there is one', () => {
    expect(formatMarkdown({ ...report, referenceDate: '2025-03-14', referenceDateSource: 'dateline' })).toContain('- Reference date: 2025-03-14 (from the dateline)\n');
    expect(formatMarkdown({ ...report, referenceDate: '2025-03-14', referenceDateSource: 'option' })).toContain('- Reference date: 2025-03-14\n');
    expect(formatMarkdown(report)).not.toContain('Reference date');
    expect(formatText({ ...report, referenceDate: '2025-03-14', referenceDateSource: 'dateline' }, { color: false })).toMatch(/^ref date 2025-03-14 \(dateline\)$/m);
  });

  it('shows where each quote, number and date is in the terminal report, and the preamble as written', () => {
    const plain = formatText(report, { color: false, width: 100 });
    expect(plain).toMatch(/^preamble Here's the Rewritten Article:$/m);
    expect(plain).toMatch(/^sections headline, preamble, title, body \(8 paragraphs\), insights \(8 items\)$/m);
    expect(plain).toMatch(/^ {2}body ¶5 {6}Donald Trump mentioned: “finish it off\.”$/m);
    expect(plain).toMatch(/^ {2}insights #7 {2}Donald Trump posted: “finish it off\.”$/m);
    expect(plain).toMatch(/^ {2}insights #4 {2}three-hour {2}3 {3}cardinal, hour, counts meeting$/m);
    expect(plain).toMatch(/^ {2}body ¶3 {6}Friday {27}DATE {6}unresolved$/m);
    expect(plain).not.toMatch(/characters|\(present\)/);
  });

  it('says so when a section of the Markdown report is empty', () => {
    const md = formatMarkdown(empty);
    expect(md).toContain('- Sections: _none: the article is empty._');
    expect(md.match(/_None found\._/g)).toHaveLength(4);
  });

  it('colours the terminal report only when asked', () => {
    const plain = formatText(report, { color: false });
    const coloured = formatText(report, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
    expect(plain).toContain('Quotes (13)');
    expect(plain).toMatch(/body ¶6 +Donald Trump to write: “Vladimir, STOP!”/);
    expect(plain.replace(/\u001b\[[0-9;]*m/g, '')).toBe(coloured.replace(/\u001b\[[0-9;]*m/g, ''));
  });

  it.each([40, 60, 80, 160])('fits every line in %i columns, wide and combining characters included', (width) => {
    const wide: Report = {
      ...report,
      entities: [{ id: 'e99', name: '习近平 Xi Jinping', type: 'person', title: null, mentions: [] }, ...report.entities],
      quotes: [{ ...report.quotes[0]!, kind: 'direct', text: `${'Cafe\u0301 owners in 北京 said prices rose sharply. '.repeat(6)}`, speaker: { ...report.quotes[0]!.speaker!, name: '习近平' } }, ...report.quotes],
    };
    const lines = formatText(wide, { color: true, width }).split('\n').map((line) => line.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
    expect(lines.some((line) => line.includes('习近平'))).toBe(true);
  });

  it('wraps long values at spaces, under themselves, and shortens a long quote with an ellipsis', () => {
    const lines = formatText(report, { color: false, width: 80 }).split('\n');
    const headline = lines.findIndex((line) => line.startsWith('headline '));
    expect(lines[headline]).toBe('headline Russia reports advancement in Ukraine talks, with US envoy conferring');
    expect(lines[headline + 1]).toBe('         with Putin; Kremlin advisor highlights potential for re-establishing');
    const zelenskyy = lines.findIndex((line) => line.includes('Volodymyr Zelenskyy stating: “Our position'));
    expect(lines[zelenskyy + 1]).toMatch(/^ {17}\S.*…$/);
    expect(lines[zelenskyy + 2]).not.toMatch(/^ {17}\S/);
  });

  it('defaults to 80 columns', () => {
    expect(formatText(report, { color: false })).toBe(formatText(report, { color: false, width: 80 }));
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
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([lines[0], '## Entities (0)', '## Quotes (0)', '## Numbers (0)', '## Dates (0)']);
    // The title falls back to the source: every backtick and angle bracket in it is escaped.
    expect(lines[0]).not.toMatch(/(^|[^\\])[`<>]|\x1b/);
  });
});
