import { describe, expect, it } from 'vitest';
import { cueAsWritten, locate, outline } from '../../src/report/summary.js';
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

describe('cueAsWritten', () => {
  const body = 'It led him to write on Friday. He wrote again. Toronto said no. Go to Said Street. "Stop," TO SAY it.';
  const cued: Sections = { headline: null, preamble: null, title: null, body: { start: 10, end: 10 + body.length, text: body, paragraphs: [] }, insights: null };
  const cue = (word: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = body.indexOf(word, start + 1);
    return { start: start + 10, end: start + 10 + word.length, text: word };
  };

  it.each([
    ['an infinitive, with the to before it', cue('write'), 'to write'],
    ['a past tense, as written', cue('wrote'), 'wrote'],
    ['no to inside another word (Toronto said)', cue('said'), 'said'],
    ['no to before a capitalised word', cue('Said'), 'Said'],
    ['no change to a cue in capitals', cue('SAY'), 'SAY'],
    ['a cue outside every section, as written', { start: 0, end: 4, text: 'said' }, 'said'],
  ])('%s', (_, span, shown) => {
    expect(cueAsWritten(cued, span)).toBe(shown);
  });

  it('gives null for a quote without a cue', () => {
    expect(cueAsWritten(cued, null)).toBeNull();
  });
});
