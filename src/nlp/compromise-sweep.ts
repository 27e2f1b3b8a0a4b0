/**
 * A faster equivalent of compromise's `bulkMatch`, the step of its tagger that picks, for each
 * sentence, which of its ~1,000 post-tagging patterns could apply and runs them.
 *
 * compromise finds the candidates by walking every key of its pattern index (about 730 words and
 * tags) for every sentence and concatenating lists as it goes; on news text that walk took about a
 * fifth of the whole parse. This version walks the sentence's own words and tags instead (a few
 * dozen), puts the keys it finds back in the index's order, and runs the same filters in the same
 * order; each candidate then goes through `matchSentence` (compromise-match.ts), which gives what
 * compromise's matcher gives while trying far fewer words. The patterns tried, their order and
 * the results are the same; `test/nlp/compromise-sweep.test.ts` checks that against compromise's
 * own function.
 */

import { matchSentence, viewOf, type CompromiseMatch, type MatchTerm, type MatchTodo, type SentenceView } from './compromise-match.js';

/** One compiled pattern of compromise's post-tagger, as `buildNet` leaves it. */
export interface SweepMatch extends MatchTodo {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** compromise's pattern index: candidate patterns under each word or `#Tag` they need or want. */
export interface SweepNet {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}

type Pointer = number[];

interface MatchMethods {
  one: {
    cacheDoc(document: MatchTerm[][]): Array<Set<string>>;
    match: CompromiseMatch;
  };
}

/** What `bulkMatch` returns per hit: the pattern's fields and where it matched. */
export type SweepResult = SweepMatch & { pointer: Pointer };

/**
 * compromise's index with numbers for strings, in flat arrays so the per-sentence loop reads
 * integers only. Every hook key gets a number, in compromise's order, and so does every `ifNo`
 * word (which need not be a key), after them. Every pattern object gets an entry: the number
 * shared by all patterns with its text (compromise tries a text once per sentence) and its needs,
 * wants and ifNo words as ranges of `words`.
 */
interface NetIndex {
  number: Map<string, number>;
  /** How many of the numbers are hook keys; the rest are `ifNo` words only. */
  keys: number;
  /** Per hook key, its pattern entries in compromise's order. */
  lists: Int32Array[];
  matches: SweepMatch[];
  text: Int32Array;
  minWant: Int32Array;
  minWords: Int32Array;
  /** Per entry, where its needs, wants and ifNo words start in `words`, and where the last ends. */
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
  end: Int32Array;
  words: Int32Array;
  present: Uint32Array;
  seen: Uint32Array;
  epoch: number;
}

const indexes = new WeakMap<SweepNet, NetIndex>();

function indexOf(net: SweepNet): NetIndex {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const number = new Map(keys.map((key, i) => [key, i]));
  const numberOf = (word: string) => {
    let n = number.get(word);
    if (n === undefined) number.set(word, (n = number.size));
    return n;
  };
  const texts = new Map<string, number>();
  const entries = new Map<SweepMatch, number>();
  const matches: SweepMatch[] = [];
  const text: number[] = [];
  const minWant: number[] = [];
  const minWords: number[] = [];
  const starts: number[][] = [[], [], [], []];
  const words: number[] = [];
  const entryOf = (match: SweepMatch): number => {
    let entry = entries.get(match);
    if (entry !== undefined) return entry;
    entry = matches.length;
    entries.set(match, entry);
    matches.push(match);
    let t = texts.get(match.match);
    if (t === undefined) texts.set(match.match, (t = texts.size));
    text.push(t);
    minWant.push(match.minWant);
    minWords.push(match.minWords);
    [match.needs, match.wants, match.ifNo ?? []].forEach((list, part) => {
      starts[part]!.push(words.length);
      for (const word of list) words.push(numberOf(word));
    });
    starts[3]!.push(words.length);
    return entry;
  };
  const lists = keys.map((key) => Int32Array.from(net.hooks[key]!, entryOf));
  index = {
    number,
    keys: keys.length,
    lists,
    matches,
    text: Int32Array.from(text),
    minWant: Int32Array.from(minWant),
    minWords: Int32Array.from(minWords),
    needs: Int32Array.from(starts[0]!),
    wants: Int32Array.from(starts[1]!),
    ifNo: Int32Array.from(starts[2]!),
    end: Int32Array.from(starts[3]!),
    words: Int32Array.from(words),
    present: new Uint32Array(number.size),
    seen: new Uint32Array(texts.size),
    epoch: 0,
  };
  indexes.set(net, index);
  return index;
}

/** compromise's filters on a candidate: every word it needs, none it must not have, enough of those it wants. */
function applies(index: NetIndex, entry: number, epoch: number): boolean {
  const { words, present } = index;
  const wants = index.wants[entry]!;
  const ifNo = index.ifNo[entry]!;
  const end = index.end[entry]!;
  for (let i = index.needs[entry]!; i < wants; i++) if (present[words[i]!] !== epoch) return false;
  for (let i = ifNo; i < end; i++) if (present[words[i]!] === epoch) return false;
  if (ifNo === wants) return true;
  let found = 0;
  for (let i = wants; i < ifNo; i++) if (present[words[i]!] === epoch) found++;
  return found >= index.minWant[entry]!;
}

/**
 * The entries compromise would try on a sentence whose words and tags are `haves`, in its order:
 * by hook key, each pattern text once, keeping those that pass the filters.
 */
function candidatesOf(index: NetIndex, haves: Set<string>, keys: number[], candidates: number[]): void {
  const { present, seen, text } = index;
  const epoch = nextEpoch(index);
  keys.length = 0;
  candidates.length = 0;
  for (const item of haves) {
    const number = index.number.get(item);
    if (number === undefined) continue;
    present[number] = epoch;
    if (number < index.keys) keys.push(number);
  }
  keys.sort((a, b) => a - b);
  for (const key of keys) {
    const list = index.lists[key]!;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!;
      if (seen[text[entry]!] === epoch) continue;
      seen[text[entry]!] = epoch;
      if (applies(index, entry, epoch)) candidates.push(entry);
    }
  }
}

/** Same arguments and results as compromise's `methods.one.bulkMatch`. */
export function bulkMatch(document: MatchTerm[][], net: SweepNet, methods: MatchMethods, opts: { matchOne?: boolean } = {}): SweepResult[] {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: SweepResult[] = [];
  const keys: number[] = [];
  const candidates: number[] = [];
  const tryMatch = (n: number, view: SentenceView, m: SweepMatch): boolean => {
    const found = matchSentence(view, m, methods.one.match);
    if (found.length === 0) return false;
    for (const pointer of found) {
      pointer[0] = n;
      results.push({ ...m, pointer });
    }
    return opts.matchOne === true;
  };
  for (let n = 0; n < document.length; n++) {
    const termCount = document[n]!.length;
    candidatesOf(index, caches[n]!, keys, candidates);
    const view = viewOf(document[n]!);
    for (const entry of candidates) {
      if (termCount >= index.minWords[entry]! && tryMatch(n, view, index.matches[entry]!)) return [results[0]!];
    }
    for (const m of net.always) {
      if (termCount >= m.minWords && tryMatch(n, view, m)) return [results[0]!];
    }
  }
  return results;
}

function nextEpoch(index: NetIndex): number {
  if (index.epoch === 0xffffffff) {
    index.seen.fill(0);
    index.present.fill(0);
    index.epoch = 0;
  }
  return ++index.epoch;
}
