import { describe, expect, it } from 'vitest';
import { quotesPass } from '../../src/passes/quotes.js';
import type { Quote } from '../../src/types.js';
import { passContext } from '../helpers/document.js';

/** Quotes in quote marks (reported speech without them has its own tests), spans checked against the text. */
function quotesOf(text: string): Quote[] {
  const quotes = quotesPass.run(passContext(text), { entities: [] }).filter((quote) => quote.kind !== 'indirect');
  for (const quote of quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
  }
  return quotes;
}

interface Expected {
  text: string;
  speaker: string | null;
  name?: string;
  cue?: string | null;
  kind?: Quote['kind'];
}

const summary = (quotes: Quote[]) =>
  quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, name: q.speaker?.name, cue: q.cue?.text ?? null, kind: q.kind }));

function expectQuotes(text: string, expected: Expected[]): void {
  const found = summary(quotesOf(text));
  expect(found).toHaveLength(expected.length);
  expected.forEach((want, i) => expect(found[i]).toMatchObject(want));
}

describe('quote speakers: the clause after a quote', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a noun read as a verb inside the speaker’s title ("campaign spokesman")',
      '"She will be back on the road by the middle of the week," Labour campaign spokesman Tom Reyes said on Monday.',
      [{ text: 'She will be back on the road by the middle of the week,', speaker: 'Tom Reyes', cue: 'said' }],
    ],
    [
      'a past form opening the speaker’s title ("retired")',
      '"Nobody in the unit was ready for that winter," retired Army colonel Dana Pike said.',
      [{ text: 'Nobody in the unit was ready for that winter,', speaker: 'Dana Pike', cue: 'said' }],
    ],
    [
      'a quote inside the quote closes it before the inverted cue',
      '"Voters tell me, \'It makes no difference at all,\'" said Rosa Vance, a party organiser.',
      [{ text: "Voters tell me, 'It makes no difference at all,'", speaker: 'Rosa Vance', cue: 'said' }],
    ],
    [
      'a question ends the quote, not the sentence that reports it',
      'The senator toured the plant. "How long must the workers wait?" Harper asked.',
      [{ text: 'How long must the workers wait?', speaker: 'Harper', cue: 'asked' }],
    ],
    [
      '"continued" after a quote reports it; the pronoun keeps its own span',
      'Maria Ortiz spoke for an hour. "We can fix the schools," she continued.',
      [{ text: 'We can fix the schools,', speaker: 'she', name: 'Maria Ortiz', cue: 'continued' }],
    ],
    [
      'a signature after a horizontal bar',
      'Readers wrote in after the debate.\n“He never answered a single question about the budget.”― Lena Ortiz',
      [{ text: 'He never answered a single question about the budget.', speaker: 'Lena Ortiz', cue: null }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    [
      'a real verb after the quote still ends the search for a cue',
      '"We want answers from the board before the vote," protesters chanted as Mayor Lee arrived and said nothing.',
      [{ text: 'We want answers from the board before the vote,', speaker: 'protesters', cue: 'chanted' }],
    ],
    [
      'a question followed by an unrelated sentence takes no speaker from it',
      'The hall was full on Tuesday.\n"Where is the money?" The council met again on Friday and said it would publish its accounts.',
      [],
    ],
    [
      '"continued" that does not follow a quote is no cue',
      'Maria Ortiz continued her tour, with "a smile for everyone" she met.',
      [],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('quote speakers: colon layouts', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a transcript label opens each quoted turn; an unlabelled paragraph continues the last',
      'Part of the interview follows.\n\n"HOST: Let us begin with the vote on the budget tonight.\n\n"MORALES: Well, the budget is a serious matter for every family.\n\n"And that is why we will keep fighting for it."',
      [
        { text: 'HOST: Let us begin with the vote on the budget tonight.', speaker: 'HOST', cue: null },
        { text: 'MORALES: Well, the budget is a serious matter for every family.', speaker: 'MORALES', cue: null },
        { text: 'And that is why we will keep fighting for it.', speaker: 'MORALES', cue: null },
      ],
    ],
    [
      'a name and its paper before a colon',
      'Columnists weighed in overnight.\n\nPriya Raman, The Daily Courier: "The debate was a draw and nobody will remember a word of it."',
      [{ text: 'The debate was a draw and nobody will remember a word of it.', speaker: 'Priya Raman', cue: null }],
    ],
    [
      'a reporting verb that opens its sentence has its speaker after it',
      'Said Okafor: "I do not think the board cares about the tenants at all."',
      [{ text: 'I do not think the board cares about the tenants at all.', speaker: 'Okafor', cue: 'Said' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    ['page labels are not speakers, and what they mark is not speech', 'The mayor resigned.\n\n"WATCH: The whole press conference with the mayor on our site."\n\n"READ MORE: Why the budget failed and what happens next."', []],
    [
      'a capitalised word before a colon is no transcript label',
      'The memo was short.\n\n"Budget: the council will vote on the plan before the end of May."',
      [{ text: 'Budget: the council will vote on the plan before the end of May.', speaker: null }],
    ],
    [
      'a colon after words that are not a name gives no speaker',
      'The verdict of the night: "Nobody won the debate and everybody lost the evening."',
      [{ text: 'Nobody won the debate and everybody lost the evening.', speaker: null }],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('quote speakers: the clause that governs the quote', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a verb that leads into the quote wins over a participle after it',
      'In a statement, the firm said: "Our mines were profitable for a decade before the sale," adding that its shares had risen.',
      [{ text: 'Our mines were profitable for a decade before the sale,', speaker: 'the firm', cue: 'said' }],
    ],
    [
      '"She continued," before a quote leads into it',
      'Nadia Brooks spoke first at the hearing.\n\nShe continued, "All we are asking for is a day in court for every family."',
      [{ text: 'All we are asking for is a day in court for every family.', speaker: 'She', name: 'Nadia Brooks', cue: 'continued' }],
    ],
    [
      'verbs inside an appositive after the quote do not end the search for its cue',
      '"It is an invasion of the state’s own domain," Paul Grady, the attorney general of one of the states suing the agency, said on Monday.',
      [{ text: 'It is an invasion of the state’s own domain,', speaker: 'Paul Grady', cue: 'said' }],
    ],
    [
      'an office with an adjective and a noun read as a verb; the possessor is not the speaker',
      '"That remark was outrageous and he knows it," Lee\'s former campaign strategist said.',
      [{ text: 'That remark was outrageous and he knows it,', speaker: "Lee's former campaign strategist", name: "Lee's former campaign strategist", cue: 'said' }],
    ],
    [
      'the name before a participle is its subject ("footage of X saying")',
      'The advert ends with footage of Dana Reyes saying, "That makes me smart and you know it."',
      [{ text: 'That makes me smart and you know it.', speaker: 'Dana Reyes', cue: 'saying' }],
    ],
    [
      'a quoted sentence standing alone after a sentence about a person',
      'On Sunday, Senator Ana Ruiz took on her critics at a town hall. "Young people are tired of waiting for this city to act."',
      [{ text: 'Young people are tired of waiting for this city to act.', speaker: 'Ana Ruiz', cue: null }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    [
      'a name after a preposition still modifies the subject of a finite verb',
      'A letter seen by the Courier says, "The plan will fail within a year of its launch."',
      [{ text: 'The plan will fail within a year of its launch.', speaker: 'A letter', cue: 'says' }],
    ],
    [
      'a quoted sentence after a sentence about a thing takes no speaker from it',
      'The new bridge opened to traffic on Sunday morning. "Young people are tired of waiting for this city to act."',
      [{ text: 'Young people are tired of waiting for this city to act.', speaker: null }],
    ],
    [
      'a quoted sentence in a new paragraph takes no speaker from the sentence before',
      'On Sunday, Senator Ana Ruiz took on her critics at a town hall.\n\n"Young people are tired of waiting for this city to act."',
      [{ text: 'Young people are tired of waiting for this city to act.', speaker: null }],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});
