import type { Io } from '../../src/cli/io.js';
import { splitLines } from '../../src/cli/lines.js';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

/** An in-memory Io: captured stdout/stderr, a given stdin, and a chosen cwd and environment. */
export function fakeIo(options: { cwd?: string; stdin?: string | Uint8Array; env?: Record<string, string | undefined>; tty?: boolean } = {}): FakeIo {
  let stdout = '';
  let stderr = '';
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array());
  return {
    stdout: { write: (chunk: string | Uint8Array) => (stdout += text(chunk)), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (chunk: string | Uint8Array) => (stderr += text(chunk)), isTTY: false },
    readStdin: async () => stdin,
    stdinLines: ((maxBytes?: number) => splitLines([stdin], maxBytes)) as Io['stdinLines'],
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => stdout,
    err: () => stderr,
  };
}
