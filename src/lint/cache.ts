import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../config/types.js';
import type { FileLint } from './lint-text.js';

const FORMAT = 1;

interface Entry {
  key: string;
  lint: Omit<FileLint, 'filePath'>;
}

/**
 * Results of earlier runs by absolute path. An entry is reused only when its key matches: the
 * hash of the file's text, of newsx's version and of the file's effective configuration, so an
 * upgrade or a config change relints everything. Only files seen in this run are written back.
 */
export class LintCache {
  readonly #old: Map<string, Entry>;
  readonly #next = new Map<string, Entry>();

  constructor(serialized: string | null) {
    this.#old = new Map(parse(serialized));
  }

  get(path: string, key: string, filePath: string): FileLint | null {
    const entry = this.#old.get(path);
    if (!entry || entry.key !== key) return null;
    this.#next.set(path, entry);
    return { filePath, ...entry.lint };
  }

  set(path: string, key: string, lint: FileLint): void {
    const { filePath: _, ...rest } = lint;
    this.#next.set(path, { key, lint: rest });
  }

  serialize(): string {
    return `${JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.#next) })}\n`;
  }
}

/** Hashes what a file's result depends on besides its text; computed once per resolved config. */
export function configKey(config: ResolvedConfig, version: string): string {
  return createHash('sha256').update(`${version}\u0000${JSON.stringify(config)}`).digest('hex');
}

export function cacheKey(text: string, configKeyHash: string): string {
  return createHash('sha256').update(configKeyHash).update('\u0000').update(text).digest('hex');
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
