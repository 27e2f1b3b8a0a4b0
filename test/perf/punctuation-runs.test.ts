import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import { expectSpansHold } from '../helpers/spans.js';

/**
 * Time against size for runs of marks with no space between them, which compromise reads in time
 * that grows with the square of the run (400,000 full stops took over four minutes). Each class is
 * timed at two sizes, four times apart, best of a few runs: linear work takes about four times as
 * long, quadratic sixteen. The ratio, not the time, is tested, so a slow or busy machine passes; the
 * shorter time is floored so that a run too quick to time cannot inflate it.
 */
const SMALL = 25_000;
const GROWTH = 4;
/** Between linear (4) and quadratic (16), with room for a shared machine's noise. */
const MAX_RATIO = 10;
const FLOOR_MS = 25;

const classes: Array<[string, (n: number) => string]> = [
  ['full stops', (n) => '.'.repeat(n)],
  ['exclamation marks', (n) => '!'.repeat(n)],
  ['question marks', (n) => '?'.repeat(n)],
  ['opening parentheses', (n) => '('.repeat(n)],
  ['straight double quote marks', (n) => '"'.repeat(n)],
  ['nested parentheses around a word', (n) => `${'('.repeat(n / 2)}word${')'.repeat(n / 2)}`],
  ['a sentence end drawn out', (n) => `It ended${'.'.repeat(n)} Then the council met.`],
  ['letters and full stops ("a.a.a.")', (n) => 'a.'.repeat(n / 2)],
  ['emoji', (n) => '😀'.repeat(n / 2)],
  ['combining marks', (n) => `e${'\u0301'.repeat(n)}`],
  ['empty lines', (n) => ' \n'.repeat(n / 2)],
];

function bestOf(runs: number, text: string): { ms: number; report: Report } {
  let ms = Infinity;
  let report: Report | null = null;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    report = analyze(text);
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, report: report! };
}

describe('runs of marks without spaces take time in step with their length', () => {
  analyze('Warm up the parser.');

  it.each(classes)('%s', { timeout: 120_000 }, (_, make) => {
    const small = bestOf(3, make(SMALL)).ms;
    const text = make(SMALL * GROWTH);
    const large = bestOf(2, text);
    const ratio = large.ms / Math.max(small, FLOOR_MS);
    expect(ratio, `${Math.round(small)} ms at ${SMALL}, ${Math.round(large.ms)} ms at ${SMALL * GROWTH}`).toBeLessThan(MAX_RATIO);
    expectSpansHold(text, large.report);
  });
});
