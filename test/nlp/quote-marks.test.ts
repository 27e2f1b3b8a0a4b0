import { describe, expect, it } from 'vitest';
import { scanQuotations } from '../../src/nlp/quote-marks.js';

/** Each quotation as its inside text with how it ends: `]` closed, `…` never closed, `→` continued in the next paragraph. */
function read(text: string): { quotes: string[]; strays: string[] } {
  const { quotes, strays } = scanQuotations(text);
  return {
    quotes: quotes.map((q) => `${text.slice(q.start, q.end)}${q.close !== null ? ']' : q.continues ? '→' : '…'}`),
    strays: strays.map((offset) => text.slice(Math.max(0, offset - 6), offset + 1)),
  };
}

describe('scanQuotations: straight double marks pair by orientation', () => {
  it.each([
    ['a plain pair', 'He said "we are ready" on Friday.', ['we are ready]'], []],
    ['a pair with the comma inside', '"We are ready," he said.', ['We are ready,]'], []],
    [
      'a quote never closed, followed by one that is: the first is the unclosed one',
      'Ms Hewitt said: "We have already doubled the leave to 26 weeks. "We are going to extend it again," she said.',
      ['We have already doubled the leave to 26 weeks.…', 'We are going to extend it again,]'],
      [],
    ],
    ['a closing mark with nothing open is a stray', 'The vote was close." Then she said "no" twice.', ['no]'], ['close."']],
    ['an inch mark is neither a quote nor a stray', 'The 12" shelves hold "every book we have" now.', ['every book we have]'], []],
    ['an inch mark does not pair with a stray after it', 'It had 5" of rain. Then ” stray.', [], [' Then ”']],
    [
      'an opening mark written against the word before it, when the next mark closes',
      'Burrows said resources would be available," For example, schools can run their own votes".',
      ['For example, schools can run their own votes]'],
      [],
    ],
    [
      'a closing mark typed with its space after a comma',
      'He described it as "a collection of aides holding their breaths, "waiting to see. He said "the noose is tightening."',
      ['a collection of aides holding their breaths,]', 'the noose is tightening.]'],
      [],
    ],
    [
      'a straight quote within a straight quote, when the next two marks close',
      '"Without some unexpected "coup de theatre", I do not see what will block the bid," said the analyst.',
      ['Without some unexpected]', 'coup de theatre]'],
      [],
    ],
    ['marks in neither position alternate', 'It was"odd"to see.', ['odd]'], []],
  ])('%s', (_name, text, quotes, strays) => {
    expect(read(text)).toEqual({ quotes, strays });
  });
});

describe('scanQuotations: curly marks and paragraphs', () => {
  it.each([
    ['curly marks say which way they face', 'She said “we will” and left.', ['we will]'], []],
    ['a curly closing mark with nothing open is a stray', 'It ended there.” Then “more” came.', ['more]'], ['there.”']],
    [
      'a curly quote within a straight one splits it, and the outer closing mark closes nothing new',
      '"Well, this is an episode of “Shark Tank.” But this is serious," he said.',
      ['Well, this is an episode of]', 'Shark Tank.]'],
      [],
    ],
    [
      'a quotation reopened in the next paragraph continues',
      '“We listened to the students.\n\n“And we changed the hours,” the librarian said.',
      ['We listened to the students.→', 'And we changed the hours,]'],
      [],
    ],
    [
      'a quotation left open at a blank line that no mark reopens was never closed',
      '"Students asked for more space, said the librarian.\n\nThe hours will be reviewed.” The dean agreed.',
      ['Students asked for more space, said the librarian.…'],
      ['iewed.”'],
    ],
    [
      'a quotation running over a line break closes at its mark',
      '"We came here to compete.\nWe were so happy to be here," she said.',
      ['We came here to compete.\nWe were so happy to be here,]'],
      [],
    ],
    [
      'an opening mark on the next line ends a quote never closed at the first line break',
      '"Unclosed here.\nLater he said "the plan works" again.',
      ['Unclosed here.…', 'the plan works]'],
      [],
    ],
    ['two-character marks of text rebuilt from tokens', "He said ``we are ready'' today.", ['we are ready]'], []],
  ])('%s', (_name, text, quotes, strays) => {
    expect(read(text)).toEqual({ quotes, strays });
  });
});

describe('scanQuotations on marks alone', () => {
  it('keeps to one pass over long runs of marks', () => {
    expect(scanQuotations('"'.repeat(100_000))).toEqual({ quotes: [], strays: [] });
    const closers = 'a" '.repeat(50_000);
    expect(scanQuotations(closers).quotes).toHaveLength(25_000);
    const curly = scanQuotations('x” '.repeat(50_000));
    expect(curly).toEqual({ quotes: [], strays: Array.from({ length: 50_000 }, (_, i) => i * 3 + 1) });
  });
});
