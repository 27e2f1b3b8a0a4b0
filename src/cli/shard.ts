import { InvalidArgumentError } from 'commander';

export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, e.g. 2/4.');
  return { index, count };
}

/**
 * Whether a path belongs to this shard. The split hashes the path (FNV-1a over its
 * forward-slash form), so every job of a CI matrix agrees without coordination and a file
 * keeps its shard when others are added.
 */
export function inShard(path: string, shard: Shard): boolean {
  let hash = 0x811c9dc5;
  const key = path.replace(/\\/g, '/');
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shard.count === shard.index - 1;
}
