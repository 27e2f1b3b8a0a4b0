import { Chalk, type ChalkInstance } from 'chalk';
import { count, ENTITY_HEADINGS, hasReported, inMonths, plural, quoteBuckets, timeline } from './present.js';
import type { CorpusSummary } from './types.js';
import { shortenLine, terminalLine } from '../report/terminal-text.js';

export interface SummaryTextOptions {
  /** Whether to colour; the CLI decides from flags, NO_COLOR, FORCE_COLOR and the terminal. */
  color: boolean;
  /** Terminal width the bars fill; 100 when unknown. */
  width?: number;
}

interface Row {
  label: string;
  /** The first value is the one the bar shows. */
  values: number[];
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** The corpus summary for a terminal: ranked lists and histograms as bars that fit the width. */
export function formatSummaryText(summary: CorpusSummary, options: SummaryTextOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(50, Math.min(options.width ?? 100, 160));
  const out: string[] = [];
  const { analysed, failed } = summary.articles;
  out.push(`${c.bold('newsx summary')}  ${plural(analysed, 'article')} analysed${failed ? `, ${c.red(`${count(failed)} failed`)}` : ''}`);

  const table = (heading: string, note: string, headers: string[], rows: Row[], colour: (s: string) => string) => {
    out.push('', c.bold(heading));
    if (note) out.push(...wrap(note, width - 2).map((l) => c.dim(`  ${l}`)));
    if (rows.length === 0) {
      out.push(c.dim('  none found'));
      return;
    }
    const numberWidths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => count(r.values[i]!).length)));
    const numbers = numberWidths.reduce((sum, w) => sum + w + 2, 0);
    const labelWidth = Math.min(Math.max(...rows.map((r) => terminalLine(r.label).length), 5), Math.max(12, Math.floor(width * 0.3)));
    const barWidth = Math.max(5, width - 2 - labelWidth - 1 - numbers);
    const max = Math.max(...rows.map((r) => r.values[0]!), 1);
    out.push(c.dim(`  ${''.padEnd(labelWidth)} ${''.padEnd(barWidth)}${headers.map((h, i) => `  ${h.padStart(numberWidths[i]!)}`).join('')}`));
    for (const row of rows) {
      const label = shortenLine(row.label, labelWidth).padEnd(labelWidth);
      const values = row.values.map((v, i) => `  ${count(v).padStart(numberWidths[i]!)}`).join('');
      out.push(`  ${label} ${colour(bar(row.values[0]! / max, barWidth))}${values}`);
    }
  };

  const entityColour = { person: c.cyan, organization: c.magenta, place: c.green } as const;
  for (const { type, heading } of ENTITY_HEADINGS) {
    const group = summary.entities[type];
    table(heading, `${plural(group.distinct, 'name')}, ${plural(group.mentions, 'mention')}`, ['articles', 'mentions'], group.top.map((e) => ({ label: e.name, values: [e.articles, e.mentions] })), entityColour[type]);
  }

  const reported = hasReported(summary);
  const { unattributed } = summary.speakers;
  table(
    'Most quoted',
    `${plural(summary.speakers.distinct, 'speaker')}; unattributed: ${plural(unattributed.quotes, 'quote')}${reported ? `, ${count(unattributed.reported)} reported` : ''} in ${plural(unattributed.articles, 'article')}`,
    reported ? ['all', 'reported', 'articles'] : ['quotes', 'articles'],
    summary.speakers.top.map((s) => ({ label: s.name, values: reported ? [s.quotes + s.reported, s.reported, s.articles] : [s.quotes, s.articles] })),
    c.yellow,
  );
  if (reported) out.push(c.dim('  the bar shows quotes and reported speech together'));

  const q = summary.quotes;
  table(
    'Quotes per article',
    `${plural(q.total, 'quote')} (${count(q.byKind.direct)} direct, ${count(q.byKind.partial)} partial${reported ? `; ${count(q.byKind.indirect)} reported speech` : ''}); mean ${q.mean}, median ${q.median}; ${count(q.articlesWithQuotes)} of ${count(analysed)} articles quote someone`,
    ['articles'],
    quoteBuckets(summary).map((b) => ({ label: `${b.label} quotes`.replace(/^1 quotes$/, '1 quote'), values: [b.articles] })),
    c.yellow,
  );

  const d = summary.dates;
  const line = timeline(summary);
  table(
    `Reported dates by ${line.unit}`,
    `${plural(d.total, 'date')}: ${count(inMonths(summary))} in a month, ${count(d.withoutMonth)} without one, ${count(d.unresolved)} unresolved, ${plural(d.byType.DURATION, 'duration')}, ${count(d.byType.SET)} sets`,
    ['dates'],
    line.points.map((p) => ({ label: p.label, values: [p.dates] })),
    c.blue,
  );

  const kinds = Object.entries(summary.numbers.byKind).sort(([, a], [, b]) => b - a);
  table('Numbers by kind', plural(summary.numbers.total, 'number'), ['numbers'], kinds.map(([kind, n]) => ({ label: kind, values: [n] })), c.red);

  if (summary.lint) {
    const l = summary.lint;
    table(
      'Lint findings by rule',
      `${plural(l.errors, 'error')}, ${plural(l.warnings, 'warning')} in ${plural(l.articles, 'article')}`,
      ['findings', 'errors', 'warnings', 'articles'],
      l.rules.map((r) => ({ label: r.rule, values: [r.errors + r.warnings, r.errors, r.warnings, r.articles] })),
      c.red,
    );
  }

  if (failed > 0) {
    out.push('', c.bold(`Failed ${c.dim(`(${count(failed)})`)}`));
    for (const f of summary.failures) out.push(`  ${shortenLine(`${f.source}: ${f.problem}`, width - 2)}`);
    if (failed > summary.failures.length) out.push(c.dim(`  … and ${count(failed - summary.failures.length)} more`));
  }
  return `${out.join('\n')}\n`;
}

function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const text = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
  return text.padEnd(width);
}

/** Words laid out in lines of at most `width` characters (a longer word is cut). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : shortenLine(word, width);
  }
  if (line) lines.push(line);
  return lines;
}
