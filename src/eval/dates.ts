import { errorAt, prf, type EvalError, type GoldDocument, type MetricRow, type TaskScorer } from './types.js';
import { matchOneToOne, overlaps } from './matching.js';

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string | null;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The README's TempEval-3 style date metrics: relaxed F1 (any overlap, one to one) over DATE and
 * TIME gold and over all types, and value F1, where a relaxed match counts only when its `value`
 * string equals the gold one.
 */
export const datesScorer: TaskScorer = {
  task: 'dates',
  headline: 'relaxed all',
  accepts: (gold) => Array.isArray(gold.timex),
  score(pairs) {
    const dateTime: Counts = { tp: 0, fp: 0, fn: 0 };
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    const value: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const { gold, report } of pairs) {
      const goldItems = readGold(gold);
      const predicted: Timex[] = report.dates;
      const calendar = (item: Timex) => item.type === 'DATE' || item.type === 'TIME';
      add(dateTime, count(goldItems.filter(calendar), predicted.filter(calendar), overlaps));
      add(all, count(goldItems, predicted, overlaps));
      add(value, count(goldItems, predicted, (g, p) => overlaps(g, p) && p.value !== null && p.value === g.value));
    }
    const row = (name: string, c: Counts): MetricRow => ({ name, ...prf(c.tp, c.fp, c.fn) });
    return [row('relaxed DATE+TIME', dateTime), row('relaxed all', all), row('value all', value)];
  },
  /** Gold expressions not found, expressions the gold lacks, and found ones whose value differs. */
  errors(pairs) {
    const errors: EvalError[] = [];
    for (const { gold, report } of pairs) {
      const goldItems = readGold(gold);
      const predicted: Timex[] = report.dates;
      const owner = matchOneToOne(goldItems, predicted, overlaps);
      const found: EvalError[] = [];
      const describe = (t: Timex) => `${t.type} ${t.value ?? '(no value)'}`;
      const matched = new Set(owner);
      goldItems.forEach((g, i) => {
        if (!matched.has(i)) found.push(errorAt(gold, 'missed', g, describe(g), null));
      });
      predicted.forEach((p, j) => {
        const g = owner[j]!;
        if (g === -1) found.push(errorAt(gold, 'spurious', p, null, describe(p)));
        else if (goldItems[g]!.value !== p.value) found.push(errorAt(gold, 'wrong', goldItems[g]!, describe(goldItems[g]!), `${describe(p)} ${JSON.stringify(gold.text.slice(p.start, p.end))}`));
      });
      errors.push(...found.sort((a, b) => a.start - b.start));
    }
    return errors;
  },
};

function readGold(gold: GoldDocument): Timex[] {
  const items: Timex[] = [];
  for (const raw of gold.timex as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const { start, end, type, value } = raw as Record<string, unknown>;
    if (typeof start !== 'number' || typeof end !== 'number' || typeof type !== 'string') continue;
    items.push({ start, end, type, value: typeof value === 'string' ? value : null });
  }
  return items;
}


function add(into: Counts, counts: Counts): void {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

function count(gold: Timex[], predicted: Timex[], match: (g: Timex, p: Timex) => boolean): Counts {
  const tp = matchOneToOne(gold, predicted, match).filter((g) => g >= 0).length;
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}
