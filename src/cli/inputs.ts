import { lstatSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes, DecodeError, DEFAULT_MAX_BYTES, type BytePosition, type DecodedText, type EncodingChoice, type Fallback } from '../article/decode.js';
import type { Io } from './io.js';

/** One thing to analyse or lint, in the order the user named it. */
export interface InputRef {
  /** The path as shown to the user (relative to cwd when under it), or "<stdin>". */
  display: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
}

export interface ExpandResult {
  inputs: InputRef[];
  /** Patterns that matched nothing. */
  unmatched: string[];
}

export const STDIN: InputRef = { display: '<stdin>', path: null };
const ARTICLE_EXTENSIONS = ['txt', 'md'];

/**
 * Expands paths, directories (their *.txt and *.md, recursively) and globs, keeping the user's
 * order and dropping repeats. A plain path that does not exist stays an input, so it is reported
 * as that file's error rather than silently skipped.
 */
export async function expandInputs(patterns: string[], cwd: string, options: { ignore?: string[] } = {}): Promise<ExpandResult> {
  const inputs: InputRef[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ display: displayPath(absolute, cwd), path: absolute });
  };
  // tinyglobby loads only when a pattern needs it: a single named file starts faster without it.
  const globber = () => import('tinyglobby');
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!seen.has('-')) inputs.push(STDIN);
      seen.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const { glob } = await globber();
      const files = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, ignore: options.ignore ?? [], dot: false });
      if (files.length === 0) unmatched.push(pattern);
      files.sort().forEach(add);
    } else if (info || !(await globber()).isDynamicPattern(pattern)) {
      add(absolute);
    } else {
      const { glob } = await globber();
      const files = await glob(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: options.ignore ?? [], dot: false });
      if (files.length === 0) unmatched.push(pattern);
      files.sort().forEach(add);
    }
  }
  return { inputs, unmatched };
}

export type ReadResult = { ok: true; decoded: DecodedText; bytes: number } | { ok: false; problem: string; code: string; position?: BytePosition | null };

/**
 * Reads and decodes one input. Never throws: every failure becomes a one-line problem for that
 * input, so one bad file in a corpus does not stop the rest.
 *
 * Files are read synchronously: each read is followed at once by analysis on the same thread, so
 * nothing could run meanwhile, and the promise API's thread-pool round trips (stat, open, fstat,
 * read, close) left the thread idle for about 2 ms an article.
 */
export async function readInput(input: InputRef, readStdin: Io['readStdin'], maxBytes = DEFAULT_MAX_BYTES, encoding: EncodingChoice = 'auto'): Promise<ReadResult> {
  try {
    let bytes: Uint8Array;
    if (input.path === null) {
      bytes = await readStdin(maxBytes);
      if (bytes.length > maxBytes) return { ok: false, problem: `input is over the ${maxBytes}-byte limit (--max-bytes)`, code: 'too-large' };
    } else {
      // Stat before open: opening a FIFO blocks until a writer comes, and a device has no end.
      const info = statSync(input.path);
      if (info.isDirectory()) return { ok: false, problem: 'is a directory, not a file', code: 'EISDIR' };
      if (!info.isFile()) return { ok: false, problem: 'not a regular file (a FIFO, socket or device)', code: 'not-a-file' };
      if (info.size > maxBytes) return { ok: false, problem: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`, code: 'too-large' };
      bytes = readFileSync(input.path);
    }
    return { ok: true, decoded: decodeBytes(bytes, { maxBytes, encoding }), bytes: bytes.length };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, problem: error.message, code: error.code, position: error.position };
    if (input.path !== null && (error as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(input.path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      return { ok: false, problem: 'a symbolic link to a missing file', code: 'ENOENT' };
    }
    return { ok: false, ...describeFsError(error) };
  }
}

/** The one-line warning for a file `--encoding auto` read as Windows-1252, after `newsx: PATH: `. */
export function fallbackWarning(fallback: Fallback): string {
  return `not valid UTF-8 (byte 0x${fallback.byte.toString(16).padStart(2, '0')} at line ${fallback.line}, column ${fallback.column}); read as Windows-1252`;
}

function describeFsError(error: unknown): { problem: string; code: string } {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const problems: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory, not a file',
    ENOTDIR: 'a parent of this path is not a directory',
    ELOOP: 'too many symbolic links',
  };
  return { problem: problems[code] ?? `cannot read (${(error as Error).message ?? code})`, code };
}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
