import { describe, expect, it } from 'vitest';
import { attributionsScorer } from '../../src/eval/attributions.js';
import { datesScorer } from '../../src/eval/dates.js';
import { entitiesScorer } from '../../src/eval/entities.js';
import { quotesScorer } from '../../src/eval/quotes.js';
import { contextOf, type GoldDocument } from '../../src/eval/types.js';
import type { Report } from '../../src/types.js';

const text = 'Ann Lee met Bob Roe in Paris on Monday. "It went well," Lee said.';
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
const report = (part: Partial<Report>): Report => ({
  schemaVersion: '1.0.0', source: 'x', referenceDate: null, referenceDateSource: null,
  sections: { headline: null, preamble: null, title: null, body: null, insights: null },
  entities: [], quotes: [], numbers: [], dates: [], ...part,
});

describe('eval errors', () => {
  it('lists entity misses, wrong types and spurious names, and nothing for a match', () => {
    const gold: GoldDocument = { id: 'd', text, entities: [{ ...span(0, 7), type: 'PER' }, { ...span(12, 19), type: 'PER' }, { ...span(23, 28), type: 'LOC' }] };
    const predicted = report({
      entities: [
        { id: 'e1', name: 'Ann Lee', type: 'person', title: null, mentions: [{ ...span(0, 7), section: null }] },
        { id: 'e2', name: 'Paris', type: 'organization', title: null, mentions: [{ ...span(23, 28), section: null }] },
        { id: 'e3', name: 'Monday', type: 'person', title: null, mentions: [{ ...span(32, 38), section: null }] },
      ],
    });
    const errors = entitiesScorer.errors([{ gold, report: predicted }]);
    expect(errors.map((e) => [e.kind, e.text, e.expected, e.found])).toEqual([
      ['missed', 'Bob Roe', 'PER', null],
      ['wrong', 'Paris', 'LOC', 'ORG "Paris"'],
      ['spurious', 'Monday', null, 'PER'],
    ]);
    expect(errors[0]!.context).toBe('Ann Lee met ⟦Bob Roe⟧ in Paris on Monday. "It went well," Lee said.');
  });

  it('lists a quote with the wrong speaker and a date with the wrong value', () => {
    const gold: GoldDocument = { id: 'd', text, quotes: [{ ...span(41, 53), speaker: 'Lee', speakerStart: 56, speakerEnd: 59 }], timex: [{ ...span(32, 38), type: 'DATE', value: '2024-03-04' }] };
    const predicted = report({
      quotes: [{ ...span(41, 53), section: null, kind: 'direct', speaker: { ...span(12, 19), name: 'Bob Roe', entity: null }, cue: null }],
      dates: [{ ...span(32, 38), section: null, type: 'DATE', value: '2024-03-11' }],
    });
    expect(quotesScorer.errors([{ gold, report: predicted }]).map((e) => [e.kind, e.expected, e.found])).toEqual([['wrong', 'Lee', 'Bob Roe ("Bob Roe")']]);
    expect(datesScorer.errors([{ gold, report: predicted }]).map((e) => [e.kind, e.expected, e.found])).toEqual([['wrong', 'DATE 2024-03-04', 'DATE 2024-03-11 "Monday"']]);
    expect(datesScorer.errors([{ gold, report: report({}) }]).map((e) => e.kind)).toEqual(['missed']);
  });

  it('cuts a long line around the span', () => {
    const long = `${'a'.repeat(200)} NAME ${'b'.repeat(200)}`;
    const at = long.indexOf('NAME');
    const context = contextOf(long, at, at + 4);
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('⟦NAME⟧');
    expect(context.length).toBeLessThan(160);
  });
});

describe('the attributions task', () => {
  const text = 'Officials said that the talks would resume. "We are ready," Lee said. The deal is off, aides said.';
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });
  const gold: GoldDocument = {
    id: 'd',
    text,
    attributions: [
      { ...at('that the talks would resume'), type: 'indirect', speaker: 'Officials', speakerStart: 0, speakerEnd: 9 },
      { ...at('We are ready,'), type: 'direct', speaker: 'Lee', ...{ speakerStart: text.indexOf('Lee'), speakerEnd: text.indexOf('Lee') + 3 } },
      { ...at('The deal is off'), type: 'indirect', speaker: 'aides' },
    ],
  };
  const quote = (phrase: string, kind: 'direct' | 'partial' | 'indirect', speaker: string | null) => ({
    ...at(phrase),
    section: null,
    kind,
    speaker: speaker ? { ...at(speaker), name: speaker, entity: null } : null,
    cue: null,
  });

  it('matches a reported clause without its "that", counts quoted words inside it once, and gives recall per type', () => {
    const predicted = report({
      quotes: [quote('the talks would resume', 'indirect', 'Officials'), quote('talks', 'partial', 'Officials'), quote('We are ready,', 'direct', 'Lee')],
    });
    const rows = Object.fromEntries(attributionsScorer.score([{ gold, report: predicted }]).map((r) => [r.name, r]));
    expect(rows.attributions).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(rows['recall indirect']).toMatchObject({ correct: 1, total: 2 });
    expect(rows['recall direct']).toMatchObject({ correct: 1, total: 1 });
    expect(rows.attributed).toMatchObject({ tp: 2 });
    expect(attributionsScorer.errors([{ gold, report: predicted }]).map((e) => [e.kind, e.text])).toEqual([['missed', 'The deal is off']]);
  });

  it('takes a quotation split by its cue for one attribution in two fragments', () => {
    const split = '"We are ready," Lee said. "We will win."';
    const where = (phrase: string) => ({ start: split.indexOf(phrase), end: split.indexOf(phrase) + phrase.length, text: phrase });
    const lee = { ...where('Lee'), name: 'Lee', entity: null };
    const goldSplit: GoldDocument = { id: 'd', text: split, attributions: [{ start: 0, end: split.length, type: 'direct', speaker: 'Lee' }] };
    const predicted = report({
      quotes: [
        { ...where('We are ready,'), section: null, kind: 'direct', speaker: lee, cue: where('said') },
        { ...where('We will win.'), section: null, kind: 'direct', speaker: lee, cue: null },
      ],
    });
    expect(attributionsScorer.score([{ gold: goldSplit, report: predicted }])[0]).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const other = report({ quotes: [predicted.quotes[0]!, { ...predicted.quotes[1]!, cue: where('said') }] });
    expect(attributionsScorer.score([{ gold: goldSplit, report: other }])[0]).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });

  it('joins the fragments of a quotation across a report in the gap between them', () => {
    const split = '"We are ready," Lee said, referring to the team. "We will win."';
    const where = (phrase: string) => ({ start: split.indexOf(phrase), end: split.indexOf(phrase) + phrase.length, text: phrase });
    const lee = { ...where('Lee'), name: 'Lee', entity: null };
    const goldSplit: GoldDocument = {
      id: 'd',
      text: split,
      attributions: [
        { start: 0, end: split.length, type: 'direct', speaker: 'Lee' },
        { ...where('the team'), type: 'indirect', speaker: 'Lee' },
      ],
    };
    const predicted = report({
      quotes: [
        { ...where('We are ready,'), section: null, kind: 'direct', speaker: lee, cue: where('said') },
        { ...where('the team'), section: null, kind: 'indirect', speaker: lee, cue: where('referring') },
        { ...where('We will win.'), section: null, kind: 'direct', speaker: lee, cue: null },
      ],
    });
    expect(attributionsScorer.score([{ gold: goldSplit, report: predicted }])[0]).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('leaves reported speech out of the quotes task', () => {
    const quotesGold: GoldDocument = { id: 'd', text, quotes: [{ ...at('We are ready,'), speaker: 'Lee' }] };
    const predicted = report({ quotes: [quote('the talks would resume', 'indirect', 'Officials'), quote('We are ready,', 'direct', 'Lee')] });
    expect(quotesScorer.score([{ gold: quotesGold, report: predicted }]).find((r) => r.name === 'quotes')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
