import { analyze } from '../analyze.js';
import type { Report } from '../types.js';
import { attributionsScorer } from './attributions.js';
import { datesScorer } from './dates.js';
import { entitiesScorer } from './entities.js';
import { quotesScorer } from './quotes.js';
import type { EvalError, GoldDocument, MetricRow, ScoredPair, TaskScorer } from './types.js';

/** Every task `newsx eval` can measure, in the order they are printed. */
export const scorers: readonly TaskScorer[] = [entitiesScorer, quotesScorer, attributionsScorer, datesScorer];
export type EvalTask = TaskScorer['task'];

/**
 * Which predictions count. `all`, the default, is the gold README's definition. `annotated` drops
 * predictions after the line holding a document's last gold annotation, for gold that annotates
 * only the opening of each document (MEANTIME annotates the title, dateline and first sentences),
 * where every later finding would otherwise count as a false positive.
 */
export type EvalRegion = 'all' | 'annotated';

export interface TaskResult {
  task: EvalTask;
  documents: number;
  rows: MetricRow[];
  headline: MetricRow;
  /** With `errors: true`: each miss, spurious finding and wrong reading, document by document. */
  errors?: EvalError[];
}

/** A document date, maybe with a clock time after it ("1990-08-15T13:37"): the day is the reference. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

/**
 * Runs newsx on each gold document once (its `dct` as the reference date) and scores every task
 * asked for, or every task whose annotations the documents carry.
 */
export function evaluate(
  documents: GoldDocument[],
  options: { tasks?: readonly EvalTask[]; region?: EvalRegion; errors?: boolean } = {},
  run: (doc: GoldDocument) => Report = analyzeGold,
): TaskResult[] {
  const { tasks, region = 'all' } = options;
  const chosen = scorers.filter((scorer) => (tasks ? tasks.includes(scorer.task) : documents.some((doc) => scorer.accepts(doc))));
  const pairs: ScoredPair[] = documents.map((gold) => {
    const report = run(gold);
    return { gold, report: region === 'annotated' ? clipReport(report, annotatedEnd(gold)) : report };
  });
  return chosen.map((scorer) => {
    const scored = pairs.filter((pair) => scorer.accepts(pair.gold));
    const rows = scorer.score(scored);
    const headline = rows.find((row) => row.name === scorer.headline) ?? rows[rows.length - 1]!;
    return { task: scorer.task, documents: scored.length, rows, headline, ...(options.errors ? { errors: scorer.errors(scored) } : {}) };
  });
}

/**
 * Where a document's annotation stops: its own `annotatedEnd` when the gold gives one, else the end
 * of the line that holds its furthest gold annotation of any kind.
 */
export function annotatedEnd(gold: GoldDocument): number {
  if (typeof gold.annotatedEnd === 'number') return gold.annotatedEnd;
  let furthest = 0;
  for (const value of Object.values(gold)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const end = (item as { end?: unknown })?.end;
      if (typeof end === 'number' && end > furthest) furthest = end;
    }
  }
  const newline = gold.text.indexOf('\n', furthest);
  return newline < 0 ? gold.text.length : newline;
}

function clipReport(report: Report, end: number): Report {
  const inside = (span: { start: number }) => span.start < end;
  return {
    ...report,
    entities: report.entities.map((e) => ({ ...e, mentions: e.mentions.filter(inside) })).filter((e) => e.mentions.length > 0),
    quotes: report.quotes.filter(inside),
    numbers: report.numbers.filter(inside),
    dates: report.dates.filter(inside),
  };
}

function analyzeGold(doc: GoldDocument): Report {
  const referenceDate = typeof doc.dct === 'string' && ISO_DATE.test(doc.dct) ? doc.dct.slice(0, 10) : null;
  return analyze(doc.text, { referenceDate, source: doc.id });
}

export type { EvalError, GoldDocument, MetricRow, TaskScorer } from './types.js';
