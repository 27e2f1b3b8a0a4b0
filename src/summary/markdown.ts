import { escapeMarkdown as cell, markdownCode } from '../report/markdown-escape.js';
import { count, ENTITY_HEADINGS, hasReported, inMonths, plural, quoteBuckets, timeline } from './present.js';
import type { CorpusSummary } from './types.js';

/** The corpus summary as Markdown: one table per list, for a pull request, a wiki or a notebook. */
export function formatSummaryMarkdown(summary: CorpusSummary): string {
  const { analysed, failed } = summary.articles;
  const out: string[] = ['# Corpus summary', '', `${plural(analysed, 'article')} analysed, ${count(failed)} failed.`];
  const table = (headers: string[], rows: Array<Array<string | number>>) => {
    if (rows.length === 0) return out.push('_None found._');
    out.push(`| ${headers.join(' | ')} |`, `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.map((v, i) => (typeof v === 'number' ? count(v) : i === 0 ? cell(v) : v)).join(' | ')} |`);
    return out.length;
  };

  for (const { type, heading } of ENTITY_HEADINGS) {
    const group = summary.entities[type];
    out.push('', `## ${heading}`, '', `${plural(group.distinct, 'name')}, ${plural(group.mentions, 'mention')}.`, '');
    table(['Name', 'Articles', 'Mentions'], group.top.map((e) => [e.name, e.articles, e.mentions]));
  }

  const reported = hasReported(summary);
  const { unattributed } = summary.speakers;
  out.push('', '## Most quoted', '', `${plural(summary.speakers.distinct, 'speaker')}. Unattributed: ${plural(unattributed.quotes, 'quote')}${reported ? `, ${count(unattributed.reported)} reported` : ''} in ${plural(unattributed.articles, 'article')}.`, '');
  table(
    reported ? ['Speaker', 'Quotes', 'Reported', 'Articles'] : ['Speaker', 'Quotes', 'Articles'],
    summary.speakers.top.map((s) => (reported ? [s.name, s.quotes, s.reported, s.articles] : [s.name, s.quotes, s.articles])),
  );

  const q = summary.quotes;
  out.push(
    '',
    '## Quotes per article',
    '',
    `${plural(q.total, 'quote')} (${count(q.byKind.direct)} direct, ${count(q.byKind.partial)} partial${reported ? `; ${count(q.byKind.indirect)} reported speech` : ''}); mean ${q.mean}, median ${q.median}; ${count(q.articlesWithQuotes)} of ${count(analysed)} articles quote someone.`,
    '',
  );
  table(['Quotes', 'Articles'], quoteBuckets(summary).map((b) => [b.label, b.articles]));

  const d = summary.dates;
  const line = timeline(summary);
  out.push(
    '',
    `## Reported dates by ${line.unit}`,
    '',
    `${plural(d.total, 'date')}: ${count(inMonths(summary))} in a month, ${count(d.withoutMonth)} without one, ${count(d.unresolved)} unresolved, ${plural(d.byType.DURATION, 'duration')}, ${count(d.byType.SET)} sets.`,
    '',
  );
  table([line.unit === 'month' ? 'Month' : 'Year', 'Dates'], line.points.map((p) => [p.label, p.dates]));

  out.push('', '## Numbers by kind', '', `${plural(summary.numbers.total, 'number')}.`, '');
  table(['Kind', 'Numbers'], Object.entries(summary.numbers.byKind).sort(([, a], [, b]) => b - a));

  if (summary.lint) {
    const l = summary.lint;
    out.push('', '## Lint findings by rule', '', `${plural(l.errors, 'error')}, ${plural(l.warnings, 'warning')} in ${plural(l.articles, 'article')}.`, '');
    table(['Rule', 'Errors', 'Warnings', 'Articles'], l.rules.map((r) => [r.rule, r.errors, r.warnings, r.articles]));
  }
  if (failed > 0) {
    out.push('', '## Failed', '');
    for (const f of summary.failures) out.push(`- ${markdownCode(f.source)}: ${cell(f.problem)}`);
    if (failed > summary.failures.length) out.push(`- … and ${count(failed - summary.failures.length)} more`);
  }
  return `${out.join('\n')}\n`;
}
