import type { Report } from '../types.js';

export interface JsonOptions {
  /** Indent for a single report read by people; NDJSON lines are never indented. */
  pretty?: boolean;
}

/** A report as JSON: one object, or with `pretty: false` one line of NDJSON (newline included). */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  return options.pretty ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`;
}
