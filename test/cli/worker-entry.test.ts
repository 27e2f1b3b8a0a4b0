import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pool starts workers from a path relative to its own module, and the bundler decides where
 * that module lands (dist/cli/main.js or a shared chunk in dist/). When no candidate path exists,
 * `--concurrency N` silently runs in one process, which no output comparison can catch; this reads
 * the build (npm test builds before vitest) and checks that the worker is where the pool looks.
 */
const dist = path.resolve(__dirname, '../../dist');

function builtModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtModules(file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

describe.skipIf(!existsSync(dist))('the built worker pool', () => {
  it('finds the worker entry from wherever the bundler put it', () => {
    const pools = builtModules(dist).filter((file) => /\bWORKER_FILE =/.test(readFileSync(file, 'utf8')));
    expect(pools.length).toBeGreaterThan(0);
    for (const file of pools) {
      const candidates = [...readFileSync(file, 'utf8').matchAll(/["']([./\w-]*worker\.js)["']/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
      expect(candidates.some((candidate) => existsSync(candidate)), `${path.relative(dist, file)} looks for ${candidates.join(', ')}`).toBe(true);
    }
  });
});
