import type { Report } from '../types.js';

/** The tidy tables `summary --format csv` writes: one row per article, entity, quote, date, number, lint finding. */
export const CSV_TABLES = ['articles', 'entities', 'quotes', 'dates', 'numbers', 'findings'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** A lint finding as the findings table lists it. */
export interface CsvFinding {
  ruleId: string | null;
  severity: string;
  message: string;
  line: number;
  column: number;
  span: { start: number; end: number; text: string };
}

type Cell = string | number | null | undefined;

const COLUMNS: Record<CsvTable, string[]> = {
  articles: ['source', 'status', 'problem', 'title', 'entities', 'quotes', 'numbers', 'dates', 'reference_date'],
  entities: ['source', 'entity_id', 'name', 'type', 'title', 'mentions', 'first_start', 'first_section'],
  quotes: ['source', 'quote', 'kind', 'speaker', 'speaker_entity', 'speaker_type', 'cue', 'section', 'start', 'end', 'text'],
  dates: ['source', 'date', 'type', 'value', 'section', 'start', 'end', 'text'],
  numbers: ['source', 'number', 'kind', 'value', 'to', 'unit', 'counts', 'section', 'start', 'end', 'text'],
  findings: ['source', 'rule', 'severity', 'message', 'line', 'column', 'start', 'end', 'text'],
};

/** The header line of a table. */
export function csvHeader(table: CsvTable): string {
  return line(COLUMNS[table]);
}

/**
 * The rows one analysed article adds to a table, as CSV lines (RFC 4180 quoting, `\n` endings).
 * Offsets are the report's UTF-16 offsets, so a row can be joined back to the JSON.
 */
export function csvRows(table: CsvTable, report: Report, findings: CsvFinding[] = []): string {
  const source = report.source;
  const rows: Cell[][] = [];
  switch (table) {
    case 'articles': {
      const title = report.sections.title?.text ?? report.sections.headline?.text ?? null;
      rows.push([source, 'ok', null, title, report.entities.length, report.quotes.length, report.numbers.length, report.dates.length, report.referenceDate]);
      break;
    }
    case 'entities':
      for (const e of report.entities) rows.push([source, e.id, e.name, e.type, e.title, e.mentions.length, e.mentions[0]?.start, e.mentions[0]?.section]);
      break;
    case 'quotes': {
      const types = new Map(report.entities.map((e) => [e.id, e.type]));
      report.quotes.forEach((q, i) => {
        const entity = q.speaker?.entity ?? null;
        rows.push([source, i + 1, q.kind, q.speaker?.name, entity, entity ? types.get(entity) : null, q.cue?.text, q.section, q.start, q.end, q.text]);
      });
      break;
    }
    case 'dates':
      report.dates.forEach((d, i) => rows.push([source, i + 1, d.type, d.value, d.section, d.start, d.end, d.text]));
      break;
    case 'numbers':
      report.numbers.forEach((n, i) => rows.push([source, i + 1, n.kind, n.value, n.to, n.unit, n.counts, n.section, n.start, n.end, n.text]));
      break;
    case 'findings':
      return csvFindingRows(source, findings);
  }
  return rows.map(line).join('');
}

/** Findings-table rows; also for findings a corpus rule gives an article after its report was written. */
export function csvFindingRows(source: string, findings: CsvFinding[]): string {
  return findings.map((f) => line([source, f.ruleId, f.severity, f.message, f.line, f.column, f.span.start, f.span.end, f.span.text])).join('');
}

/** The articles-table row of an input that could not be analysed. */
export function csvFailedRow(source: string, problem: string): string {
  return line([source, 'failed', problem, null, null, null, null, null, null]);
}

function line(cells: Cell[]): string {
  return `${cells.map(cell).join(',')}\n`;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
