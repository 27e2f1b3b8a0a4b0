import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../types.js';
import { plural, summarize } from './summary.js';
import { shortenLine, terminalLine as line } from './terminal-text.js';

export interface TextOptions {
  /** Whether to colour; the CLI decides from flags, NO_COLOR, FORCE_COLOR and the terminal. */
  color: boolean;
  /** Terminal width used to shorten long quotes; 100 when unknown. */
  width?: number;
}

/** A compact terminal report with the same content as the Markdown one; article text goes through `terminalLine`. */
export function formatText(report: Report, options: TextOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, options.width ?? 100);
  const s = summarize(report);
  const out: string[] = [c.bold.underline(line(report.source))];
  if (s.headline) out.push(`${c.dim('headline')} ${line(s.headline)}`);
  if (s.title) out.push(`${c.dim('title   ')} ${c.bold(line(s.title))}`);
  out.push(`${c.dim('sections')} ${s.outline.map((o) => `${o.section} (${o.section === 'preamble' ? 'present' : line(o.detail)})`).join(', ') || 'none'}`);
  if (report.referenceDate) out.push(`${c.dim('ref date')} ${report.referenceDate}`);

  out.push('', c.bold(`Entities ${c.dim(`(${s.entities.length})`)}`));
  const typeColour = { person: c.cyan, place: c.green, organization: c.magenta } as const;
  for (const e of s.entities) out.push(`  ${typeColour[e.type](line(e.name).padEnd(28))} ${c.dim(e.type.padEnd(12))} ${plural(e.mentions, 'mention')}`);

  for (const [heading, list, open, close] of [['Quotes', s.quotes, '“', '”'], ['Reported speech', s.reported, '', '']] as const) {
    if (list.length === 0 && heading === 'Reported speech') continue;
    out.push('', c.bold(`${heading} ${c.dim(`(${list.length})`)}`));
    for (const q of list) {
      const who = q.speaker ? c.cyan(line(q.speaker)) : c.yellow('unattributed');
      out.push(`  ${who}${q.cue ? c.dim(` ${line(q.cue)}`) : ''}: ${c.italic(`${open}${shortenLine(q.text, Math.max(11, width - 30))}${close}`)}`);
    }
  }

  out.push('', c.bold(`Numbers ${c.dim(`(${s.numbers.length})`)}`));
  for (const n of s.numbers) {
    const detail = line([n.kind, n.unit, n.counts && `counts ${n.counts}`].filter(Boolean).join(', '));
    out.push(`  ${c.yellow(line(n.text).padEnd(20))} ${String(n.value).padEnd(12)} ${c.dim(detail)}`);
  }

  out.push('', c.bold(`Dates ${c.dim(`(${s.dates.length})`)}`));
  for (const d of s.dates) out.push(`  ${c.yellow(line(d.text).padEnd(30))} ${d.type.padEnd(9)} ${d.value ?? c.dim('unresolved')}`);
  return `${out.join('\n')}\n`;
}
