/**
 * A faster equivalent of compromise's `bulkMatch`, the step of its tagger that picks, for each
 * sentence, which of its ~1,000 post-tagging patterns could apply and runs them.
 *
 * compromise finds the candidates by walking every key of its pattern index (about 730 words and
 * tags) for every sentence and concatenating lists as it goes; on news text that walk took about a
 * fifth of the whole parse. This version walks the sentence's own words and tags instead (a few
 * dozen), puts the keys it finds back in the index's order, and runs the same filters and the same
 * matcher in the same order, so the patterns tried, their order and the results are the same.
 * `test/nlp/compromise-sweep.test.ts` checks that against compromise's own function.
 */

/** One compiled pattern of compromise's post-tagger, as `buildNet` leaves it. */
export interface SweepMatch {
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

interface SweepTerm {
  tags: Set<string>;
}

type Pointer = number[];

interface MatchMethods {
  one: {
    cacheDoc(document: SweepTerm[][]): Array<Set<string>>;
    match(document: SweepTerm[][], match: SweepMatch): { ptrs: Pointer[] };
  };
}

/** What `bulkMatch` returns per hit: the pattern's fields and where it matched. */
export type SweepResult = SweepMatch & { pointer: Pointer };

/** The hook keys in compromise's order, and per key its patterns with a number per distinct pattern text. */
interface NetIndex {
  rank: Map<string, number>;
  lists: SweepMatch[][];
  ids: Int32Array[];
  seen: Uint32Array;
  epoch: number;
}

const indexes = new WeakMap<SweepNet, NetIndex>();

function indexOf(net: SweepNet): NetIndex {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const idOf = new Map<string, number>();
  const lists = keys.map((key) => net.hooks[key]!);
  const ids = lists.map((list) =>
    Int32Array.from(list, (m) => {
      let id = idOf.get(m.match);
      if (id === undefined) idOf.set(m.match, (id = idOf.size));
      return id;
    }),
  );
  index = { rank: new Map(keys.map((key, i) => [key, i])), lists, ids, seen: new Uint32Array(idOf.size), epoch: 0 };
  indexes.set(net, index);
  return index;
}

/** compromise's filters on a candidate: every word it needs, none it must not have, enough of those it wants. */
function applies(m: SweepMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= m.minWant;
}

/** Same arguments and results as compromise's `methods.one.bulkMatch`. */
export function bulkMatch(document: SweepTerm[][], net: SweepNet, methods: MatchMethods, opts: { matchOne?: boolean } = {}): SweepResult[] {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: SweepResult[] = [];
  const present: number[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n]!;
    const termCount = document[n]!.length;
    present.length = 0;
    for (const item of haves) {
      const rank = index.rank.get(item);
      if (rank !== undefined) present.push(rank);
    }
    present.sort((a, b) => a - b);
    const epoch = nextEpoch(index);
    const candidates: SweepMatch[] = [];
    for (const rank of present) {
      const list = index.lists[rank]!;
      const ids = index.ids[rank]!;
      for (let i = 0; i < list.length; i++) {
        if (index.seen[ids[i]!] === epoch) continue;
        index.seen[ids[i]!] = epoch;
        if (applies(list[i]!, haves)) candidates.push(list[i]!);
      }
    }
    for (const m of net.always) candidates.push(m);
    for (const m of candidates) {
      if (termCount < m.minWords) continue;
      const found = methods.one.match([document[n]!], m);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...m, pointer });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

function nextEpoch(index: NetIndex): number {
  if (index.epoch === 0xffffffff) {
    index.seen.fill(0);
    index.epoch = 0;
  }
  return ++index.epoch;
}
