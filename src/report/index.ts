import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export interface WriterOptions {
  color: boolean;
  width?: number;
  /** Number of reports in this run; `json` of several reports is NDJSON so jq reads both alike. */
  count: number;
}

export const REPORT_FORMATS = ['text', 'json', 'ndjson', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Every report writer, by `--format` name. Each is pure: a report in, a string out. */
export const writers: Record<ReportFormat, (report: Report, options: WriterOptions) => string> = {
  text: (report, options) => formatText(report, options),
  json: (report, options) => formatJson(report, { pretty: options.count === 1 }),
  ndjson: (report) => formatJson(report, { pretty: false }),
  md: (report) => formatMarkdown(report),
};

/** Put between reports of several inputs; NDJSON needs nothing between lines. */
export const separators: Record<ReportFormat, string> = { text: '\n', json: '', ndjson: '', md: '\n---\n\n' };

export { formatJson, formatMarkdown, formatText };
