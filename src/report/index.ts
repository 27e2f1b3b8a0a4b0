import type { Report } from '../types.js';

export interface WriterOptions {
  color: boolean;
  width?: number;
  /** Number of reports in this run; `json` of several reports is NDJSON so jq reads both alike. */
  count: number;
  /** 1-based position of this report in the run; `html` prefixes its ids with it so reports share a page. */
  index?: number;
}

export const REPORT_FORMATS = ['text', 'json', 'ndjson', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/**
 * A writer's output: a string, or for a report too large to hold as one (`isLargeReport`), the same
 * text as `pieces` to write one after another.
 */
export type Formatted = string | { readonly pieces: Iterable<string> };
export type Writer = (report: Report, options: WriterOptions) => Formatted;

/** `formatted` as the strings to write one after another. */
export function piecesOf(formatted: Formatted): Iterable<string> {
  return typeof formatted === 'string' ? [formatted] : formatted.pieces;
}

/** All of `formatted` as one string, for a caller that needs it whole. */
export function wholeText(formatted: Formatted): string {
  return typeof formatted === 'string' ? formatted : [...formatted.pieces].join('');
}

/**
 * The writer for a `--format`, loaded on demand so JSON output never loads chalk. Each writer is
 * pure: a report in, its text out (`Formatted`).
 */
export async function loadWriter(format: ReportFormat): Promise<Writer> {
  switch (format) {
    case 'text': {
      const { formatText } = await import('./text.js');
      return (report, options) => formatText(report, options);
    }
    case 'md': {
      const { formatMarkdown } = await import('./markdown.js');
      return (report) => formatMarkdown(report);
    }
    case 'json':
    case 'ndjson': {
      const { formatJson, isLargeReport, jsonPieces } = await import('./json.js');
      return (report, options) => {
        const json = { pretty: format === 'json' && options.count === 1 };
        return isLargeReport(report) ? { pieces: jsonPieces(report, json) } : formatJson(report, json);
      };
    }
    case 'html': {
      const { formatHtml } = await import('./html.js');
      return (report, options) => formatHtml(report, { index: options.index ?? 1, count: options.count }).html;
    }
  }
}

/**
 * Put between reports of several inputs; NDJSON needs nothing between lines. `html` reports are
 * `<article>` fragments that one page (`formatHtmlPage`) holds.
 */
export const separators: Record<ReportFormat, string> = { text: '\n', json: '', ndjson: '', md: '\n---\n\n', html: '\n' };
