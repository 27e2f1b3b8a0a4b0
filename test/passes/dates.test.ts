import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesScorer } from '../../src/eval/dates.js';
import type { GoldDocument } from '../../src/eval/types.js';
import { analyze } from '../../src/index.js';
import type { DateMention, Report } from '../../src/types.js';

const seed = readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.gold.json', import.meta.url), 'utf8')) as {
  dates: Array<Omit<DateMention, 'section'>>;
};

function dates(text: string, referenceDate: string | null = null): DateMention[] {
  const found = analyze(text, { referenceDate }).dates;
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

const brief = (found: DateMention[]) => found.map((d) => [d.text, d.type, d.value]);

describe('datesPass on the seed article (no reference date)', () => {
  const found = dates(seed);

  it('finds every gold expression with its type and value', () => {
    for (const g of gold.dates) {
      const hit = found.find((d) => d.start === g.start && d.end === g.end);
      expect(hit, g.text).toBeDefined();
      expect([hit!.type, hit!.value], g.text).toEqual([g.type, g.value]);
    }
  });

  it('reports beyond the gold only the "now" of "now entering its fifth year"', () => {
    const extra = found.filter((d) => !gold.dates.some((g) => g.start === d.start && g.end === d.end));
    expect(brief(extra).filter(([text]) => text !== 'the early weeks of the war')).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['now', 'DATE', 'PRESENT_REF'],
    ]);
  });
});

describe('datesPass readings against a reference date', () => {
  // 2025-03-14 is a Friday.
  const ref = '2025-03-14';
  const cases: Array<[string, string, DateMention['type'], string | null]> = [
    ['The talks were held on Friday.', 'Friday', 'DATE', '2025-03-14'],
    ['Ministers met on Tuesday.', 'Tuesday', 'DATE', '2025-03-11'],
    ['Ministers will meet on Tuesday.', 'Tuesday', 'DATE', '2025-03-18'],
    ['Markets stay closed until Monday.', 'Monday', 'DATE', '2025-03-17'],
    ['He spoke on Wednesday morning.', 'Wednesday morning', 'TIME', '2025-03-12TMO'],
    ['Prices fell yesterday.', 'yesterday', 'DATE', '2025-03-13'],
    ['Prices fell last week.', 'last week', 'DATE', '2025-W10'],
    ['Sales will rise next month.', 'next month', 'DATE', '2025-04'],
    ['Sales fell last year.', 'last year', 'DATE', '2024'],
    ['It is expected later this year.', 'later this year', 'DATE', '2025'],
    ['Profits fell in the first quarter of 2009.', 'the first quarter of 2009', 'DATE', '2009-Q1'],
    ['Sales rose in the fourth quarter.', 'the fourth quarter', 'DATE', '2024-Q4'],
    ['The plant opened in 2009.', '2009', 'DATE', '2009'],
    ['Cars of the 1990s were boxy.', '1990s', 'DATE', '199'],
    ["The lowest level since '82.", "'82", 'DATE', '1982'],
    ['It was signed on March 01 , 2008 .', 'March 01 , 2008', 'DATE', '2008-03-01'],
    ['It was signed on 11 December.', '11 December', 'DATE', '2024-12-11'],
    ['The vote will be held on November 20.', 'November 20', 'DATE', '2025-11-20'],
    ['Sales fell in January.', 'January', 'DATE', '2025-01'],
    ['It was announced in November 2006.', 'November 2006', 'DATE', '2006-11'],
    ['It was founded two years ago.', 'two years ago', 'DATE', '2023'],
    ['The bridge collapsed 30 minutes ago.', '30 minutes ago', 'DATE', '2025-03-14'],
    ['The bridge collapsed 36 hours ago.', '36 hours ago', 'DATE', '2025-03-13'],
    ['It opened a fortnight ago.', 'a fortnight ago', 'DATE', '2025-02-28'],
    ['It opened two decades ago.', 'two decades ago', 'DATE', '2005'],
    ['It opened three quarters ago.', 'three quarters ago', 'DATE', '2024-Q2'],
    ['The Dow was down at 16:08 UTC.', '16:08 UTC', 'TIME', '2025-03-14T16:08Z'],
    ['It filed at 12:00 UTC Monday.', '12:00 UTC Monday', 'TIME', '2025-03-10T12:00Z'],
    ['Stocks closed lower for the day.', 'the day', 'DATE', '2025-03-14'],
    ['He was elected this spring.', 'this spring', 'DATE', '2025-SP'],
    ['Now officials are investigating the case.', 'Now', 'DATE', 'PRESENT_REF'],
    ['"It is over." Now the talks resume.', 'Now', 'DATE', 'PRESENT_REF'],
    ['Prices are high now, he said.', 'now', 'DATE', 'PRESENT_REF'],
    ['Right now, prices are high.', 'Right now', 'DATE', 'PRESENT_REF'],
    ['They will decide in the near future.', 'the near future', 'DATE', 'FUTURE_REF'],
    ["Today's students read less.", "Today's", 'DATE', 'PRESENT_REF'],
    ['In a three-hour meeting they agreed.', 'three-hour', 'DURATION', 'PT3H'],
    ['She waited for three hours.', 'three hours', 'DURATION', 'PT3H'],
    ['He served for five years.', 'five years', 'DURATION', 'P5Y'],
    ['It took almost two and a half years.', 'almost two and a half years', 'DURATION', 'P2Y6M'],
    ['It fell over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
    ['He will stay for the next four years.', 'the next four years', 'DURATION', 'P4Y'],
    ['It has been that way for years.', 'years', 'DURATION', 'PXY'],
    ['It has been that way for decades.', 'decades', 'DURATION', 'PXDE'],
    ['It lasted two decades.', 'two decades', 'DURATION', 'P20Y'],
    ['It lasted two fortnights.', 'two fortnights', 'DURATION', 'P4W'],
    ['It lasted 45 minutes.', '45 minutes', 'DURATION', 'PT45M'],
    ['The war, now in its fifth year, goes on.', 'its fifth year', 'DURATION', 'P5Y'],
    ['They meet twice a year.', 'a year', 'SET', 'P1Y'],
    ['Tankers arrive at a rate of 15 a year.', 'a year', 'SET', 'P1Y'],
    ['The committee meets every week.', 'every week', 'SET', 'P1W'],
    ['It publishes a weekly report.', 'weekly', 'SET', 'P1W'],
  ];
  it.each(cases)('%s → %s', (text, span, type, value) => {
    const hits = dates(text, ref).filter((d) => d.text === span);
    expect(hits, brief(dates(text, ref)).join(' | ')).toHaveLength(1);
    expect([hits[0]!.type, hits[0]!.value]).toEqual([type, value]);
  });

  it('keeps the type but gives no value without a reference date', () => {
    expect(brief(dates('The talks were held on Friday and last week.'))).toEqual([
      ['Friday', 'DATE', null],
      ['last week', 'DATE', null],
    ]);
  });

  it('gives absolute dates and durations a value without a reference date', () => {
    expect(brief(dates('On July 21, 2017 they talked for two hours.'))).toEqual([
      ['July 21, 2017', 'DATE', '2017-07-21'],
      ['two hours', 'DURATION', 'PT2H'],
    ]);
  });
});

describe('datesPass leaves out words that only look like dates', () => {
  const cases: Array<[string, string[]]> = [
    ['He may go to the meeting.', []],
    ['Protesters march on the capital.', []],
    ['Theresa May said she would resign.', []],
    ["Trump's second term began with a second wave.", []],
    ['A fall in prices hurt farmers.', []],
    ['The survey covered 1709 schoolchildren and 2000 employees.', []],
    ['The Boeing 737-800 and the A330-200 fly long routes.', []],
    ['The first half ended 0 – 0, and the second half was tense.', []],
    ['The ratio was 10/12 of them.', []],
    ['Black Monday is remembered.', ['Monday']],
    ['Now, he says, the plan has failed.', []],
    ['"Iraq was ready to withdraw." Now, he says, it wants more.', []],
    ['The Now Party won.', []],
    ['It is currently closed under the current rules.', []],
    ['It recently reopened after a recent fire.', []],
    ['They will leave as soon as the road opens.', []],
    ['The firm raised its quarterly dividend.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(dates(text, '2025-03-14').map((d) => d.text)).toEqual(expected);
  });

  it('gives a named day such as "Black Monday" no calendar value', () => {
    expect(dates('Black Monday is remembered.', '2025-03-14')[0]!.value).toBeNull();
  });
});

describe('datesScorer', () => {
  const text = 'Prices fell on Friday and have risen for two years since 2010.';
  const gold: GoldDocument = {
    id: 'hand-made',
    text,
    dct: '2025-03-14',
    timex: [
      { start: 15, end: 21, text: 'Friday', type: 'DATE', value: '2025-03-14' },
      { start: 41, end: 50, text: 'two years', type: 'DURATION', value: 'P2Y' },
      { start: 57, end: 61, text: '2010', type: 'DATE', value: '2010' },
    ],
  };
  const mention = (start: number, end: number, type: DateMention['type'], value: string | null): DateMention => ({
    start,
    end,
    text: text.slice(start, end),
    section: 'body',
    type,
    value,
  });
  const report = (found: DateMention[]) => ({ dates: found }) as unknown as Report;
  const rows = (found: DateMention[]) => Object.fromEntries(datesScorer.score([{ gold, report: report(found) }]).map((row) => [row.name, row]));

  it('accepts only documents with a timex array and heads with relaxed all', () => {
    expect(datesScorer.accepts(gold)).toBe(true);
    expect(datesScorer.accepts({ id: 'x', text: '' })).toBe(false);
    expect(datesScorer.headline).toBe('relaxed all');
  });

  it('matches on any overlap, one to one, and counts values only when equal', () => {
    const scored = rows([
      mention(12, 21, 'DATE', '2025-03-14'), // "on Friday": overlaps gold Friday, same value
      mention(15, 18, 'DATE', '2025-03-14'), // a second overlap of the same gold item: a false positive
      mention(41, 44, 'DURATION', 'P3Y'), // overlaps "two years", wrong value
      mention(0, 6, 'DATE', null), // "Prices": overlaps nothing
    ]);
    expect(scored['relaxed all']).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(scored['relaxed DATE+TIME']).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(scored['value all']).toMatchObject({ tp: 1, fp: 3, fn: 2 });
  });

  it('scores newsx itself on the hand-made document', () => {
    const scored = rows(analyze(text, { referenceDate: '2025-03-14' }).dates);
    expect(scored['relaxed all']).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(scored['value all']).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });
});
