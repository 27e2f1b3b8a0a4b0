import type { Report } from '../types.js';

/** One line of a gold JSONL file; each task reads its own fields (`entities`, `quotes`, `timex`). */
export interface GoldDocument {
  id: string;
  text: string;
  /** Document creation time, "YYYY-MM-DD"; the reference date for relative dates. */
  dct?: string | null;
  [field: string]: unknown;
}

/** A gold document and newsx's report on it. */
export interface ScoredPair {
  gold: GoldDocument;
  report: Report;
}

/** One printed row: P/R/F1 with counts, or an accuracy over `total` items. */
export interface MetricRow {
  name: string;
  precision?: number;
  recall?: number;
  f1?: number;
  tp?: number;
  fp?: number;
  fn?: number;
  accuracy?: number;
  correct?: number;
  total?: number;
}

/** One thing newsx got wrong against the gold, for a person to look at. */
export interface EvalError {
  document: string;
  /** `missed`: gold newsx did not find; `spurious`: found, not in the gold; `wrong`: found, with the wrong type, value or speaker. */
  kind: 'missed' | 'spurious' | 'wrong';
  start: number;
  end: number;
  text: string;
  /** What the gold says (a type, a value, a speaker), or null for a spurious finding. */
  expected: string | null;
  /** What newsx said, or null for a miss. */
  found: string | null;
  /** The line of the document the span is on, cut to about 160 characters around it. */
  context: string;
}

/**
 * How one task is measured, exactly as the gold README defines it. `score` returns rows in print
 * order; the row named `headline` is printed last as the task's headline figure.
 */
export interface TaskScorer {
  task: 'entities' | 'quotes' | 'attributions' | 'dates';
  /** Name of the row that is the task's headline figure. */
  headline: string;
  /** Whether a gold document belongs to this task (it has the task's annotation field). */
  accepts(gold: GoldDocument): boolean;
  score(pairs: ScoredPair[]): MetricRow[];
  /** Every miss, spurious finding and wrong reading behind the headline figure, in document order. */
  errors(pairs: ScoredPair[]): EvalError[];
}

/** The line around `start..end`, the span marked with ⟦ ⟧ and the line cut to about 160 characters. */
export function contextOf(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const from = Math.max(lineStart, start - 70);
  const to = Math.min(lineEnd, end + 70);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > lineStart ? '…' : ''}${flat(text.slice(from, start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, to))}${to < lineEnd ? '…' : ''}`;
}

/** An error at a span of a gold document's text. */
export function errorAt(gold: GoldDocument, kind: EvalError['kind'], span: { start: number; end: number }, expected: string | null, found: string | null): EvalError {
  const { start, end } = span;
  return { document: gold.id, kind, start, end, text: gold.text.slice(start, end), expected, found, context: contextOf(gold.text, start, end) };
}

export function prf(tp: number, fp: number, fn: number): Pick<MetricRow, 'precision' | 'recall' | 'f1' | 'tp' | 'fp' | 'fn'> {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}
