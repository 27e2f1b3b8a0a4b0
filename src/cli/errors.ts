/** A mistake in how newsx was called (bad flag value, nothing matched): one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Some input could not be analysed, or lint found errors. */
  failure: 1,
  /** Usage, configuration or internal failure. */
  usage: 2,
} as const;

/** Mutable result a command's action fills in; `main()` returns it. */
export interface RunState {
  exitCode: number;
}
