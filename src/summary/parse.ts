import type { Report } from '../types.js';

/**
 * One line of reports NDJSON (`newsx analyze --format ndjson`) as a report, or why it is not one.
 * It checks what the summary reads, so a line from something else is named rather than
 * miscounted; it does not validate the whole schema.
 */
export function parseReportLine(line: string): Report | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return line.trim() === '{' ? 'not one report per line (write reports with --format ndjson)' : 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const report = value as Partial<Report>;
  if (typeof report.source !== 'string') return 'not a newsx report (no string "source")';
  for (const key of ['entities', 'quotes', 'numbers', 'dates'] as const) {
    if (!Array.isArray(report[key])) return `not a newsx report (no "${key}" array)`;
  }
  if (typeof report.sections !== 'object' || report.sections === null) return 'not a newsx report (no "sections")';
  for (const [i, e] of report.entities!.entries()) {
    if (!isObject(e) || typeof e.name !== 'string' || typeof e.type !== 'string' || !Array.isArray(e.mentions)) return `entities[${i}] is not an entity`;
  }
  for (const [i, q] of report.quotes!.entries()) {
    if (!isObject(q) || typeof q.text !== 'string') return `quotes[${i}] is not a quote`;
    const speaker = q.speaker as unknown;
    if (speaker !== null && speaker !== undefined && (!isObject(speaker) || typeof speaker.name !== 'string')) return `quotes[${i}].speaker is not a speaker`;
  }
  for (const [i, n] of report.numbers!.entries()) {
    if (!isObject(n) || typeof n.kind !== 'string') return `numbers[${i}] is not a number`;
  }
  for (const [i, d] of report.dates!.entries()) {
    if (!isObject(d) || typeof d.type !== 'string' || (d.value !== null && typeof d.value !== 'string')) return `dates[${i}] is not a date`;
  }
  return report as Report;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
