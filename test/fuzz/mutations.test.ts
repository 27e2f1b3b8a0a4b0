import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, readDocument } from '../../src/analyze.js';
import { lintDocument } from '../../src/index.js';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { excerpt, mutate, Random } from '../helpers/mutate.js';
import { collectSpans } from '../helpers/spans.js';

/**
 * Thousands of deterministic mutations of the fixtures (see test/helpers/mutate.ts), each analysed
 * and linted from one parse: no exception, every span true to the text, the report valid against its schema, and
 * no article slow enough to show super-linear work. A fixture article takes tens of milliseconds,
 * so the bound is far above anything but a pathological slowdown. Failures are gathered and shown
 * together with their case number and mutations; NEWSX_FUZZ_CASES and NEWSX_FUZZ_SEED replay
 * more or other cases. 1,500 cases take about 40 s of one core; the timeout leaves room for a
 * busy machine.
 */
const CASES = Number(process.env.NEWSX_FUZZ_CASES ?? 1500);
const SEED = Number(process.env.NEWSX_FUZZ_SEED ?? 20251202);
const SLOW_MS = 5000;

const fixtures = path.resolve(__dirname, '../../fixtures');
const articles = [
  readFileSync(path.join(fixtures, '000_a8d46ff2df23af88.txt'), 'utf8'),
  ...readdirSync(path.join(fixtures, 'articles'))
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => readFileSync(path.join(fixtures, 'articles', name), 'utf8')),
];
const validate = new Ajv({ allErrors: true }).compile(reportSchema);

/** What is wrong with the reading of `text`, or nothing. */
function problems(text: string): string[] {
  const found: string[] = [];
  const options = { referenceDate: '2025-03-14' };
  const document = readDocument(text, options);
  const report = analyzeDocument(document, options);
  for (const { path: at, span } of collectSpans(report)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length) || text.slice(span.start, span.end) !== span.text) {
      found.push(`span ${at} [${span.start}, ${span.end}) ${JSON.stringify(span.text.slice(0, 40))}`);
    }
  }
  if (!validate(report)) found.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const lint = lintDocument(document, report);
  for (const message of lint.messages) {
    if (!(message.line >= 1 && message.column >= 1)) found.push(`lint ${message.ruleId} at ${message.line}:${message.column}`);
  }
  return found;
}

describe('mutated articles', () => {
  it(`reads ${CASES} mutations of the fixtures without an exception, a false span, an invalid report or a slowdown`, () => {
    const random = new Random(SEED);
    const failures: string[] = [];
    let slowest = 0;
    for (let n = 0; n < CASES && failures.length < 10; n++) {
      const { steps, text } = mutate(excerpt(random.pick(articles), random), random);
      const label = `case ${n} (${steps.join(', ')})`;
      const started = performance.now();
      try {
        for (const problem of problems(text)) failures.push(`${label}: ${problem}`);
      } catch (error) {
        failures.push(`${label}: threw ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
      }
      const elapsed = performance.now() - started;
      slowest = Math.max(slowest, elapsed);
      if (elapsed > SLOW_MS) failures.push(`${label}: took ${Math.round(elapsed)} ms`);
    }
    expect(failures).toEqual([]);
    expect(slowest).toBeLessThan(SLOW_MS);
  }, 600_000);
});
