import { describe, expect, it } from 'vitest';
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
