import type { Quote } from '../types.js';
import { errorAt, prf, type EvalError, type GoldDocument, type TaskScorer } from './types.js';

/** Who the gold says spoke, as quotes and attributions give it. */
export interface GoldSpeaker {
  /** The attributing mention, when the gold gives one. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Names the gold gives the speaker: the mention's text and the full name. */
  speakerNames: string[];
  hasSpeaker: boolean;
}

interface GoldQuote extends GoldSpeaker {
  start: number;
  end: number;
}

interface Trimmed {
  start: number;
  end: number;
}

/**
 * Quote gold marks reported speech: its items carry a speaker field, or the document lists
 * `nonQuotes`. Other corpora's `quotes` (GUM's NER file keeps every quotation-mark span, titles
 * included) are not this task's gold.
 */
function isReportedSpeechGold(gold: GoldDocument): boolean {
  if (!Array.isArray(gold.quotes)) return false;
  return Array.isArray(gold.nonQuotes) || gold.quotes.some((quote) => typeof quote === 'object' && quote !== null && 'speaker' in quote);
}

/**
 * The README's quote metrics: span matching (overlap at least half the longer span once quote marks
 * and spaces are trimmed, one to one), speaker accuracy over matched quotes whose gold has a
 * speaker, and end-to-end attributed P/R/F1, where a quote counts only if it matches and its speaker
 * is right.
 */
export const quotesScorer: TaskScorer = {
  task: 'quotes',
  headline: 'attributed',
  accepts: isReportedSpeechGold,
  score(pairs) {
    let predicted = 0;
    let goldTotal = 0;
    let matched = 0;
    let speakerTotal = 0;
    let speakerCorrect = 0;
    let attributed = 0;
    for (const { gold, report } of pairs) {
      const golds = readGold(gold);
      const quotes = quotedSpeech(report.quotes);
      predicted += quotes.length;
      goldTotal += golds.length;
      for (const [g, p] of matchSpans(gold.text, golds, quotes)) {
        matched++;
        const right = speakerRight(golds[g]!, quotes[p]!);
        if (golds[g]!.hasSpeaker) {
          speakerTotal++;
          if (right) speakerCorrect++;
        }
        if (right) attributed++;
      }
    }
    return [
      { name: 'quotes', ...prf(matched, predicted - matched, goldTotal - matched) },
      {
        name: 'speaker accuracy',
        accuracy: speakerTotal === 0 ? 0 : speakerCorrect / speakerTotal,
        correct: speakerCorrect,
        total: speakerTotal,
      },
      { name: 'attributed', ...prf(attributed, predicted - attributed, goldTotal - attributed) },
    ];
  },
  /** Gold quotes not found, quotes the gold lacks, and found ones with the wrong speaker. */
  errors(pairs) {
    const errors: EvalError[] = [];
    for (const { gold, report } of pairs) {
      const golds = readGold(gold);
      const quotes = quotedSpeech(report.quotes);
      const pairsFound = matchSpans(gold.text, golds, quotes);
      const matchedGold = new Set(pairsFound.map(([g]) => g));
      const matchedPred = new Set(pairsFound.map(([, p]) => p));
      const found: EvalError[] = [];
      const speakerOf = (q: GoldQuote) => (q.hasSpeaker ? q.speakerNames[0] ?? gold.text.slice(q.speakerStart!, q.speakerEnd!) : '(no speaker)');
      const said = (q: Quote) => (q.speaker ? `${q.speaker.name} ("${q.speaker.text}")` : '(no speaker)');
      golds.forEach((g, i) => {
        if (!matchedGold.has(i)) found.push(errorAt(gold, 'missed', g, speakerOf(g), null));
      });
      quotes.forEach((q, j) => {
        if (!matchedPred.has(j)) found.push(errorAt(gold, 'spurious', q, null, said(q)));
      });
      for (const [g, p] of pairsFound) if (!speakerRight(golds[g]!, quotes[p]!)) found.push(errorAt(gold, 'wrong', golds[g]!, speakerOf(golds[g]!), said(quotes[p]!)));
      errors.push(...found.sort((a, b) => a.start - b.start));
    }
    return errors;
  },
};

/**
 * Reads both gold shapes: corpus lines (`speaker` is the mention's text, with `speakerStart`,
 * `speakerEnd` and `speakerRef`) and the seed's (`speaker` is the name, `speakerMention` the span).
 */
function readGold(gold: GoldDocument): GoldQuote[] {
  const items = Array.isArray(gold.quotes) ? (gold.quotes as Array<Record<string, unknown>>) : [];
  return items.map((item) => {
    const mention = (item.speakerMention ?? null) as { start?: number; end?: number; text?: string } | null;
    const speakerStart = numberOrNull(item.speakerStart) ?? numberOrNull(mention?.start);
    const speakerEnd = numberOrNull(item.speakerEnd) ?? numberOrNull(mention?.end);
    const speakerNames = [item.speaker, item.speakerRef, mention?.text].filter((name): name is string => typeof name === 'string');
    return {
      start: item.start as number,
      end: item.end as number,
      speakerStart,
      speakerEnd,
      speakerNames,
      hasSpeaker: speakerNames.length > 0 || speakerStart !== null,
    };
  });
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** The quotes task is words inside quote marks: reported speech without them is the attributions task's. */
function quotedSpeech(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((quote) => quote.kind !== 'indirect');
}

const MARKS = /["“”„«»'‘’\s]/;

/** A span with quote marks and spaces trimmed from both ends, and `leading` (a "that") from its start. */
function trimMarks(text: string, start: number, end: number, leading?: RegExp): Trimmed {
  while (start < end && MARKS.test(text[start]!)) start++;
  while (end > start && MARKS.test(text[end - 1]!)) end--;
  const word = leading?.exec(text.slice(start, Math.min(end, start + 12)));
  if (word && start + word[0].length < end) start += word[0].length;
  while (start < end && MARKS.test(text[start]!)) start++;
  return { start, end };
}

/**
 * Pairs gold and predicted spans whose trimmed overlap is at least half the longer one, largest
 * overlap first, each used once.
 */
export function matchSpans(text: string, golds: ReadonlyArray<{ start: number; end: number }>, quotes: ReadonlyArray<{ start: number; end: number }>, leading?: RegExp): Array<[number, number]> {
  const g = golds.map((q) => trimMarks(text, q.start, q.end, leading));
  const p = quotes.map((q) => trimMarks(text, q.start, q.end, leading));
  const candidates: Array<[number, number, number]> = [];
  g.forEach((a, i) => {
    p.forEach((b, j) => {
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const longer = Math.max(a.end - a.start, b.end - b.start);
      if (overlap > 0 && overlap * 2 >= longer) candidates.push([overlap, i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** Words that name nobody, so sharing them is no evidence ("the", "he"). */
const NOT_NAME_TOKENS = new Set(['the', 'a', 'an', 'of', 'and', 'on', 'in', 'for', 'at', 'to', 'by', 'he', 'she', 'it', 'they', 'we', 'i', 's']);

function nameTokens(name: string): Set<string> {
  const tokens = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0 && !NOT_NAME_TOKENS.has(token));
  return new Set(tokens);
}

export function speakerRight(gold: GoldSpeaker, quote: Quote): boolean {
  const speaker = quote.speaker;
  if (!gold.hasSpeaker) return speaker === null;
  if (!speaker) return false;
  if (gold.speakerStart !== null && gold.speakerEnd !== null && speaker.start < gold.speakerEnd && gold.speakerStart < speaker.end) return true;
  const predicted = nameTokens(speaker.name);
  return gold.speakerNames.some((name) => [...nameTokens(name)].some((token) => predicted.has(token)));
}
