import type { Report } from '../types.js';
import { summarize } from './summary.js';
import { terminalLine } from './terminal-text.js';

/** A Markdown report for people: outline, then a table or list per pass. */
export function formatMarkdown(report: Report): string {
  const s = summarize(report);
  const out: string[] = [`# ${escapeInline(s.title ?? s.headline ?? report.source)}`, ''];
  out.push(`- Source: ${markdownCode(report.source)}`);
  if (s.headline && s.title) out.push(`- Headline: ${escapeInline(s.headline)}`);
  out.push(`- Reference date: ${report.referenceDate ?? 'none'}`, '');

  out.push('## Sections', '');
  if (s.outline.length === 0) out.push('_The article is empty._');
  for (const item of s.outline) out.push(`- **${item.section}**: ${escapeInline(item.detail)}`);

  out.push('', `## Entities (${s.entities.length})`, '');
  if (s.entities.length) {
    out.push('| Name | Type | Title | Mentions |', '| --- | --- | --- | ---: |');
    for (const e of s.entities) out.push(`| ${cell(e.name)} | ${e.type} | ${cell(e.title ?? '')} | ${e.mentions} |`);
  } else out.push('_None found._');

  const who = (q: { speaker: string | null; cue: string | null }) => (q.speaker ? `**${escapeInline(q.speaker)}**${q.cue ? ` (${escapeInline(q.cue)})` : ''}` : '_unattributed_');
  out.push('', `## Quotes (${s.quotes.length})`, '');
  if (s.quotes.length === 0) out.push('_None found._');
  for (const q of s.quotes) out.push(`- “${escapeInline(q.text)}” — ${who(q)}`);
  if (s.reported.length > 0) {
    out.push('', `## Reported speech (${s.reported.length})`, '');
    for (const q of s.reported) out.push(`- ${who(q)}: ${escapeInline(q.text)}`);
  }

  out.push('', `## Numbers (${s.numbers.length})`, '');
  if (s.numbers.length) {
    out.push('| Text | Value | Kind | Unit | Counts |', '| --- | ---: | --- | --- | --- |');
    for (const n of s.numbers) out.push(`| ${cell(n.text)} | ${n.value} | ${n.kind} | ${cell(n.unit ?? '')} | ${cell(n.counts ?? '')} |`);
  } else out.push('_None found._');

  out.push('', `## Dates (${s.dates.length})`, '');
  if (s.dates.length) {
    out.push('| Text | Type | Value |', '| --- | --- | --- |');
    for (const d of s.dates) out.push(`| ${cell(d.text)} | ${d.type} | ${cell(d.value ?? '—')} |`);
  } else out.push('_None found._');
  return `${out.join('\n')}\n`;
}

/** Inline Markdown text: one line, control characters spelled out, every character Markdown acts on escaped. */
export function escapeInline(text: string): string {
  return terminalLine(text).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/**
 * A file name or record id as a Markdown code span that nothing in it can end: one line (a line
 * break could start a heading or a list), control characters spelled out, and a fence of one
 * backtick more than the longest run inside, padded when the text starts or ends with one.
 * Inside a code span `<script>` and `# heading` are plain text.
 */
export function markdownCode(text: string): string {
  const line = terminalLine(text);
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

function cell(text: string): string {
  return escapeInline(text);
}
