import type { CorpusFinding, CorpusRule } from '../rule.js';
import { foldText } from '../fold.js';

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
/** Fixed seeds, so signatures from different runs, workers and cache entries compare. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b1)));

type Signature = number[];

export const duplicateArticle: CorpusRule<{ threshold: number; minWords: number }, Signature> = {
  id: 'duplicate-article',
  meta: {
    description: 'Flag articles that nearly duplicate an earlier article of the corpus (MinHash over five-word shingles).',
    defaultSeverity: 'warn',
    scope: 'corpus',
    messages: {
      duplicate: 'Near-duplicate of {{other}} (about {{percent}}% of five-word phrases shared).',
    },
    options: {
      threshold: { type: 'number', default: 0.8, minimum: 0.5, maximum: 1, description: 'Estimated Jaccard similarity from which two articles are near-duplicates.' },
      minWords: { type: 'number', default: 30, minimum: SHINGLE, integer: true, description: 'Articles with fewer words in title and body are not compared.' },
    },
  },
  collect(context) {
    const { title, headline, body } = context.analysis.sections;
    if (!body) return null;
    const words = foldText(`${title?.text ?? ''} ${body.text}`).split(' ');
    if (words.length < context.options.minWords) return null;
    const anchor = title ?? headline ?? body.paragraphs[0]!;
    return { signature: minhash(words), range: { start: anchor.start, end: anchor.end } };
  },
  compare(files, options) {
    const buckets = new Map<string, number[]>();
    const best = new Map<number, { other: number; similarity: number }>();
    files.forEach((file, position) => {
      const candidates = new Set<number>();
      for (let band = 0; band < BANDS; band++) {
        const key = `${band}:${file.signature.slice(band * ROWS, (band + 1) * ROWS).join(',')}`;
        const bucket = buckets.get(key);
        if (bucket) {
          for (const earlier of bucket) candidates.add(earlier);
          bucket.push(position);
        } else buckets.set(key, [position]);
      }
      for (const earlier of candidates) {
        const similarity = estimate(file.signature, files[earlier]!.signature);
        const current = best.get(position);
        if (similarity >= options.threshold && (!current || similarity > current.similarity)) best.set(position, { other: earlier, similarity });
      }
    });
    const findings: CorpusFinding[] = [];
    for (const [position, { other, similarity }] of best) {
      findings.push({
        index: files[position]!.index,
        messageId: 'duplicate',
        data: { other: files[other]!.filePath, percent: Math.round(similarity * 100) },
      });
    }
    return findings;
  },
};

function minhash(words: string[]): Signature {
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

function estimate(a: Signature, b: Signature): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads a 32-bit value so one hash serves as 64 independent ones. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
