import type { Io } from './io.js';

/** Draws one line of progress from files done, files in all, time taken and the terminal's width. */
export type RenderProgress = (done: number, total: number, elapsedMs: number, width: number) => string;

/** A progress line that can be redrawn and wiped, so results written to the same terminal stay clean. */
export interface Progress {
  tick(done: number): void;
  clear(): void;
}

/**
 * The progress line of long runs (`lint`, `analyze`): on stderr, only when it is a terminal and CI
 * is unset, only for more than one file; redrawn at most ten times a second.
 */
export function createProgress(io: Io, total: number, render: RenderProgress): Progress {
  const enabled = io.stderr.isTTY === true && !io.env.CI && total > 1 && Number.isFinite(total);
  const started = performance.now();
  let drawn = false;
  let last = 0;
  return {
    tick(done: number) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      io.stderr.write(`\r${render(done, total, now - started, io.stderr.columns ?? 80)}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (!drawn) return;
      io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
