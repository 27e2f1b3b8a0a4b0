import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { DateMention } from '../../src/types.js';

function dates(text: string, referenceDate: string): DateMention[] {
  const found = analyze(text, { referenceDate }).dates;
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

const brief = (found: DateMention[]) => found.map((d) => [d.text, d.type, d.value]);

describe('reporting periods in business copy', () => {
  // 2023-11-06: the third quarter has just closed.
  const ref = '2023-11-06';
  const cases: Array<[string, Array<[string, string, string]>]> = [
    [
      'The bakery chain expects to post a third-quarter loss. Revenue in the quarter slipped to $4 million from $5 million a year earlier.',
      [['third-quarter', 'DATE', '2023-Q3'], ['the quarter', 'DATE', '2023-Q3'], ['a year earlier', 'DATE', '2022-Q3']],
    ],
    [
      'Net income for the latest quarter doubled; the year-ago quarter had a charge. Year-earlier sales were flat.',
      [['the latest quarter', 'DATE', '2023-Q3'], ['the year-ago quarter', 'DATE', '2022-Q3'], ['Year-earlier', 'DATE', '2022-Q3']],
    ],
    ['Profit in the second quarter rose from the same period last year.', [['the second quarter', 'DATE', '2023-Q2'], ['the same period last year', 'DATE', '2022-Q2']]],
    ['The miller estimated earnings for its fourth quarter.', [['its fourth quarter', 'DATE', '2023-Q4']]],
    ['Orders will pick up in the current quarter.', [['the current quarter', 'DATE', '2023-Q4']]],
    [
      'It sees a loss in the fourth quarter. In the latest quarter it earned $2 million.',
      [['the fourth quarter', 'DATE', '2023-Q4'], ['the latest quarter', 'DATE', '2023-Q3']],
    ],
    // Without a quarter in view, "a year earlier" is the year before.
    ['The mayor said turnout was higher a year earlier.', [['a year earlier', 'DATE', '2022']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, ref))).toEqual(expected);
  });

  const negatives: Array<[string, string[]]> = [
    ['They dined in the French Quarter.', []],
    ['Prices stayed the same.', []],
    ['A quarter of the crop was lost.', []],
    ['The trial period of the scheme ended.', []],
    ['He won the quarter-final.', []],
  ];
  it.each(negatives)('no reporting period in: %s', (text, expected) => {
    expect(dates(text, ref).map((d) => d.text)).toEqual(expected);
  });
});

describe('ages are not stretches of time', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The 22-year-old striker scored twice.', []],
    ['The teacher, 37 years old, was freed.', []],
    ['A fifty-year-old man ended a decades-long feud.', [['decades-long', 'DURATION', 'PXDE']]],
    ['The six-year-old boy waited for six years.', [['six years', 'DURATION', 'P6Y']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '2023-11-06'))).toEqual(expected);
  });
});

describe('vague words still dated', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The talks will resume very soon.', [['very soon', 'DATE', 'FUTURE_REF']]],
    ['The results are reported quarterly.', [['quarterly', 'SET', 'P3M']]],
    ['Results for fiscal 2022 were flat.', [['fiscal 2022', 'DATE', '2022']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '2023-11-06'))).toEqual(expected);
  });
});

describe('a day named without its year', () => {
  // News leaves out the year when it is the article's: a past-tense report of a day a few weeks
  // ahead is a plan; a day months ahead, told in the past tense, was last year's.
  const cases: Array<[string, string, string, string]> = [
    ['The company said the offer was extended to Nov. 20.', '2023-11-06', 'Nov. 20', '2023-11-20'],
    ['It said the deal would be completed by Dec. 15.', '2023-11-06', 'Dec. 15', '2023-12-15'],
    ['The index fell from its high set on Aug. 6.', '2023-11-06', 'Aug. 6', '2023-08-06'],
    ['The record was set on Feb. 12.', '2023-11-06', 'Feb. 12', '2023-02-12'],
    ['Shares peaked on Dec. 28.', '2023-09-06', 'Dec. 28', '2022-12-28'],
  ];
  it.each(cases)('%s (%s) → %s', (text, ref, span, value) => {
    const hit = dates(text, ref).find((d) => d.text === span);
    expect(hit?.value).toBe(value);
  });
});

describe('stretches, spans and sets without a number', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['Growth is expected over the next decade.', [['the next decade', 'DURATION', 'P10Y']]],
    ['Crime fell in the last decade.', [['the last decade', 'DURATION', 'P10Y']]],
    ['Protesters camped there for weeks.', [['weeks', 'DURATION', 'PXW']]],
    ['During his tenure the club won twice.', [['his tenure', 'DURATION', 'PXY']]],
    ['He played for the club in 1957-58.', [['1957-58', 'DATE', '1957/1958']]],
    ['They won the 2019–20 title.', [['2019–20', 'DATE', '2019/2020']]],
    ['The festival returns each season.', [['each season', 'SET', 'P1Y']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '2023-11-06'))).toEqual(expected);
  });

  const negatives: Array<[string, string[]]> = [
    ['Some 1,500-2000 jobs went.', []],
    ['He was granted tenure.', []],
    ['The season opened with a win.', []],
    ['The score stood at 1990-12.', []],
  ];
  it.each(negatives)('nothing dated in: %s', (text, expected) => {
    expect(dates(text, '2023-11-06').map((d) => d.text)).toEqual(expected);
  });
});

describe('the tense decides which way a bare day or month points', () => {
  // 2024-03-13 is a Wednesday.
  const cases: Array<[string, string, string]> = [
    ['The exhibition will run through June.', 'June', '2024-06'],
    ['The minister said on Monday that talks failed.', 'Monday', '2024-03-11'],
    ['Talks will resume on Monday.', 'Monday', '2024-03-18'],
    ['The crew could leave as soon as Tuesday, he said.', 'Tuesday', '2024-03-19'],
    ['They were planning to march on Monday.', 'Monday', '2024-03-18'],
    ['They marched on Monday.', 'Monday', '2024-03-11'],
  ];
  it.each(cases)('%s → %s', (text, span, value) => {
    expect(dates(text, '2024-03-13').find((d) => d.text === span)?.value).toBe(value);
  });
});

describe('"today\'s": the day, or the present age', () => {
  const cases: Array<[string, string]> = [
    ["We learned a lot from today's game.", '2024-03-13'],
    ["Today's announcement is an affront.", '2024-03-13'],
    ["Today's students read less.", 'PRESENT_REF'],
    ["It matters in today's world.", 'PRESENT_REF'],
    ["This is an exciting time at today's GM.", 'PRESENT_REF'],
  ];
  it.each(cases)('%s → %s', (text, value) => {
    expect(dates(text, '2024-03-13').map((d) => d.value)).toEqual([value]);
  });
});

describe('months named without a day', () => {
  // 1999-02-10
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The presidents signed the treaty last May.', [['last May', 'DATE', '1998-05']]],
    ['It opens next March.', [['next March', 'DATE', '1999-03']]],
    ['The accession is planned for early March.', [['early March', 'DATE', '1999-03']]],
    ['The March accession lets them sign.', [['March', 'DATE', '1999-03']]],
    ['The terminal will open in January next year.', [['January next year', 'DATE', '2000-01']]],
    ['The festival runs through March 11 this year.', [['March 11', 'DATE', '1999-03-11'], ['this year', 'DATE', '1999']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '1999-02-10'))).toEqual(expected);
  });

  const negatives: Array<[string, string[]]> = [
    ['Thousands joined the March on Washington.', []],
    ['Theresa May spoke last.', []],
    ['They may march next.', []],
  ];
  it.each(negatives)('no month in: %s', (text, expected) => {
    expect(dates(text, '1999-02-10').map((d) => d.text)).toEqual(expected);
  });
});

describe('year-end', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['It expects to complete the deal by year-end.', [['year-end', 'DATE', '1989-12-31']]],
    ['The index is up 12% since year-end.', [['year-end', 'DATE', '1988-12-31']]],
    ["Talks should end by year's end.", [["year's end", 'DATE', '1989-12-31']]],
    ['Year-end bonuses were cut.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '1989-11-02'))).toEqual(expected);
  });
});

describe('holidays', () => {
  // 1999-12-10
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The boy was found on Thanksgiving Day.', [['Thanksgiving Day', 'DATE', '1999-11-25']]],
    ["Shops open on New Year's Day.", [["New Year's Day", 'DATE', '2000-01-01']]],
    ["They met on Valentine's Day.", [["Valentine's Day", 'DATE', '1999-02-14']]],
    ['He left after Christmas.', [['Christmas', 'DATE', '1998-12-25']]],
    ['Christmas sales rose.', []],
    ['The New York office opened.', []],
    ['Thanksgiving dinner was late.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '1999-12-10'))).toEqual(expected);
  });
});

describe('years said in words', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['In nineteen ninety-six he left.', [['nineteen ninety-six', 'DATE', '1996']]],
    ['It rained in nineteen seventy.', [['nineteen seventy', 'DATE', '1970']]],
    ['Nineteen people died.', []],
    ['Nineteen twenty-year-olds came.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '1999-12-10'))).toEqual(expected);
  });
});

describe('"the day before", "the following month": counted from the story\'s time', () => {
  const ref = '2024-03-05';
  const cases: Array<[string, Array<[string, string, string | null]>]> = [
    ['The strike began on March 3, 2021. The day before, talks had failed.', [['March 3, 2021', 'DATE', '2021-03-03'], ['The day before', 'DATE', '2021-03-02']]],
    ['The plant closed in March 1989. The following month, the company was sold.', [['March 1989', 'DATE', '1989-03'], ['The following month', 'DATE', '1989-04']]],
    ['The label launched a player in 2001 and the following year a phone.', [['2001', 'DATE', '2001'], ['the following year', 'DATE', '2002']]],
    ['The vote was on May 4, 2022. He resigned the following week.', [['May 4, 2022', 'DATE', '2022-05-04'], ['the following week', 'DATE', '2022-W19']]],
    // A year is too coarse to count a week from, and it is not the article's year: no week we can name.
    ['The law passed in 1990. He resigned the following week.', [['1990', 'DATE', '1990'], ['the following week', 'DATE', null]]],
    // The article's own year lets the shift count from the article's date.
    ['Growth is forecast for 2024. The day before, shares fell.', [['2024', 'DATE', '2024'], ['The day before', 'DATE', '2024-03-04']]],
    // An apposition: the day before an event is the day just named.
    ['He was last seen on Oct. 12, the day before the crash.', [['Oct. 12', 'DATE', '2023-10-12'], ['the day', 'DATE', '2023-10-12']]],
    ['It rained the day before yesterday and will the day after tomorrow.', [['the day before yesterday', 'DATE', '2024-03-03'], ['the day after tomorrow', 'DATE', '2024-03-07']]],
    // A part of the day the text is on, whatever follows it.
    ['Shares fell on Monday but rebounded late in the day after the report.', [['Monday', 'DATE', '2024-03-04'], ['late in the day', 'DATE', '2024-03-04']]],
    // A day told only by an event, with no day named before it: a date we cannot value.
    ['He left the day after the vote.', [['the day', 'DATE', null]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, ref))).toEqual(expected);
  });

  const negatives: Array<[string, Array<[string, string, string | null]>]> = [
    // Nothing named before: "the previous year" is the year before the article's.
    ['Sales fell. The previous year had been worse.', [['The previous year', 'DATE', '2023']]],
    // Named too many sentences back to still be the story's day.
    [
      'The strike began on March 3, 2021. Talks went on. Nobody moved. Pay was cut. Staff left. The day before, it snowed.',
      [['March 3, 2021', 'DATE', '2021-03-03'], ['The day before', 'DATE', '2024-03-04']],
    ],
    // "the last month", "next year" count from the article's date whatever the story named.
    ['The plant closed in March 1989. Prices rose next year.', [['March 1989', 'DATE', '1989-03'], ['next year', 'DATE', '2025']]],
    // A day counted from an event that is not a date: no date at all.
    ['He was last seen the day before police arrived.', []],
    ['She flew home the day after returning the car.', []],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(brief(dates(text, ref))).toEqual(expected);
  });
});

describe('halves of a unit', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['They lived in the camps for 2 1/2 years.', [['2 1/2 years', 'DURATION', 'P2Y6M']]],
    ['The call lasted a minute and a half.', [['a minute and a half', 'DURATION', 'PT1M30S']]],
    ['The hearing ran two and a half hours.', [['two and a half hours', 'DURATION', 'PT2H30M']]],
    ['Half an hour later the lights came back.', [['Half an hour', 'DURATION', 'PT30M']]],
    // A half of something that is no time unit, and a lone fraction, are no durations.
    ['He ran 2 and a half miles.', []],
    ['The tank was 1/2 full.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(brief(dates(text, '2024-03-05')).filter(([, type]) => type === 'DURATION')).toEqual(expected);
  });
});
