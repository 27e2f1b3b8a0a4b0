/**
 * One-to-one matching as a maximum bipartite matching (augmenting paths), so a score does not
 * depend on the order of items. Returns, for each prediction, the index of the gold item it is
 * matched to, or -1.
 */
export function matchOneToOne<G, P>(gold: readonly G[], predicted: readonly P[], match: (g: G, p: P) => boolean): Int32Array {
  const candidates = gold.map((g) => predicted.flatMap((p, j) => (match(g, p) ? [j] : [])));
  const owner = new Int32Array(predicted.length).fill(-1);
  const augment = (g: number, seen: Set<number>): boolean => {
    for (const p of candidates[g]!) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (owner[p] === -1 || augment(owner[p]!, seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) augment(g, new Set());
  return owner;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
