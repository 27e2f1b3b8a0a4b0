import type { TaskResult } from './index.js';
import type { MetricRow } from './types.js';

/** A fixed-width table per task; the last line is the headline figure of the last task. */
export function formatEvalText(results: TaskResult[], gold: string): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(`${result.task} on ${result.documents} documents of ${gold}`);
    out.push(`  ${'metric'.padEnd(24)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   counts`);
    for (const row of result.rows) out.push(`  ${row.name.padEnd(24)} ${cells(row)}`);
    out.push('');
  }
  for (const result of results) {
    if (!result.errors) continue;
    out.push(`${result.task}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} (document, kind, offsets, gold → newsx, context)`);
    for (const e of result.errors) {
      const reading = e.kind === 'missed' ? `${e.expected} → —` : e.kind === 'spurious' ? `— → ${e.found}` : `${e.expected} → ${e.found}`;
      out.push(`  ${e.document}  ${e.kind.padEnd(8)} ${e.start}-${e.end}  ${reading}  ${e.context}`);
    }
    out.push('');
  }
  for (const result of results) out.push(headlineLine(result));
  return `${out.join('\n')}\n`;
}

export function formatEvalJson(results: TaskResult[], gold: string): string {
  return `${JSON.stringify({ gold, tasks: results }, null, 2)}\n`;
}

function cells(row: MetricRow): string {
  if (row.accuracy !== undefined) return `${'acc'.padStart(6)} ${''.padStart(6)} ${fixed(row.accuracy)}   ${row.correct}/${row.total}`;
  return `${fixed(row.precision)} ${fixed(row.recall)} ${fixed(row.f1)}   tp=${row.tp} fp=${row.fp} fn=${row.fn}`;
}

function headlineLine(result: TaskResult): string {
  const row = result.headline;
  if (row.accuracy !== undefined) return `${result.task}: ${row.name} accuracy ${fixed(row.accuracy).trim()}`;
  return `${result.task}: ${row.name} F1 ${fixed(row.f1).trim()} (P ${fixed(row.precision).trim()}, R ${fixed(row.recall).trim()})`;
}

function fixed(value: number | undefined): string {
  return (value ?? 0).toFixed(3).padStart(6);
}
