import type { FileRule, Range } from '../rule.js';
import { contentWords } from '../fold.js';
import type { Sentence } from '../../nlp/document.js';
import { proseSentences } from '../prose.js';

export const insightRepeatsBody: FileRule<{ threshold: number; minWords: number }> = {
  id: 'insight-repeats-body',
  meta: {
    description: 'Flag insights that restate body sentences almost word for word instead of adding anything.',
    defaultSeverity: 'warn',
    scope: 'file',
    messages: {
      repeats: 'This insight repeats the body (line {{line}}): {{percent}}% of its words are in the same sentence there.',
    },
    options: {
      threshold: {
        type: 'number',
        default: 0.5,
        minimum: 0.1,
        maximum: 1,
        description: 'Share of an insight sentence\'s content words that one or two adjacent body sentences must contain.',
      },
      minWords: { type: 'number', default: 6, minimum: 1, integer: true, description: 'Insight sentences with fewer content words are not judged.' },
    },
  },
  check(context) {
    const { document, options } = context;
    const sentences = proseSentences(document);
    const body = sentences.filter((s) => s.section === 'body');
    if (body.length === 0) return;
    const bodyWords = body.map((s) => new Set(contentWords(s.text)));
    const postings = new Map<string, number[]>();
    bodyWords.forEach((set, i) => {
      for (const word of set) {
        const list = postings.get(word);
        if (list) list.push(i);
        else postings.set(word, [i]);
      }
    });

    const byItem = new Map<number, Array<{ sentence: Sentence; source: Sentence; share: number }>>();
    const itemSize = new Map<number, number>();
    for (const sentence of sentences) {
      if (sentence.section !== 'insights') continue;
      itemSize.set(sentence.paragraph, (itemSize.get(sentence.paragraph) ?? 0) + 1);
      const words = new Set(contentWords(sentence.text));
      if (words.size < options.minWords) continue;
      const best = bestWindow(words, postings, bodyWords.length);
      if (best.count / words.size < options.threshold) continue;
      const found = byItem.get(sentence.paragraph) ?? [];
      found.push({ sentence, source: body[best.index]!, share: best.count / words.size });
      byItem.set(sentence.paragraph, found);
    }
    for (const [item, found] of byItem) {
      // A one-sentence item, or one that repeats the body throughout, is reported whole.
      const whole = found.length === itemSize.get(item);
      const ranges: Range[] = whole ? [document.paragraphs.list[item]!] : found.map((f) => f.sentence);
      ranges.forEach((range, i) => {
        const match = whole ? found.reduce((a, b) => (b.share > a.share ? b : a)) : found[i]!;
        context.report({
          messageId: 'repeats',
          range,
          data: { line: document.paragraphs.position(match.source.start).line, percent: Math.round(match.share * 100) },
        });
      });
    }
  },
};

/**
 * The body window (one sentence, or two adjacent ones: a rewrite often merges them) that contains
 * the most of `words`. Only sentences sharing a word are visited, through the postings.
 */
function bestWindow(words: Set<string>, postings: Map<string, number[]>, count: number): { index: number; count: number } {
  const hits = new Map<number, Set<string>>();
  for (const word of words) {
    for (const i of postings.get(word) ?? []) {
      const set = hits.get(i);
      if (set) set.add(word);
      else hits.set(i, new Set([word]));
    }
  }
  let best = { index: 0, count: 0 };
  for (const [i, set] of hits) {
    if (set.size > best.count) best = { index: i, count: set.size };
    const next = i + 1 < count ? hits.get(i + 1) : undefined;
    if (next) {
      let union = set.size;
      for (const word of next) if (!set.has(word)) union++;
      if (union > best.count) best = { index: set.size >= next.size ? i : i + 1, count: union };
    }
  }
  return best;
}
