import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../types.js';
import { outline, plural, summarize } from './summary.js';
import { MIN_WIDTH, table, wrapRuns, type Column, type Run } from './text-layout.js';

export interface TextOptions {
  /** Whether to colour; the CLI decides from flags, NO_COLOR, FORCE_COLOR and the terminal. */
  color: boolean;
  /** Columns every line fits in (the CLI passes the terminal's, `COLUMNS` or `--width`); 80 when unknown. */
  width?: number;
}

/** How many lines a quote may take before it is shortened with `…`. */
const QUOTE_LINES = 2;

/**
 * A compact terminal report with the same content as the Markdown one. Every line fits the width
 * (measured in terminal columns, so wide and combining characters count right); long values wrap
 * under themselves at spaces.
 */
export function formatText(report: Report, options: TextOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width ?? 80);
  const s = summarize(report);
  const out: string[] = wrapRuns([{ text: report.source, style: c.bold.underline }], width).map((line) => line.text);
  const rows: Array<[string, Run[]]> = [];
  if (s.headline) rows.push(['headline', [{ text: s.headline }]]);
  if (s.preamble) rows.push(['preamble', [{ text: s.preamble, style: c.dim }]]);
  if (s.title) rows.push(['title', [{ text: s.title, style: c.bold }]]);
  rows.push(['sections', [{ text: outline(s.outline) }]]);
  if (report.referenceDate) rows.push(['ref date', [{ text: `${report.referenceDate}${report.referenceDateSource === 'dateline' ? ' (dateline)' : ''}` }]]);
  out.push(...table([{ cells: rows.map(([label]) => [{ text: label, style: c.dim }]), fixed: true }, { cells: rows.map(([, value]) => value) }], width, 0, 1));

  out.push('', c.bold(`Entities ${c.dim(`(${s.entities.length})`)}`));
  const where = (list: ReadonlyArray<{ where: string }>): Column => ({ cells: list.map((f) => [{ text: f.where, style: c.dim }]), fixed: true });
  const typeColour = { person: c.cyan, place: c.green, organization: c.magenta } as const;
  out.push(
    ...table(
      [
        { cells: s.entities.map((e) => [{ text: e.name, style: typeColour[e.type] }]) },
        { cells: s.entities.map((e) => [{ text: e.type, style: c.dim }]), fixed: true },
        { cells: s.entities.map((e) => [{ text: plural(e.mentions, 'mention') }]) },
      ],
      width,
    ),
  );

  for (const [heading, list, open, close] of [['Quotes', s.quotes, '“', '”'], ['Reported speech', s.reported, '', '']] as const) {
    if (list.length === 0 && heading === 'Reported speech') continue;
    out.push('', c.bold(`${heading} ${c.dim(`(${list.length})`)}`));
    const said = (q: (typeof list)[number]): Run[] => [
      q.speaker ? { text: q.speaker, style: c.cyan } : { text: 'unattributed', style: c.yellow },
      ...(q.cue ? [{ text: ` ${q.cue}`, style: c.dim }] : []),
      { text: ': ' },
      { text: `${open}${q.text}${close}`, style: c.italic },
    ];
    out.push(...table([where(list), { cells: list.map(said), maxLines: QUOTE_LINES, hang: 2 }], width));
  }

  out.push('', c.bold(`Numbers ${c.dim(`(${s.numbers.length})`)}`));
  out.push(
    ...table(
      [
        where(s.numbers),
        { cells: s.numbers.map((n) => [{ text: n.text, style: c.yellow }]) },
        { cells: s.numbers.map((n) => [{ text: String(n.value) }]) },
        { cells: s.numbers.map((n) => [{ text: [n.kind, n.unit, n.counts && `counts ${n.counts}`].filter(Boolean).join(', '), style: c.dim }]) },
      ],
      width,
    ),
  );

  out.push('', c.bold(`Dates ${c.dim(`(${s.dates.length})`)}`));
  out.push(
    ...table(
      [
        where(s.dates),
        { cells: s.dates.map((d) => [{ text: d.text, style: c.yellow }]) },
        { cells: s.dates.map((d) => [{ text: d.type }]), fixed: true },
        { cells: s.dates.map((d) => (d.value ? [{ text: d.value }] : [{ text: 'unresolved', style: c.dim }])) },
      ],
      width,
    ),
  );
  return `${out.join('\n')}\n`;
}
