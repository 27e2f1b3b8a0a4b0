import type { ResolvedConfig } from '../config/types.js';
import type { FileLint } from './lint-text.js';

/** Bumped whenever a cached result would read differently: 2 added each message's `data`, 3 each entry's `sum`. */
const FORMAT = 3;

/** A hash of a string as text, e.g. SHA-256 in hex; the CLI passes node:crypto's, so this module stays pure. */
export type HashText = (text: string) => string;

interface Entry {
  key: string;
  /** Checksum of the id, the key and the result: an entry edited or cut short by hand no longer matches and is ignored. */
  sum: string;
  lint: Omit<FileLint, 'filePath'>;
}

/**
 * Results of earlier runs by input id (an absolute path). An entry is reused only when its key
 * matches: the hash of the file's text, of newsx's version and of the file's effective
 * configuration, so an upgrade or a config change relints everything, and only when its
 * checksum matches, so a hand-edited entry cannot hide findings. Only inputs seen in this run are
 * kept in `serialize()`. The store is plain memory: reading and writing the cache file, and the
 * hash function, are the caller's.
 */
export class LintCache {
  readonly #old: Map<string, Entry>;
  readonly #next = new Map<string, Entry>();
  readonly #version: string;
  readonly #hash: HashText;
  /** Configuration hashes by resolved object: files that share a configuration hash it once. */
  readonly #configKeys = new WeakMap<ResolvedConfig, string>();

  constructor(serialized: string | null, version: string, hash: HashText) {
    this.#old = new Map(parse(serialized));
    this.#version = version;
    this.#hash = hash;
  }

  /** What a result for `text` linted under `config` is filed under. */
  key(text: string, config: ResolvedConfig): string {
    let configKey = this.#configKeys.get(config);
    if (configKey === undefined) {
      configKey = this.#hash(`${this.#version}\u0000${JSON.stringify(config)}`);
      this.#configKeys.set(config, configKey);
    }
    return this.#hash(`${configKey}\u0000${text}`);
  }

  get(id: string, key: string, filePath: string): FileLint | null {
    const entry = this.#old.get(id);
    if (!entry || entry.key !== key || entry.sum !== this.#sum(id, key, entry.lint)) return null;
    this.#next.set(id, entry);
    return { filePath, ...entry.lint };
  }

  set(id: string, key: string, lint: FileLint): void {
    const { filePath: _, ...rest } = lint;
    this.#next.set(id, { key, sum: this.#sum(id, key, rest), lint: rest });
  }

  #sum(id: string, key: string, lint: Entry['lint']): string {
    return this.#hash(`${FORMAT}\u0000${id}\u0000${key}\u0000${JSON.stringify(lint)}`);
  }

  serialize(): string {
    return `${JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.#next) })}\n`;
  }
}

function parse(serialized: string | null): Array<[string, Entry]> {
  if (!serialized) return [];
  try {
    const data = JSON.parse(serialized) as { format?: number; entries?: Record<string, Entry> };
    if (data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) return [];
    return Object.entries(data.entries).filter(([, e]) => typeof e?.key === 'string' && typeof e.sum === 'string' && Array.isArray(e.lint?.messages));
  } catch {
    return [];
  }
}
