import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/**
 * V8's full collection, or null where V8 does not give it. The main process of a worker run
 * allocates little on its own heap, so V8 seldom collects it, and the buffers the workers'
 * results arrive in lie outside the heap and are freed only by a collection: over 10,000 articles
 * they held 40 MB more than over 1,000. V8 hands `gc` only to contexts made after `--expose-gc`
 * is set, so the flag is set here and the function taken from a new context.
 */
export function fullCollection(): (() => void) | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collector = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  return collector;
}
