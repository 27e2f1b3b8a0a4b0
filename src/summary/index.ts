import type { CorpusSummary } from './types.js';

export { SummaryBuilder, SUMMARY_VERSION, FAILURES_KEPT } from './aggregate.js';
export type { LintCount } from './aggregate.js';
export { CSV_TABLES, csvFailedRow, csvFindingRows, csvHeader, csvRows } from './csv.js';
export type { CsvFinding, CsvTable } from './csv.js';
export type * from './types.js';

export const SUMMARY_FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryWriterOptions {
  color: boolean;
  width?: number;
}

/**
 * The writer for a summary `--format` other than csv (whose tables stream as the reports come),
 * loaded on demand. Each is pure: a summary in, a string out.
 */
export async function loadSummaryWriter(format: Exclude<SummaryFormat, 'csv'>): Promise<(summary: CorpusSummary, options: SummaryWriterOptions) => string> {
  switch (format) {
    case 'text': {
      const { formatSummaryText } = await import('./text.js');
      return formatSummaryText;
    }
    case 'md': {
      const { formatSummaryMarkdown } = await import('./markdown.js');
      return (summary) => formatSummaryMarkdown(summary);
    }
    case 'html': {
      const { formatSummaryHtml } = await import('./html.js');
      return (summary) => formatSummaryHtml(summary);
    }
    case 'json':
      return (summary) => `${JSON.stringify(summary, null, 2)}\n`;
  }
}
