import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wholeText, loadWriter } from '../../src/report/index.js';
import { formatJson, isLargeReport, jsonPieces, PIECEWISE_FINDINGS } from '../../src/report/json.js';
import type { Report } from '../../src/types.js';

const report = JSON.parse(readFileSync(new URL('../../fixtures/golden/000_a8d46ff2df23af88.txt.report.json', import.meta.url), 'utf8')) as Report;

/** The seed report with its findings repeated until it has more than `findings` of them. */
function grown(findings: number): Report {
  const times = Math.ceil(findings / (report.entities.length + report.quotes.length + report.numbers.length + report.dates.length)) + 1;
  const repeat = <T>(list: T[]): T[] => Array.from({ length: times }, () => list).flat();
  return { ...report, entities: repeat(report.entities), quotes: repeat(report.quotes), numbers: repeat(report.numbers), dates: repeat(report.dates) };
}

describe('JSON in pieces', () => {
  it.each([
    ['indented', { pretty: true }],
    ['one line', { pretty: false }],
  ])('joins to exactly what formatJson writes (%s)', (_, options) => {
    expect([...jsonPieces(report, options)].join('')).toBe(formatJson(report, options));
    const large = grown(PIECEWISE_FINDINGS);
    const pieces = [...jsonPieces(large, options)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200_000);
    expect(pieces.join('')).toBe(formatJson(large, options));
  });

  it.each([
    ['empty arrays and objects', { a: [], b: {}, c: [{}], d: [[]] }],
    ['values JSON leaves out of objects', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
    ['values JSON writes as null in arrays', { a: [undefined, () => 1, Symbol('s'), 2] }],
    ['holes in an array', { a: [1, , 3] }],
    ['non-finite numbers', { a: [Number.NaN, Number.POSITIVE_INFINITY], b: -0 }],
    ['a value with toJSON', { a: new Date(Date.UTC(2026, 11, 3)), b: [{ toJSON: () => 'x' }] }],
    ['keys that need escaping', { 'a "quoted"\nkey': { 'nested\u2028': ['line\nbreak', 'tab\t'] } }],
    ['deep nesting', { a: [{ b: [{ c: [1, { d: [] }] }] }] }],
    ['no findings at all', {}],
  ])('writes %s as JSON.stringify does', (_, value) => {
    const odd = value as unknown as Report;
    for (const pretty of [true, false]) expect([...jsonPieces(odd, { pretty })].join('')).toBe(formatJson(odd, { pretty }));
  });

  it('leaves a news-sized report to formatJson and writes a very large one in pieces', async () => {
    expect(isLargeReport(report)).toBe(false);
    expect(isLargeReport(grown(PIECEWISE_FINDINGS))).toBe(true);
    const write = await loadWriter('json');
    expect(write(report, { color: false, count: 1 })).toBe(formatJson(report, { pretty: true }));
    const large = write(grown(PIECEWISE_FINDINGS), { color: false, count: 1 });
    expect(typeof large).toBe('object');
    expect(wholeText(large)).toBe(formatJson(grown(PIECEWISE_FINDINGS), { pretty: true }));
  });
});
