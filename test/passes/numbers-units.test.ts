import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { NumberMention } from '../../src/types.js';

function numbers(text: string): NumberMention[] {
  const found = analyze(text, { referenceDate: '2025-03-14' }).numbers;
  for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  return found;
}

const brief = (found: NumberMention[]) => found.map((n) => [n.text, n.kind, n.value, n.unit]);

describe('"m" after digits: metres in sport and measures, millions elsewhere', () => {
  const cases: Array<[string, Array<[string, string, number, string | null]>]> = [
    ['She won the 60m hurdles.', [['60m', 'cardinal', 60, 'm']]],
    ['He took gold in the 5,000m.', [['5,000m', 'cardinal', 5000, 'm']]],
    ['She jumped 6.63m to win.', [['6.63m', 'cardinal', 6.63, 'm']]],
    ['They reached the 400m final.', [['400m', 'cardinal', 400, 'm']]],
    ['The pit was 3m deep.', [['3m', 'cardinal', 3, 'm']]],
    // Money and plain millions stay millions.
    ['The club paid £5m.', [['£5m', 'money', 5_000_000, 'GBP']]],
    ['The fee rose to $1.2m.', [['$1.2m', 'money', 1_200_000, 'USD']]],
    ['The show drew 5m viewers.', [['5m', 'cardinal', 5_000_000, null]]],
    ['Its 2m members voted.', [['2m', 'cardinal', 2_000_000, null]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(numbers(text))).toEqual(expected);
  });
});

describe('hyphenated "one" in an idiom counts nothing', () => {
  const cases: Array<[string, Array<[string, string, number, string | null]>]> = [
    ['It was a one-off payment.', []],
    ['They held a one-on-one meeting.', []],
    ['It is a one-way street.', []],
    ['He signed a one-year deal.', [['one-year', 'cardinal', 1, 'year']]],
    ['One of the two ships sank.', [['two', 'cardinal', 2, null]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(numbers(text))).toEqual(expected);
  });
});

describe('an age is a number of years, not a stretch of time', () => {
  it('reads "22-year-old" as 22 years counting the person, and dates nothing', () => {
    const report = analyze('The 22-year-old striker scored.', { referenceDate: '2025-03-14' });
    expect(report.numbers.map((n) => [n.text, n.value, n.unit, n.counts])).toEqual([['22-year-old', 22, 'year', 'striker']]);
    expect(report.dates).toEqual([]);
  });
});
