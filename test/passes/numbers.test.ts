import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { NumberMention } from '../../src/types.js';

const seed = readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.gold.json', import.meta.url), 'utf8')) as {
  numbers: Array<Omit<NumberMention, 'section'>>;
};

function numbers(text: string): NumberMention[] {
  const found = analyze(text, { referenceDate: '2025-03-14' }).numbers;
  for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  return found;
}

/** The one number in `text` whose span is `span`. */
function only(text: string, span: string): NumberMention {
  const hits = numbers(text).filter((n) => n.text === span);
  expect(hits, `${span} in ${text}`).toHaveLength(1);
  return hits[0]!;
}

describe('numbersPass on the seed article', () => {
  it('reports exactly the gold numbers', () => {
    const found = numbers(seed).map(({ start, end, text, value, kind, unit, counts }) => ({ start, end, text, value, kind, unit, counts }));
    expect(found).toEqual(gold.numbers.map(({ start, end, text, value, kind, unit, counts }) => ({ start, end, text, value, kind, unit, counts })));
  });
});

describe('numbersPass readings', () => {
  const cases: Array<[string, string, Partial<NumberMention>]> = [
    ['About 1,200 dock workers walked out.', '1,200', { value: 1200, kind: 'cardinal', counts: 'dock workers' }],
    ['Output rose to 3.5 tonnes of grain.', '3.5', { value: 3.5, unit: 'tonne', counts: 'grain' }],
    ['Twenty-five people were hurt.', 'Twenty-five', { value: 25, counts: 'people' }],
    ['It bought one hundred and twelve buses.', 'one hundred and twelve', { value: 112, counts: 'buses' }],
    ['She sold a dozen eggs.', 'a dozen', { value: 12, counts: 'eggs' }],
    ['They pumped 1.2 million barrels.', '1.2 million', { value: 1_200_000, unit: 'barrel' }],
    ['It was the 3rd attempt.', '3rd', { value: 3, kind: 'ordinal', counts: 'attempt' }],
    ['Sales rose 12% last year.', '12%', { value: 12, kind: 'percent', unit: '%' }],
    ['Sales rose 12 percent.', '12 percent', { value: 12, kind: 'percent' }],
    ['Sales rose 35 % in January .', '35 %', { value: 35, kind: 'percent' }],
    ['About 60 % of the parts come from abroad.', '60 %', { kind: 'percent', counts: 'parts' }],
    ['The deal is worth $1.2bn.', '$1.2bn', { value: 1_200_000_000, kind: 'money', unit: 'USD' }],
    ['Rent rose to £5m.', '£5m', { value: 5_000_000, kind: 'money', unit: 'GBP' }],
    ['The fine was €3 billion.', '€3 billion', { value: 3_000_000_000, kind: 'money', unit: 'EUR' }],
    ['a US$ 40 billion contract', 'US$ 40 billion', { value: 40_000_000_000, kind: 'money', unit: 'USD' }],
    ['It paid 5 million dollars.', '5 million dollars', { value: 5_000_000, kind: 'money', unit: 'USD' }],
    ['It raised 300 Australian dollars.', '300 Australian dollars', { value: 300, kind: 'money', unit: 'AUD' }],
    ['It cost NZ $ 26 million.', 'NZ $ 26 million', { value: 26_000_000, kind: 'money', unit: 'NZD' }],
    ['Between 10 and 12 people died.', 'Between 10 and 12', { value: 10, to: 12, kind: 'range', counts: 'people' }],
    ['Some 10-12 soldiers were seen.', '10-12', { value: 10, to: 12, kind: 'range', counts: 'soldiers' }],
    ['It will create 1,500 to 2,000 jobs.', '1,500 to 2,000', { value: 1500, to: 2000, kind: 'range', counts: 'jobs' }],
    ['The batteries expire after 30 -- 40 days .', '30 -- 40', { value: 30, to: 40, kind: 'range', unit: 'day' }],
    ['A $10-12 million budget.', '$10-12 million', { value: 10_000_000, to: 12_000_000, kind: 'range', unit: 'USD' }],
    ['A 12-year-old boy ran 5km.', '12-year-old', { value: 12, unit: 'year', counts: 'boy' }],
    ['A 12-year-old boy ran 5km.', '5km', { value: 5, unit: 'km' }],
    ['A three-member panel met.', 'three-member', { value: 3, unit: null, counts: 'member' }],
    ["Trump's second term began.", 'second', { value: 2, kind: 'ordinal', counts: 'term' }],
    ['It happened two years ago.', 'two', { value: 2, unit: 'year' }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => {
    expect(only(text, span)).toMatchObject(expected);
  });
});

describe('numbersPass leaves out what is not a quantity', () => {
  const cases: Array<[string, string[]]> = [
    ['The summit was held on July 21, 2017 at 18:00 UTC.', []],
    ['In 2009, the firm grew.', []],
    ['One of the men said the two had met.', []],
    ['The two have previously met for lengthy discussions.', []],
    ['The Boeing 737 and Chapter 11 and COVID-19 and the Airbus A380.', []],
    ['Apple showed iOS 5 and the iPad 2.', []],
    ['A third of voters stayed home.', []],
    ['He was first persuaded to leave.', []],
    ['The Second World War ended.', []],
    ['The council voted 7-2 to approve it.', []],
    ['See https://example.com/2019/05/page-12 for details.', []],
    ['It rose in the 1990s.', []],
    ['Twelve people were injured, three of them seriously.', ['Twelve', 'three']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(numbers(text).map((n) => n.text)).toEqual(expected);
  });
});

describe('numbers after a wire dateline', () => {
  it('reads "About 1,200" after the dash as a count, not as part of a name', () => {
    const text = 'ROTTERDAM, March 3, 2025 (Reuters) - About 1,200 dock workers walked off the job.';
    const numbers = analyze(text).numbers;
    expect(numbers.map((n) => [n.text, n.value, n.counts])).toEqual([['1,200', 1200, 'dock workers']]);
  });

  it('still leaves numbers that continue a name alone', () => {
    expect(analyze('The airline ordered more Boeing 737 jets.').numbers).toEqual([]);
  });
});

describe('numbersPass reads up to the last word of the text', () => {
  const cases: Array<[string, string[]]> = [
    ['from', []],
    ['between', []],
    ['Nobody knows where the money came from', []],
    ['They had to choose between', []],
    ['It rose from $', []],
    ['The tally stood at twenty-', ['twenty']],
    ['Prices rose from 10 to 12 percent', ['from 10 to 12 percent']],
    ['Prices rose between $5 and $7', ['between $5 and $7']],
    ['Donations came from 12 countries', ['12']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(numbers(text).map((n) => n.text)).toEqual(expected);
  });

  const lastWords = ['from', 'between', 'a', 'an', 'half', 'Rs', 'Rs.', 'US', '$', 'twenty-', 'five -', '12-', 'the', 'every', 'per', 'its', 'mid-', "'", 'Q3', 'at 10:30', 'last', 'single-'];
  it.each(lastWords)('does not read past the end after "%s"', (last) => {
    const text = `It came to 12 and then ${last}`;
    expect(() => analyze(text, { referenceDate: '2025-03-14' })).not.toThrow();
    expect(numbers(text)[0]?.text).toBe('12');
  });
});
