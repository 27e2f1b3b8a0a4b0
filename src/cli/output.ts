import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Io, OutputStream } from './io.js';

/** Where results go: standard output, or the `-o` file. */
export interface ResultSink {
  stream: OutputStream;
  /**
   * Resolves when the stream can take more. A file is written synchronously and always can;
   * standard output is asynchronous on some systems (a pipe on macOS), and a consumer slower than
   * newsx (`| jq` on a large corpus) would otherwise leave every report buffered in memory.
   */
  drained(): Promise<void>;
  /** Closes the file; rejects with `PATH: cannot write (reason)` when it could not be written. */
  close(): Promise<void>;
}

/**
 * Opens the `-o` file (creating missing folders, as CI report paths often need) before any work
 * is done, so a target that cannot be opened is a usage error at once rather than after a long
 * run. The file is written synchronously, as Node writes standard output to a file, so nothing
 * waits in memory for a slow disk; a failure while writing (a full disk) surfaces from `close()`,
 * and nothing more is written after it.
 */
export function openSink(io: Io, outputFile: string | undefined): ResultSink {
  if (!outputFile) return { stream: io.stdout, drained: () => drained(io.stdout), close: async () => {} };
  const target = path.resolve(io.cwd, outputFile);
  let fd: number;
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch {
    // The open below fails too, with the error that names the real cause.
  }
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw new UsageError(cannotWrite(outputFile, error));
  }
  let failure: unknown = null;
  const write = (chunk: string | Uint8Array) => {
    if (failure !== null) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    } catch (error) {
      failure = error;
    }
  };
  return {
    stream: { isTTY: false, write },
    drained: async () => {},
    close: async () => {
      try {
        closeSync(fd);
      } catch (error) {
        failure ??= error;
      }
      if (failure !== null) throw new Error(cannotWrite(outputFile, failure));
    },
  };
}

/**
 * Resolves once `stream` has room: at once unless it is a Node stream whose buffer is full, then
 * on 'drain', or on 'error' or 'close', whose consequences are handled where those are listened to.
 */
export function drained(stream: OutputStream): Promise<void> {
  const writable = stream as OutputStream & Partial<Pick<NodeJS.EventEmitter, 'once' | 'off'>> & { writableNeedDrain?: boolean };
  const { once, off } = writable;
  if (!writable.writableNeedDrain || !once || !off) return Promise.resolve();
  const events = ['drain', 'error', 'close'];
  return new Promise((resolve) => {
    const done = () => {
      for (const event of events) off.call(writable, event, done);
      resolve();
    };
    for (const event of events) once.call(writable, event, done);
  });
}

/** `PATH: cannot write (reason)`, the one line every command prints for an output it could not write. */
export function cannotWrite(name: string, error: unknown): string {
  return `${name}: cannot write (${describeWriteError(error)})`;
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reasons: Record<string, string> = {
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent of this path is not a directory',
    ENOENT: 'no such directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
  };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * What the process does when standard output fails: `| head` closing the pipe (EPIPE) ends the
 * run quietly but never as a success, so a `set -o pipefail` gate still fails: the run's exit
 * code when it is known and not 0, otherwise 141 as a shell reports a process killed by SIGPIPE.
 * Any other failure (a full disk) is named on stderr, exit 2.
 */
export function stdoutFailure(error: unknown, exitCode: number | undefined): { exitCode: number; message: string | null } {
  if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return { exitCode: exitCode ? exitCode : 141, message: null };
  return { exitCode: 2, message: `newsx: ${cannotWrite('<stdout>', error)}\n` };
}
