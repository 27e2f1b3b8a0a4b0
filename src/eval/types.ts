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

/**
 * How one task is measured, exactly as the gold README defines it. `score` returns rows in print
 * order; the row named `headline` is printed last as the task's headline figure.
 */
export interface TaskScorer {
  task: 'entities' | 'quotes' | 'dates';
  /** Name of the row that is the task's headline figure. */
  headline: string;
  /** Whether a gold document belongs to this task (it has the task's annotation field). */
  accepts(gold: GoldDocument): boolean;
  score(pairs: ScoredPair[]): MetricRow[];
}

export function prf(tp: number, fp: number, fn: number): Pick<MetricRow, 'precision' | 'recall' | 'f1' | 'tp' | 'fp' | 'fn'> {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}
