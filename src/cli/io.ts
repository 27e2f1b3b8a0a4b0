import { splitLines, type Line } from './lines.js';

/**
 * Where the CLI writes; a stream in production, a string buffer in tests. Reports formatted by a
 * worker arrive as UTF-8 bytes and are written as they are.
 */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything the CLI takes from the process, injected so `main()` runs in-process in tests and
 * never calls `process.exit`. Files are read with node:fs directly, relative to `cwd`.
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * Standard input as bytes (for `-`), read up to `limit` bytes and one more: a caller can tell
   * an input over its limit without holding all of it (`< /dev/zero` never ends).
   */
  readStdin(limit?: number): Promise<Uint8Array>;
  /** Standard input line by line; with `maxBytes` (for `--input ndjson`), a longer line comes as LINE_TOO_LONG. */
  stdinLines(): AsyncIterable<string>;
  stdinLines(maxBytes: number): AsyncIterable<Line>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function nodeIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin(limit = Number.POSITIVE_INFINITY) {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        if (length > limit) break;
      }
      return Buffer.concat(chunks);
    },
    stdinLines: ((maxBytes?: number) => splitLines(process.stdin, maxBytes)) as Io['stdinLines'],
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour follows --color/--no-color, then NO_COLOR and FORCE_COLOR, then whether the stream is a terminal. */
export function wantsColor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * The columns a text report fits in: `--width`, else the terminal's, else `COLUMNS` (set by
 * shells for a pipe or a file), else 80.
 */
export function outputWidth(stream: OutputStream, env: Io['env'], flag: number | undefined): number {
  if (flag !== undefined) return flag;
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
