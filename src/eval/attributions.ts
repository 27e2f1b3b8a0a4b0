import type { Quote } from '../types.js';
import { matchSpans, speakerRight, type GoldSpeaker } from './quotes.js';
import { errorAt, prf, type EvalError, type GoldDocument, type MetricRow, type TaskScorer } from './types.js';

type AttributionType = 'direct' | 'mixed' | 'indirect';

const TYPES: readonly AttributionType[] = ['direct', 'mixed', 'indirect'];

interface GoldAttribution extends GoldSpeaker {
  start: number;
  end: number;
  type: AttributionType;
}

/** Gold in `attributions`, or in `quotes` whose items carry a `type`. */
function goldItems(gold: GoldDocument): Array<Record<string, unknown>> | null {
  if (Array.isArray(gold.attributions)) return gold.attributions as Array<Record<string, unknown>>;
  if (Array.isArray(gold.quotes) && gold.quotes.some((q) => typeof q === 'object' && q !== null && 'type' in q)) return gold.quotes as Array<Record<string, unknown>>;
  return null;
}

function readGold(gold: GoldDocument): GoldAttribution[] {
  return (goldItems(gold) ?? []).flatMap((item) => {
    const type = item.type;
    if (typeof item.start !== 'number' || typeof item.end !== 'number' || (type !== 'direct' && type !== 'mixed' && type !== 'indirect')) return [];
    const speakerStart = typeof item.speakerStart === 'number' ? item.speakerStart : null;
    const speakerEnd = typeof item.speakerEnd === 'number' ? item.speakerEnd : null;
    const speakerNames = [item.speaker, item.speakerRef].filter((name): name is string => typeof name === 'string');
    return [{ start: item.start, end: item.end, type, speakerStart, speakerEnd, speakerNames, hasSpeaker: speakerNames.length > 0 || speakerStart !== null }];
  });
}

/**
 * The attributions newsx reports: every quote, direct, partial and indirect, except quoted words
 * inside a reported clause, which are part of that one mixed attribution rather than another. A
 * quotation split by its cue ('"…," he said. "…"') is one attribution in fragments: a quote that
 * takes its speaker from the quote just before it, with no cue of its own, joins that one.
 */
export function attributionsOf(quotes: readonly Quote[], text: string): Quote[] {
  const reported = quotes.filter((q) => q.kind === 'indirect');
  const kept = quotes.filter((q) => q.kind === 'indirect' || !reported.some((r) => r.start <= q.start && q.end <= r.end));
  const joined: Quote[] = [];
  // The last quotation in `joined`: '"…," he said, referring to the treaty. "…"', a report inside the gap does not split it.
  let at = -1;
  for (const quote of kept) {
    const previous = joined[at];
    const continues =
      previous !== undefined &&
      quote.kind !== 'indirect' &&
      quote.cue === null &&
      quote.speaker !== null &&
      previous.speaker?.start === quote.speaker.start &&
      quote.start - previous.end < FRAGMENT_GAP;
    if (continues) joined[at] = { ...previous, end: quote.end, text: text.slice(previous.start, quote.end) };
    else {
      if (quote.kind !== 'indirect') at = joined.length;
      joined.push(quote);
    }
  }
  return joined;
}

/** How far apart, in characters, two fragments of one quotation may stand: the cue sentence between them. */
const FRAGMENT_GAP = 160;

/** A leading "that", "whether" or "if" is not part of what was reported, in the gold or in newsx's span. */
const LEADING_CONJUNCTION = /^(?:that|whether|if)\s+/i;

/**
 * The README's attributions task: reported speech of every kind (direct, mixed and indirect). A
 * prediction matches a gold attribution when, with quote marks, spaces and a leading
 * "that"/"whether"/"if" trimmed from both, the overlap is at least half the longer span (one to
 * one). Recall is also given per gold type, and speakers are scored as for quotes.
 */
export const attributionsScorer: TaskScorer = {
  task: 'attributions',
  headline: 'attributions',
  accepts: (gold) => goldItems(gold) !== null,
  score(pairs) {
    let predicted = 0;
    let goldTotal = 0;
    let matched = 0;
    let speakerTotal = 0;
    let speakerCorrect = 0;
    let attributed = 0;
    const byType = new Map(TYPES.map((type) => [type, { total: 0, found: 0 }]));
    for (const { gold, report } of pairs) {
      const golds = readGold(gold);
      const found = attributionsOf(report.quotes, gold.text);
      predicted += found.length;
      goldTotal += golds.length;
      for (const g of golds) byType.get(g.type)!.total++;
      for (const [g, p] of matchSpans(gold.text, golds, found, LEADING_CONJUNCTION)) {
        matched++;
        byType.get(golds[g]!.type)!.found++;
        const right = speakerRight(golds[g]!, found[p]!);
        if (golds[g]!.hasSpeaker) {
          speakerTotal++;
          if (right) speakerCorrect++;
        }
        if (right) attributed++;
      }
    }
    const recallRows: MetricRow[] = TYPES.map((type) => {
      const { total, found } = byType.get(type)!;
      return { name: `recall ${type}`, accuracy: total === 0 ? 0 : found / total, correct: found, total };
    });
    return [
      { name: 'attributions', ...prf(matched, predicted - matched, goldTotal - matched) },
      ...recallRows,
      { name: 'speaker accuracy', accuracy: speakerTotal === 0 ? 0 : speakerCorrect / speakerTotal, correct: speakerCorrect, total: speakerTotal },
      { name: 'attributed', ...prf(attributed, predicted - attributed, goldTotal - attributed) },
    ];
  },
  errors(pairs) {
    const errors: EvalError[] = [];
    for (const { gold, report } of pairs) {
      const golds = readGold(gold);
      const found = attributionsOf(report.quotes, gold.text);
      const matches = matchSpans(gold.text, golds, found, LEADING_CONJUNCTION);
      const matchedGold = new Set(matches.map(([g]) => g));
      const matchedPred = new Set(matches.map(([, p]) => p));
      const describe = (g: GoldAttribution) => `${g.type} by ${g.speakerNames[0] ?? '(no speaker)'}`;
      const said = (q: Quote) => `${q.kind} by ${q.speaker ? `${q.speaker.name} ("${q.speaker.text}")` : '(no speaker)'}`;
      const list: EvalError[] = [];
      golds.forEach((g, i) => {
        if (!matchedGold.has(i)) list.push(errorAt(gold, 'missed', g, describe(g), null));
      });
      found.forEach((q, j) => {
        if (!matchedPred.has(j)) list.push(errorAt(gold, 'spurious', q, null, said(q)));
      });
      for (const [g, p] of matches) if (!speakerRight(golds[g]!, found[p]!)) list.push(errorAt(gold, 'wrong', golds[g]!, describe(golds[g]!), said(found[p]!)));
      errors.push(...list.sort((a, b) => a.start - b.start));
    }
    return errors;
  },
};
