import type { Report } from '../types.js';
import { escapeMarkdown as escapeInline, markdownCode } from './markdown-escape.js';
import { outline, summarize } from './summary.js';

/**
 * A Markdown report for people: what the article is (title, headline, preamble, sections), then a
 * table or list per pass, each finding with where it is.
 */
export function formatMarkdown(report: Report): string {
  const s = summarize(report);
  // A heading ends where it ends: the colon a model leaves on a title line (which the linter flags) goes.
  const heading = (s.title ?? s.headline ?? report.source).replace(/\s*:\s*$/, '');
  const out: string[] = [`# ${escapeInline(heading)}`, ''];
  out.push(`- Source: ${markdownCode(report.source)}`);
  if (s.headline && s.title) out.push(`- Headline: ${escapeInline(s.headline)}`);
  if (s.preamble) out.push(`- Preamble: ${escapeInline(s.preamble)}`);
  out.push(`- Sections: ${s.outline.length === 0 ? '_none: the article is empty._' : outline(s.outline)}`);
  if (report.referenceDate) out.push(`- Reference date: ${report.referenceDate}${report.referenceDateSource === 'dateline' ? ' (from the dateline)' : ''}`);

  out.push('', `## Entities (${s.entities.length})`, '');
  if (s.entities.length) {
    out.push('| Name | Type | Title | Mentions |', '| --- | --- | --- | ---: |');
    for (const e of s.entities) out.push(`| ${escapeInline(e.name)} | ${e.type} | ${escapeInline(e.title ?? '')} | ${e.mentions} |`);
  } else out.push('_None found._');

  const who = (q: { speaker: string | null; cue: string | null }) => (q.speaker ? `**${escapeInline(q.speaker)}**${q.cue ? ` (${escapeInline(q.cue)})` : ''}` : '_unattributed_');
  out.push('', `## Quotes (${s.quotes.length})`, '');
  if (s.quotes.length === 0) out.push('_None found._');
  for (const q of s.quotes) out.push(`- “${escapeInline(q.text)}” — ${who(q)} · _${q.where}_`);
  if (s.reported.length > 0) {
    out.push('', `## Reported speech (${s.reported.length})`, '');
    for (const q of s.reported) out.push(`- ${who(q)}: ${escapeInline(q.text)} · _${q.where}_`);
  }

  out.push('', `## Numbers (${s.numbers.length})`, '');
  if (s.numbers.length) {
    out.push('| Text | Value | Kind | Unit | Counts | Where |', '| --- | ---: | --- | --- | --- | --- |');
    for (const n of s.numbers) out.push(`| ${escapeInline(n.text)} | ${n.value} | ${n.kind} | ${escapeInline(n.unit ?? '')} | ${escapeInline(n.counts ?? '')} | ${n.where} |`);
  } else out.push('_None found._');

  out.push('', `## Dates (${s.dates.length})`, '');
  if (s.dates.length) {
    out.push('| Text | Type | Value | Where |', '| --- | --- | --- | --- |');
    for (const d of s.dates) out.push(`| ${escapeInline(d.text)} | ${d.type} | ${escapeInline(d.value ?? '—')} | ${d.where} |`);
  } else out.push('_None found._');
  return `${out.join('\n')}\n`;
}
