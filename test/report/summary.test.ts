import { describe, expect, it } from 'vitest';
import { locate, outline } from '../../src/report/summary.js';
import type { Located, Sections } from '../../src/types.js';

const text = 'Storm hits coast\nFirst paragraph.\nSecond paragraph.\nInsights:\n- One.\n- Two.';
const span = (from: string, to = from) => {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  return { start, end, text: text.slice(start, end) };
};
const sections: Sections = {
  headline: span('Storm hits coast'),
  preamble: null,
  title: null,
  body: { ...span('First paragraph.', 'Second paragraph.'), paragraphs: [span('First paragraph.'), span('Second paragraph.')] },
  insights: { ...span('Insights:', '- Two.'), heading: span('Insights:'), items: [span('One.'), span('Two.')] },
};
const at = (word: string, section: Located['section']): Located => ({ ...span(word), section });

describe('locate', () => {
  it.each([
    ['a word of the second paragraph', at('Second', 'body'), 'body ¶2'],
    ['the first word of a paragraph', at('First', 'body'), 'body ¶1'],
    ['an insight item', at('Two', 'insights'), 'insights #2'],
    ['the insights heading, in no item', at('Insights', 'insights'), 'insights'],
    ['the headline, which has no parts', at('Storm', 'headline'), 'headline'],
    ['text outside every section', { start: 0, end: 0, text: '', section: null }, 'outside the sections'],
  ])('%s', (_, finding, where) => {
    expect(locate(sections, finding)).toBe(where);
  });

  it('names the section alone when the report has no such section', () => {
    expect(locate({ ...sections, body: null }, at('Second', 'body'))).toBe('body');
  });
});

describe('outline', () => {
  it.each([
    ['counts only paragraphs and items', [{ section: 'headline', detail: null }, { section: 'body', detail: '2 paragraphs' }], 'headline, body (2 paragraphs)'],
    ['says none for an empty article', [], 'none'],
  ] as const)('%s', (_, items, line) => {
    expect(outline([...items])).toBe(line);
  });
});
