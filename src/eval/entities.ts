import type { EntityType, Report } from '../types.js';
import { errorAt, prf, type EvalError, type GoldDocument, type MetricRow, type TaskScorer } from './types.js';
import { matchOneToOne, overlaps } from './matching.js';

type Label = 'PER' | 'LOC' | 'ORG';

const LABELS: readonly Label[] = ['PER', 'LOC', 'ORG'];

const LABEL_OF: Record<EntityType, Label> = { person: 'PER', place: 'LOC', organization: 'ORG' };

interface Item {
  start: number;
  end: number;
  label: Label;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Gold split as the README says: kept PER/LOC/ORG names, and the MISC, unknown and nested ones left out. */
interface GoldSplit {
  kept: Item[];
  ignored: Array<{ start: number; end: number }>;
}

/**
 * The README's entity metrics: strict (same span and type) and lenient (same type, overlapping,
 * one to one) P/R/F1 per type and overall, with MISC and nested gold left out and predictions that
 * overlap left-out gold not counted against the system.
 */
export const entitiesScorer: TaskScorer = {
  task: 'entities',
  headline: 'strict overall',
  accepts: (gold) => Array.isArray(gold.entities),
  score(pairs) {
    const strict = emptyCounts();
    const lenient = emptyCounts();
    for (const { gold, report } of pairs) {
      const split = splitGold(gold);
      const predicted = predictions(report);
      for (const label of LABELS) {
        const goldItems = split.kept.filter((item) => item.label === label);
        const predItems = predicted.filter((item) => item.label === label);
        add(strict[label], countMatches(goldItems, predItems, split.ignored, sameSpan));
        add(lenient[label], countMatches(goldItems, predItems, split.ignored, overlaps));
      }
    }
    return [...rows('strict', strict), ...rows('lenient', lenient)];
  },
  /** Behind the strict figure: gold names not found with their span and type, and names found that the gold lacks. */
  errors(pairs) {
    const errors: EvalError[] = [];
    for (const { gold, report } of pairs) {
      const split = splitGold(gold);
      const predicted = predictions(report);
      const owner = matchOneToOne(split.kept, predicted, (g, p) => sameSpan(g, p) && g.label === p.label);
      const matchedGold = new Set(owner);
      const found: EvalError[] = [];
      split.kept.forEach((g, i) => {
        if (matchedGold.has(i)) return;
        const near = predicted.find((p, j) => owner[j] === -1 && overlaps(g, p));
        const reading = near ? `${near.label} ${JSON.stringify(gold.text.slice(near.start, near.end))}` : null;
        found.push(errorAt(gold, near && sameSpan(g, near) ? 'wrong' : 'missed', g, g.label, reading));
      });
      predicted.forEach((p, j) => {
        if (owner[j] !== -1 || split.ignored.some((item) => overlaps(item, p))) return;
        if (split.kept.some((g) => sameSpan(g, p))) return;
        found.push(errorAt(gold, 'spurious', p, null, p.label));
      });
      errors.push(...found.sort((a, b) => a.start - b.start));
    }
    return errors;
  },
};

function emptyCounts(): Record<Label, Counts> {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

function add(into: Counts, counts: Counts): void {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

function rows(kind: string, counts: Record<Label, Counts>): MetricRow[] {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = LABELS.map((label) => {
    add(total, counts[label]);
    const { tp, fp, fn } = counts[label];
    return { name: `${kind} ${label}`, ...prf(tp, fp, fn) };
  });
  return [...perType, { name: `${kind} overall`, ...prf(total.tp, total.fp, total.fn) }];
}

/**
 * Reads both gold shapes: corpus lines (flat items with a PER/LOC/ORG/MISC `type`) and the seed's
 * entity list (one object per referent with `mentions` and a newsx `type`).
 */
function splitGold(gold: GoldDocument): GoldSplit {
  const kept: Item[] = [];
  const ignored: GoldSplit['ignored'] = [];
  for (const raw of gold.entities as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const entity = raw as { type?: unknown; nested?: unknown; mentions?: unknown; start?: unknown; end?: unknown };
    const label = toLabel(entity.type);
    const spans = Array.isArray(entity.mentions) ? (entity.mentions as unknown[]) : [entity];
    for (const span of spans) {
      const { start, end } = span as { start?: unknown; end?: unknown };
      if (typeof start !== 'number' || typeof end !== 'number') continue;
      if (label && entity.nested !== true) kept.push({ start, end, label });
      else ignored.push({ start, end });
    }
  }
  return { kept, ignored };
}

function toLabel(type: unknown): Label | null {
  if (type === 'PER' || type === 'LOC' || type === 'ORG') return type;
  if (type === 'person' || type === 'place' || type === 'organization') return LABEL_OF[type];
  return null;
}

function predictions(report: Report): Item[] {
  return report.entities.flatMap((entity) =>
    entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, label: LABEL_OF[entity.type] })),
  );
}

function sameSpan(a: Item, b: Item): boolean {
  return a.start === b.start && a.end === b.end;
}


/** One-to-one counts; an unmatched prediction overlapping left-out gold is not a false positive. */
function countMatches(
  gold: Item[],
  predicted: Item[],
  ignored: GoldSplit['ignored'],
  match: (g: Item, p: Item) => boolean,
): Counts {
  const owner = matchOneToOne(gold, predicted, match);
  const tp = owner.filter((g) => g >= 0).length;
  let fp = 0;
  predicted.forEach((p, j) => {
    if (owner[j] === -1 && !ignored.some((item) => overlaps(item, p))) fp++;
  });
  return { tp, fp, fn: gold.length - tp };
}
