import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { expectSpansHold } from '../helpers/spans.js';

/**
 * Whole-article golden files: fixtures/golden/<article>.report.json. After an intended change,
 * regenerate them with `npm run test:golden -- -u` and review the diff like code.
 */
const fixtures = path.resolve(__dirname, '../../fixtures');
const articles = [
  '000_a8d46ff2df23af88.txt',
  ...readdirSync(path.join(fixtures, 'articles'))
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => `articles/${name}`),
];
const validate = new Ajv({ allErrors: true }).compile(reportSchema);

describe('schema/report.schema.json', () => {
  const report = analyze(readFileSync(path.join(fixtures, articles[0]!), 'utf8'), { source: articles[0]! }) as unknown as Record<string, unknown>;

  it('closes its objects, so a renamed or unknown field fails validation', () => {
    expect(validate(report)).toBe(true);
    const { quotes, ...rest } = report;
    expect(validate({ ...rest, quote: quotes })).toBe(false);
    expect(validate({ ...report, extra: true })).toBe(false);
    const entities = report.entities as Array<Record<string, unknown>>;
    expect(entities.length).toBeGreaterThan(0);
    const [first, ...others] = entities;
    const { name, ...unnamed } = first!;
    expect(validate({ ...report, entities: [{ ...unnamed, label: name }, ...others] })).toBe(false);
    const quote = (report.quotes as Array<Record<string, unknown>>)[0]!;
    expect(validate({ ...report, quotes: [{ ...quote, speaker: { ...(quote.speaker as object), id: 'e1' } }] })).toBe(false);
  });
});

describe.each(articles)('%s', (name) => {
  const text = readFileSync(path.join(fixtures, name), 'utf8');
  const report = analyze(text, { source: name });

  it('keeps every span true to the input', () => {
    expect(expectSpansHold(text, report)).toBeGreaterThan(0);
  });

  it('validates against schema/report.schema.json', () => {
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('matches its golden report', async () => {
    const golden = path.join(fixtures, 'golden', `${path.basename(name)}.report.json`);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(golden);
  });
});
