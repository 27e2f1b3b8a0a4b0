import { describe, expect, it } from 'vitest';
import { annotatedEnd, evaluate } from '../../src/eval/index.js';
import type { GoldDocument } from '../../src/eval/types.js';
import type { DateMention, Report } from '../../src/types.js';

const text = ['Prices fall', 'March 1, 2008', 'Prices fell on Friday.', 'On Monday, they rose.'].join('\n');
const at = (s: string): DateMention => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s, section: 'body', type: 'DATE', value: null };
};
const gold: GoldDocument = { id: 'doc', text, dct: '2008-03-01', timex: [{ ...at('Friday'), value: '2008-02-29' }] };
const report = (dates: DateMention[]): Report => ({
  schemaVersion: '1.0.0',
  source: 'doc',
  referenceDate: null,
  referenceDateSource: null,
  sections: { headline: null, preamble: null, title: null, body: null, insights: null },
  entities: [],
  quotes: [],
  numbers: [],
  dates,
});
const run = () => report([at('Friday'), at('Monday')]);

describe('evaluate regions', () => {
  it('counts every prediction by default, as the gold README defines', () => {
    const [dates] = evaluate([gold], { tasks: ['dates'] }, run);
    expect(dates!.headline).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('ignores predictions past the line of the last annotation with region "annotated"', () => {
    expect(annotatedEnd(gold)).toBe(text.indexOf('\nOn Monday'));
    const [dates] = evaluate([gold], { tasks: ['dates'], region: 'annotated' }, run);
    expect(dates!.headline).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('takes the end of the annotated region from the gold when it says so', () => {
    expect(annotatedEnd({ ...gold, annotatedEnd: 5 })).toBe(5);
    const [dates] = evaluate([{ ...gold, annotatedEnd: text.length }], { tasks: ['dates'], region: 'annotated' }, run);
    expect(dates!.headline).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});
