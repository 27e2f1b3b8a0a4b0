import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../config/types.js';
import type { FileLint } from './lint-text.js';

/** Bumped whenever a cached result would read differently: 2 added each message's `data`. */
const FORMAT = 2;

interface Entry {
  key: string;
  lint: Omit<FileLint, 'filePath'>;
}

/**
 * Results of earlier runs by input id (an absolute path). An entry is reused only when its key
 * matches: the hash of the file's text, of newsx's version and of the file's effective
 * configuration, so an upgrade or a config change relints everything. Only inputs seen in this
 * run are kept in `serialize()`. The store is plain memory: reading and writing the cache file is
 * the caller's.
 */
export class LintCache {
  readonly #old: Map<string, Entry>;
  readonly #next = new Map<string, Entry>();
  readonly #version: string;
  /** Configuration hashes by resolved object: files that share a configuration hash it once. */
  readonly #configKeys = new WeakMap<ResolvedConfig, string>();

  constructor(serialized: string | null, version: string) {
    this.#old = new Map(parse(serialized));
    this.#version = version;
  }

  /** What a result for `text` linted under `config` is filed under. */
  key(text: string, config: ResolvedConfig): string {
    let configKey = this.#configKeys.get(config);
    if (configKey === undefined) {
      configKey = createHash('sha256').update(`${this.#version}\u0000${JSON.stringify(config)}`).digest('hex');
      this.#configKeys.set(config, configKey);
    }
    return createHash('sha256').update(configKey).update('\u0000').update(text).digest('hex');
  }

  get(id: string, key: string, filePath: string): FileLint | null {
    const entry = this.#old.get(id);
    if (!entry || entry.key !== key) return null;
    this.#next.set(id, entry);
    return { filePath, ...entry.lint };
  }

  set(id: string, key: string, lint: FileLint): void {
    const { filePath: _, ...rest } = lint;
    this.#next.set(id, { key, lint: rest });
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
    return Object.entries(data.entries).filter(([, e]) => typeof e?.key === 'string' && Array.isArray(e.lint?.messages));
  } catch {
    return [];
  }
}
