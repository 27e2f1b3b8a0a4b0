import { attributes, escapeHtml } from '../report/html-escape.js';
import { htmlDocument } from '../report/html-page.js';
import { count, ENTITY_HEADINGS, hasReported, inMonths, plural, quoteBuckets, timeline } from './present.js';
import type { CorpusSummary } from './types.js';

interface RankRow {
  label: string;
  /** The first value is the one the bar shows. */
  values: number[];
}

/**
 * The corpus summary as one self-contained page: figures at the top, ranked lists as tables with
 * inline SVG bars, the dates timeline and the quotes-per-article histogram as SVG column charts.
 * Every chart has its numbers in text beside or under it, so nothing depends on reading a bar.
 */
export function formatSummaryHtml(summary: CorpusSummary): string {
  const { analysed, failed } = summary.articles;
  const reported = hasReported(summary);
  const q = summary.quotes;
  const d = summary.dates;
  const stats: Array<[string, number]> = [
    ['articles analysed', analysed],
    ['failed', failed],
    ['quotes', q.total],
    ...(reported ? ([['reported speech', q.byKind.indirect]] as Array<[string, number]>) : []),
    ['people', summary.entities.person.distinct],
    ['organizations', summary.entities.organization.distinct],
    ['places', summary.entities.place.distinct],
    ['dates', d.total],
    ['numbers', summary.numbers.total],
  ];
  const cards: string[] = [];
  for (const { type, heading } of ENTITY_HEADINGS) {
    const group = summary.entities[type];
    cards.push(
      card(heading, `${plural(group.distinct, 'name')}, ${plural(group.mentions, 'mention')}; by the articles that mention them.`, rankTable(['Name', 'Articles', 'Mentions'], group.top.map((e) => ({ label: e.name, values: [e.articles, e.mentions] })), type)),
    );
  }
  const { unattributed } = summary.speakers;
  cards.push(
    card(
      'Most quoted',
      `${plural(summary.speakers.distinct, 'speaker')}. Unattributed: ${plural(unattributed.quotes, 'quote')}${reported ? `, ${count(unattributed.reported)} reported` : ''} in ${plural(unattributed.articles, 'article')}.${reported ? ' Bars count quotes and reported speech together.' : ''}`,
      rankTable(
        reported ? ['Speaker', 'Quotes + reported', 'Reported', 'Articles'] : ['Speaker', 'Quotes', 'Articles'],
        summary.speakers.top.map((s) => ({ label: s.name, values: reported ? [s.quotes + s.reported, s.reported, s.articles] : [s.quotes, s.articles] })),
        'quote',
      ),
    ),
  );
  const line = timeline(summary);
  cards.push(
    card(
      `Reported dates by ${line.unit}`,
      `${plural(d.total, 'date')}: ${count(inMonths(summary))} in a month, ${count(d.withoutMonth)} without one (a year, a week, “now”), ${count(d.unresolved)} unresolved, ${plural(d.byType.DURATION, 'duration')}, ${count(d.byType.SET)} sets.`,
      columnChart(line.points.map((p) => ({ label: p.label, value: p.dates })), { unit: 'date', what: `Dates by ${line.unit}`, colour: 'date', wide: true }),
      'wide',
    ),
  );
  cards.push(
    card(
      'Quotes per article',
      `${plural(q.total, 'quote')} (${count(q.byKind.direct)} direct, ${count(q.byKind.partial)} partial); mean ${q.mean}, median ${q.median}; ${count(q.articlesWithQuotes)} of ${count(analysed)} articles quote someone.`,
      columnChart(quoteBuckets(summary).map((b) => ({ label: b.label, value: b.articles })), { unit: 'article', what: 'Articles by number of quotes', colour: 'quote' }),
    ),
  );
  cards.push(
    card(
      'Numbers by kind',
      `${plural(summary.numbers.total, 'number')}.`,
      rankTable(['Kind', 'Numbers'], Object.entries(summary.numbers.byKind).sort(([, a], [, b]) => b - a).map(([kind, n]) => ({ label: kind, values: [n] })), 'number'),
    ),
  );
  if (summary.lint) {
    const l = summary.lint;
    cards.push(
      card(
        'Lint findings by rule',
        `${plural(l.errors, 'error')}, ${plural(l.warnings, 'warning')} in ${plural(l.articles, 'article')}.`,
        rankTable(['Rule', 'Findings', 'Errors', 'Warnings', 'Articles'], l.rules.map((r) => ({ label: r.rule, values: [r.errors + r.warnings, r.errors, r.warnings, r.articles] })), 'number'),
      ),
    );
  }
  if (failed > 0) {
    const items = summary.failures.map((f) => `<li><code>${escapeHtml(f.source)}</code>: ${escapeHtml(f.problem)}</li>`);
    if (failed > summary.failures.length) items.push(`<li class="muted">… and ${count(failed - summary.failures.length)} more</li>`);
    cards.push(card('Failed', `${plural(failed, 'article')} could not be analysed.`, `<ul class="failures">${items.join('')}</ul>`));
  }

  const body = [
    '<div class="page">',
    '<header class="page-head">',
    '<h1>Corpus summary</h1>',
    `<p>${plural(analysed, 'article')} analysed by newsx${failed ? `, ${count(failed)} failed` : ''}.</p>`,
    `<dl class="stats">${stats.map(([label, n]) => `<div><dt>${label}</dt><dd>${count(n)}</dd></div>`).join('')}</dl>`,
    '</header>',
    `<main class="cards">${cards.join('\n')}</main>`,
    '</div>',
  ].join('\n');
  return htmlDocument({ title: `newsx: corpus summary of ${plural(analysed, 'article')}`, css: SUMMARY_CSS, body });
}

function card(heading: string, note: string, content: string, extra = ''): string {
  const id = `c-${heading.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return `<section${attributes({ class: `card ${extra}`.trim(), 'aria-labelledby': id })}><h2 id="${id}">${escapeHtml(heading)}</h2><p class="muted">${escapeHtml(note)}</p>${content}</section>`;
}

/** A ranked list as a table whose second column is an inline SVG bar of the first value. */
function rankTable(headers: string[], rows: RankRow[], colour: string): string {
  if (rows.length === 0) return '<p class="muted">None found.</p>';
  const max = Math.max(...rows.map((r) => r.values[0]!), 1);
  const head = `<tr><th scope="col">${escapeHtml(headers[0]!)}</th><th scope="col" class="bar-col"><span class="sr">bar</span></th>${headers
    .slice(1)
    .map((h) => `<th scope="col" class="n">${escapeHtml(h)}</th>`)
    .join('')}</tr>`;
  const body = rows.map((row) => {
    const width = ((row.values[0]! / max) * 100).toFixed(1);
    const svg = `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="${colour}" width="${width}" height="10" rx="1"/></svg>`;
    return `<tr><th scope="row">${escapeHtml(row.label)}</th><td class="bar-col">${svg}</td>${row.values.map((v) => `<td class="n">${count(v)}</td>`).join('')}</tr>`;
  });
  return `<div class="table-scroll"><table class="rank"><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div>`;
}

/**
 * Columns over a category axis (months, quote counts), labelled often enough to read and never
 * so often that labels collide; every column has a tooltip, and the numbers follow in a table.
 */
function columnChart(points: Array<{ label: string; value: number }>, options: { /** Singular: "date". */ unit: string; what: string; colour: string; wide?: boolean }): string {
  if (points.length === 0) return '<p class="muted">None found.</p>';
  const width = options.wide ? 960 : Math.min(720, Math.max(420, points.length * 48));
  const height = 220;
  const left = 44;
  const bottom = 28;
  const top = 10;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = Math.max(...points.map((p) => p.value), 1);
  const step = plotW / points.length;
  const barW = Math.max(1, step * 0.8);
  const every = Math.max(1, Math.ceil(points.length / Math.floor(plotW / 64)));
  const parts: string[] = [];
  for (const fraction of [0, 0.5, 1]) {
    const y = top + plotH - fraction * plotH;
    parts.push(`<line class="grid" x1="${left}" x2="${width - 8}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}"/>`);
    parts.push(`<text class="axis" x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${count(Math.round(max * fraction))}</text>`);
  }
  points.forEach((p, i) => {
    const h = (p.value / max) * plotH;
    const x = left + i * step + (step - barW) / 2;
    parts.push(
      `<rect class="${options.colour}" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(p.label)}: ${plural(p.value, options.unit)}</title></rect>`,
    );
    if (i % every === 0) parts.push(`<text class="axis" x="${(left + i * step + step / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeHtml(p.label)}</text>`);
  });
  const peak = points.reduce((a, b) => (b.value > a.value ? b : a));
  const range = points.length === 1 ? points[0]!.label : `${points[0]!.label} to ${points[points.length - 1]!.label}`;
  const label = `${options.what}, ${range}; the most, ${plural(peak.value, options.unit)}, at ${peak.label}.`;
  const chart = `<svg class="columns${options.wide ? ' wide' : ''}" viewBox="0 0 ${width} ${height}" role="img"${attributes({ 'aria-label': label })}>${parts.join('')}</svg>`;
  const rows = points.map((p) => `<tr><th scope="row">${escapeHtml(p.label)}</th><td class="n">${count(p.value)}</td></tr>`).join('');
  return `<div class="chart">${chart}</div><details><summary>The numbers</summary><table class="values"><thead><tr><th scope="col">${escapeHtml(options.what.split(' by ')[1] ?? '')}</th><th scope="col" class="n">${escapeHtml(options.unit)}s</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

const SUMMARY_CSS = `
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .5rem; margin: 1rem 0 .5rem; }
.stats div { border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .6rem; background: var(--wash); }
.stats dt { font-size: .8rem; color: var(--muted); }
.stats dd { margin: 0; font-size: 1.35rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1rem 2rem; }
.card { min-width: 0; }
.card.wide { grid-column: 1 / -1; }
.card h2 { margin: .75rem 0 .1rem; }
.card > p { margin: 0 0 .5rem; font-size: .88rem; }
table.rank th, table.rank td { overflow-wrap: normal; }
table.rank th[scope="row"] { font-weight: 400; overflow-wrap: break-word; }
table.rank .bar-col { width: 30%; min-width: 3rem; padding-left: .25rem; padding-right: .25rem; }
svg.bar { display: block; width: 100%; height: .8rem; }
.chart, .table-scroll { overflow-x: auto; }
svg.columns { display: block; width: 100%; min-width: 30rem; height: auto; max-height: 18rem; }
svg.columns.wide { min-width: 42rem; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; fill: var(--muted); }
rect.person { fill: var(--person); } rect.organization { fill: var(--organization); } rect.place { fill: var(--place); }
rect.quote { fill: var(--quote); } rect.date { fill: var(--date); } rect.number { fill: var(--number); }
details { margin: .25rem 0 .5rem; font-size: .9rem; }
summary { cursor: pointer; color: var(--link); }
table.values { width: auto; min-width: 12rem; }
.failures { font-size: .9rem; padding-left: 1.2rem; overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  table.rank .bar-col { width: 22%; }
  table.rank th[scope="row"] { min-width: 6.5rem; }
}
@media print {
  .cards { display: block; }
  .card { break-inside: avoid; }
  svg rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
