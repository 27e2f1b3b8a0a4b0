/**
 * Deterministic mutations of articles for the fuzz test: a seeded generator and the damage real
 * corpora show (truncated model output, stray and exotic quote marks, emoji, invisible and control
 * characters, broken lines, repeated headings, reordered paragraphs). The same seed gives the same
 * cases on every machine, so a failure names its case and can be replayed.
 */

/** mulberry32: small, fast and good enough to pick mutations; `next()` is in [0, 1). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '′', '″', '‴', '`', '``', "''", '「', '」', '＂'];
const ASTRAL = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇬🇧', '𝐀𝐁𝐂', '𠜎', '🧑🏿‍🚀', '❤️', '#️⃣'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0301\u0302\u0303\u0304\u0305', '\u20dd', '\u0489'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\f', '\v'];
const HEADINGS = ['Additional Insights:', '## Additional Insights', 'Title: ', 'Sure! Here is the rewritten article:', '# '];

/** C0 control characters, NUL and ESC included. */
const control = (random: Random) => String.fromCharCode(random.int(32));

type Mutation = (text: string, random: Random) => string;

const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);
/** A random offset, sometimes inside a surrogate pair or between a letter and its combining mark. */
const anywhere = (text: string, random: Random) => random.int(text.length + 1);
/** An offset at a word's edge, where a mark is most likely to change how the text reads. */
function wordEdge(text: string, random: Random): number {
  const at = anywhere(text, random);
  const match = /[\s.,;:!?]/.exec(text.slice(at));
  return match ? at + match.index : text.length;
}
function paragraphs(text: string): string[] {
  return text.split(/(?:\r?\n){2,}/);
}

const MUTATIONS: ReadonlyArray<[string, Mutation]> = [
  ['delete', (text, r) => {
    const at = anywhere(text, r);
    return text.slice(0, at) + text.slice(at + 1 + r.int(r.next() < 0.8 ? 12 : 400));
  }],
  ['quote mark', (text, r) => insertAt(text, r.next() < 0.5 ? wordEdge(text, r) : anywhere(text, r), r.pick(QUOTE_MARKS))],
  ['astral', (text, r) => insertAt(text, r.next() < 0.5 ? wordEdge(text, r) : anywhere(text, r), r.pick(ASTRAL))],
  ['combining', (text, r) => insertAt(text, anywhere(text, r), r.pick(COMBINING).repeat(1 + r.int(r.next() < 0.9 ? 3 : 60)))],
  ['invisible', (text, r) => insertAt(text, anywhere(text, r), r.pick(INVISIBLE))],
  ['control', (text, r) => insertAt(text, anywhere(text, r), control(r))],
  ['line break', (text, r) => insertAt(text, anywhere(text, r), r.pick(BREAKS))],
  ['heading', (text, r) => {
    const lines = text.split('\n');
    const line = r.next() < 0.5 ? lines[r.int(lines.length)]! : r.pick(HEADINGS);
    const at = r.int(lines.length + 1);
    return [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
  }],
  ['truncate', (text, r) => text.slice(0, anywhere(text, r))],
  ['truncate after a word', (text, r) => {
    const ends = [...text.matchAll(/\p{L}(?=\P{L}|$)/gu)].map((m) => m.index! + 1);
    return ends.length === 0 ? text : text.slice(0, r.pick(ends));
  }],
  ['shuffle', (text, r) => {
    const parts = paragraphs(text);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    return parts.join('\n\n');
  }],
  ['swap case', (text, r) => {
    const at = anywhere(text, r);
    const end = at + r.int(200);
    const piece = text.slice(at, end);
    return text.slice(0, at) + (r.next() < 0.5 ? piece.toUpperCase() : piece.toLowerCase()) + text.slice(end);
  }],
];

export interface MutatedCase {
  /** What was done, in order ("quote mark, truncate"), for the failure message. */
  steps: string[];
  text: string;
}

/**
 * A stretch of an article to mutate: the whole of it one time in ten (its sections, headings
 * and insights matter), otherwise one to three of its paragraphs, which keeps each case cheap.
 */
export function excerpt(text: string, random: Random): string {
  if (random.next() < 0.1) return text;
  const parts = paragraphs(text);
  const at = random.int(parts.length);
  return parts.slice(at, at + 1 + random.int(3)).join('\n\n');
}

/** One to four random mutations of `text`. */
export function mutate(text: string, random: Random): MutatedCase {
  const steps: string[] = [];
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const [name, mutation] = random.pick(MUTATIONS);
    steps.push(name);
    text = mutation(text, random);
  }
  return { steps, text };
}
