import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/article/sections.js';
import type { Sections } from '../../src/types.js';

const seed = readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.gold.json', import.meta.url), 'utf8'));

function texts(sections: Sections) {
  return {
    headline: sections.headline?.text ?? null,
    preamble: sections.preamble?.text ?? null,
    title: sections.title?.text ?? null,
    paragraphs: sections.body?.paragraphs.map((p) => p.text) ?? null,
    heading: sections.insights?.heading?.text ?? null,
    items: sections.insights?.items.map((i) => i.text) ?? null,
  };
}

function expectSpans(text: string, sections: Sections) {
  const spans = [sections.headline, sections.preamble, sections.title, sections.body, sections.insights, sections.insights?.heading, ...(sections.body?.paragraphs ?? []), ...(sections.insights?.items ?? [])];
  for (const span of spans) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('splitSections on the seed', () => {
  const sections = splitSections(seed);

  it('matches the gold headline, preamble, title and paragraphs exactly', () => {
    expect(sections.headline).toEqual(gold.sections.headline);
    expect(sections.preamble).toEqual(gold.sections.preamble);
    expect({ ...sections.title }).toEqual({ start: gold.sections.title.start, end: gold.sections.title.end, text: gold.sections.title.text });
    expect(sections.body?.paragraphs).toEqual(gold.sections.body.paragraphs);
    expect(sections.body?.start).toBe(gold.sections.body.start);
    expect(sections.insights?.heading).toEqual(gold.sections.insights.heading);
  });

  it('strips bullets from every insight item, including the last one that carries the leaked slugs', () => {
    const items = sections.insights!.items;
    expect(items.slice(0, 7)).toEqual(gold.sections.insights.items);
    expect(items).toHaveLength(8);
    expect(items[7]!.text).toMatch(/^As news of these developments unfold/);
    expect(items[7]!.text).toMatch(/general-news\.$/);
    expectSpans(seed, sections);
  });
});

const cases: Array<{ name: string; text: string; expected: Partial<ReturnType<typeof texts>> }> = [
  {
    name: 'wire style: title, blank line, paragraphs',
    text: 'Storm hits coast\n\nA storm hit the coast on Monday.\n\nOfficials said roads were closed.\n',
    expected: { headline: null, preamble: null, title: 'Storm hits coast', paragraphs: ['A storm hit the coast on Monday.', 'Officials said roads were closed.'], items: null },
  },
  {
    name: 'markdown heading title and bold insight heading with star bullets',
    text: '# Storm hits coast\n\nA storm hit the coast.\n\n**Key Takeaways**\n* Roads closed\n* Power out\n',
    expected: { title: 'Storm hits coast', paragraphs: ['A storm hit the coast.'], heading: 'Key Takeaways', items: ['Roads closed', 'Power out'] },
  },
  {
    name: '"Title:" prefix and numbered key points',
    text: 'Title: Storm hits coast\nA storm hit the coast.\nKey Points:\n1. Roads closed\n2) Power out\n',
    expected: { title: 'Storm hits coast', paragraphs: ['A storm hit the coast.'], heading: 'Key Points:', items: ['Roads closed', 'Power out'] },
  },
  {
    name: 'bold title and bullet dots under Enrichment Data',
    text: '**Storm hits coast**\nA storm hit the coast.\nEnrichment Data:\n• Roads closed\n',
    expected: { title: 'Storm hits coast', heading: 'Enrichment Data:', items: ['Roads closed'] },
  },
  {
    name: 'a single paragraph is body, never a title',
    text: 'A storm hit the coast on Monday, officials said.',
    expected: { headline: null, title: null, paragraphs: ['A storm hit the coast on Monday, officials said.'], items: null },
  },
  {
    name: 'no headline and no insights',
    text: 'Storm hits coast\nA storm hit the coast. Officials said roads were closed.\nMore rain is expected.\n',
    expected: { headline: null, title: 'Storm hits coast', paragraphs: ['A storm hit the coast. Officials said roads were closed.', 'More rain is expected.'], items: null },
  },
  {
    name: 'a dateline under the title stays in the body',
    text: 'Storm hits coast\nFriday, July 21, 2017\nA storm hit the coast.\n',
    expected: { headline: null, title: 'Storm hits coast', paragraphs: ['Friday, July 21, 2017', 'A storm hit the coast.'] },
  },
  {
    name: 'a model preamble between headline and title',
    text: 'Storm hits coast, closing roads\nSure! Here is the rewritten article:\nStorm Closes Coastal Roads\nA storm hit the coast.\n',
    expected: { headline: 'Storm hits coast, closing roads', preamble: 'Sure! Here is the rewritten article:', title: 'Storm Closes Coastal Roads', paragraphs: ['A storm hit the coast.'] },
  },
  {
    name: 'a one-sentence summary above a much shorter title (a preamble between them removed)',
    text: 'A storm hit the coast on Monday, closing roads and leaving thousands of homes without power for the night.\nStorm Closes Coastal Roads\nA storm hit the coast.\n',
    expected: {
      headline: 'A storm hit the coast on Monday, closing roads and leaving thousands of homes without power for the night.',
      title: 'Storm Closes Coastal Roads',
      paragraphs: ['A storm hit the coast.'],
    },
  },
  {
    name: 'a title ending in a full stop above a longer line is the title',
    text: 'Storm closes coastal roads.\nOfficials said the storm closed roads\nA storm hit the coast.\n',
    expected: { headline: null, title: null, paragraphs: ['Storm closes coastal roads.', 'Officials said the storm closed roads', 'A storm hit the coast.'] },
  },
  {
    name: 'hard-wrapped paragraphs separated by blank lines',
    text: 'Storm hits coast\n\nA storm hit the coast\non Monday.\n\nRoads were\nclosed.\n',
    expected: { title: 'Storm hits coast', paragraphs: ['A storm hit the coast\non Monday.', 'Roads were\nclosed.'] },
  },
  {
    name: 'empty input',
    text: '',
    expected: { headline: null, preamble: null, title: null, paragraphs: null, items: null },
  },
  {
    name: 'whitespace only',
    text: ' \n\n\t\n',
    expected: { title: null, paragraphs: null, items: null },
  },
];

describe('splitSections table', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const sections = splitSections(text);
    expect(texts(sections)).toMatchObject(expected);
    expectSpans(text, sections);
  });

  it('keeps offsets exact in CRLF text', () => {
    const text = 'Storm hits coast\r\n\r\nA storm hit the coast.\r\nRoads closed.\r\nKey Points:\r\n- Power out\r\n';
    const sections = splitSections(text);
    expect(texts(sections)).toMatchObject({ title: 'Storm hits coast', paragraphs: ['A storm hit the coast.', 'Roads closed.'], items: ['Power out'] });
    expectSpans(text, sections);
  });

  it('accepts extra insight headings and preamble patterns from configuration', () => {
    const text = 'Storm hits coast\nREWRITE FOLLOWS\nStorm Closes Roads\nA storm hit the coast.\nEditor Notes\n- Check names\n';
    const sections = splitSections(text, { insightHeadings: ['Editor Notes'], preamblePatterns: ['^rewrite follows$'] });
    expect(texts(sections)).toMatchObject({ preamble: 'REWRITE FOLLOWS', heading: 'Editor Notes', items: ['Check names'] });
  });
});
