import { describe, expect, it } from 'vitest';
import { scanQuotations } from '../../src/nlp/quote-marks.js';

/** Each quotation as its inside text with how it ends: `]` closed, `…` never closed, `→` continued in the next paragraph. */
function read(text: string): { quotes: string[]; strays: string[]; reversed?: string[] } {
  const { quotes, strays, reversed } = scanQuotations(text);
  const around = (offset: number) => text.slice(Math.max(0, offset - 6), offset + 1);
  return {
    quotes: quotes.map((q) => `${text.slice(q.start, q.end)}${q.close !== null ? ']' : q.continues ? '→' : '…'}`),
    strays: strays.map(around),
    ...(reversed.length > 0 ? { reversed: reversed.map(around) } : {}),
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
    [
      'a quotation that runs over lines and is reopened by a later paragraph continues',
      '"The museum worked hard for this.\nIt would have been a perfect fit.\nImage: the museum.\n"However, the trainer comes to us," she said.',
      ['The museum worked hard for this.→', 'However, the trainer comes to us,]'],
      [],
    ],
  ])('%s', (_name, text, quotes, strays) => {
    expect(read(text)).toEqual({ quotes, strays });
  });
});

describe('scanQuotations: a closing mark typed where a quote opens', () => {
  it.each([
    [
      'at a paragraph start, closed later on the line: it opens that quotation',
      'Obama said the words “lump” them together.\n\n” … what I learned is that it matters,” he said.',
      { quotes: ['lump]', '… what I learned is that it matters,]'], strays: [], reversed: ['her.\n\n”'] },
    ],
    [
      'the two-character mark of text rebuilt from tokens, closed on a later line of the paragraph',
      "The chief said in a statement that '' credit costs remain high .\nHowever , we are heartened . ''\nShe left .",
      { quotes: ['credit costs remain high .\nHowever , we are heartened .]'], strays: [], reversed: [" that '"] },
    ],
    ['with no mark after it, it stays a stray', 'It had rained. Then ” stray words.', { quotes: [], strays: [' Then ”'] }],
    ['followed by an opening mark, it stays a stray', 'It ended. ” Then “more” came.', { quotes: ['more]'], strays: ['nded. ”'] }],
    ['a closing mark after the paragraph ends does not pair with it', 'It ended. ” Then nothing.\n\nShe said it.” Fine.', { quotes: [], strays: ['nded. ”', 'id it.”'] }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('scanQuotations: the marks of scraped and rebuilt text', () => {
  it.each([
    [
      "''' after a word closes a single and a double quote",
      "``To borrow a phrase, `we made it,''' she said. ``Next year.''",
      { quotes: ['To borrow a phrase, `we made it,\']', 'Next year.]'], strays: [] },
    ],
    [
      "''' before a word opens a double and a single quote",
      "He said, '''Never again,' they told me,'' and left.",
      { quotes: ["'Never again,' they told me,]"], strays: [] },
    ],
    [
      'marks inside an HTML tag delimit attributes, not quotations',
      'More.”\n\n[<a href=”https://example.org/a-rally” target=”_blank”>A rally “full of anger”</a>.]',
      { quotes: ['full of anger]'], strays: ['More.”'] },
    ],
    [
      'a block in straight marks whose last paragraph opens with a curly quote ends at its straight mark',
      '"The mayor is reluctant to call it a crisis.\n\n"Reporters asked her about it.\n\n“I will not speculate,” she said."\n\nThen the meeting ended.',
      {
        quotes: ['The mayor is reluctant to call it a crisis.→', 'Reporters asked her about it.→', 'I will not speculate,]'],
        strays: [],
      },
    ],
    [
      'a block whose last paragraphs each open with a curly quote',
      '"The hearing was closed.\n\n“He stated it all along,” King said.\n\n“The impression was different,” he said."\n\nThe end.',
      { quotes: ['The hearing was closed.→', 'He stated it all along,]', 'The impression was different,]'], strays: [] },
    ],
    [
      'a block ends at a paragraph that opens with no mark',
      '"The hearing was closed.\n\n“He stated it,” King said.\n\nLater on, he said it again."',
      { quotes: ['The hearing was closed.→', 'He stated it,]'], strays: ['again."'] },
    ],
    [
      'the same block over single line breaks',
      '"The senator spoke late on Monday.\n“We are in a tie,” he said.\nHe trailed by a little. (See the results.)"\nNext.',
      { quotes: ['The senator spoke late on Monday.→', 'We are in a tie,]'], strays: [] },
    ],
    [
      'a straight mark after a curly quote of the same block still closes nothing in a normal continuation',
      '“The mayor is reluctant.\n\n“I will not speculate,” she said.”',
      { quotes: ['The mayor is reluctant.→', 'I will not speculate,]'], strays: [' said.”'] },
    ],
    [
      'a quote nested at the start of a quote closes on the next line, and so does the outer one',
      '"“If I were a donor, I would want answers.”\nA committee member."\n\nLater.',
      { quotes: ['If I were a donor, I would want answers.]'], strays: [] },
    ],
    [
      'a closing mark typed after a comma, where the quote opens',
      'He says,” there are people who never get listened to.”\n\nMore.',
      { quotes: ['there are people who never get listened to.]'], strays: [], reversed: [' says,”'] },
    ],
    [
      'an opening mark after a full stop and before a bracket closes',
      'Pollsters said: “We cannot know where voters stand.“[Source.]',
      { quotes: ['We cannot know where voters stand.]'], strays: [] },
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('scanQuotations on marks alone', () => {
  it('keeps to one pass over long runs of marks', () => {
    expect(scanQuotations('"'.repeat(100_000))).toEqual({ quotes: [], strays: [], reversed: [] });
    const closers = 'a" '.repeat(50_000);
    expect(scanQuotations(closers).quotes).toHaveLength(25_000);
    const curly = scanQuotations('x” '.repeat(50_000));
    expect(curly).toEqual({ quotes: [], strays: Array.from({ length: 50_000 }, (_, i) => i * 3 + 1), reversed: [] });
    const blankRun = scanQuotations(`"A block.\n\n“Inner,” he said.${'\n'.repeat(200_000)}“More,” she said."`);
    expect(blankRun.strays).toEqual([]);
    const reversedRun = scanQuotations(' ” a'.repeat(50_000));
    expect(reversedRun.quotes).toHaveLength(25_000);
    expect(reversedRun.reversed).toHaveLength(25_000);
  });
});
