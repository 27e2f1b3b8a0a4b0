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

    [
      'a reporting clause closing the sentence governs a quote inside its subject',
      'A cashier who "steals a handful of bills" is held to account, Senator Warren said.',
      [{ text: 'steals a handful of bills', speaker: 'Warren', cue: 'said', kind: 'partial' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    [
      'a clause after a comma that does not close the sentence is no reporting clause',
      'A cashier who "steals a handful of bills" is held to account, Warren said on Monday and the bank agreed that afternoon with all of it.',
      [{ text: 'steals a handful of bills', speaker: null }],
    ],
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
      'the head before a participle and its preposition is the subject ("protesters marching through")',
      'Protesters marching through the streets chanted "Whose city? Our city!" until late.',
      [{ text: 'Whose city? Our city!', speaker: 'Protesters', cue: 'chanted' }],
    ],
    [
      'a day before a participle is not its subject',
      'Governor Ames sent a string of posts early Friday saying that the plan was "dead on arrival."',
      [{ text: 'dead on arrival.', speaker: 'Ames', cue: 'saying', kind: 'partial' }],
    ],
    [
      'a quoted paragraph after a paragraph about a person',
      'On Sunday, Senator Ana Ruiz took on her critics at a town hall.\n\n"Young people are tired of waiting for this city to act."',
      [{ text: 'Young people are tired of waiting for this city to act.', speaker: 'Ana Ruiz', cue: null }],
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
      'a quoted sentence takes no speaker from a paragraph further back',
      'On Sunday, Senator Ana Ruiz took on her critics at a town hall.\n\nThe hall was full.\n\n"Young people are tired of waiting for this city to act."',
      [{ text: 'Young people are tired of waiting for this city to act.', speaker: null }],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('quote speakers: short phrases in someone’s words', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a verb of characterising with "as"',
      'Governor Ames blasted the mayor as a "disgrace" on Wednesday.',
      [{ text: 'disgrace', speaker: 'Ames', cue: 'blasted', kind: 'partial' }],
    ],
    [
      '"likened … to"',
      'Another critic, Laurence Hale, likened the rules to "burning the Constitution" in a speech.',
      [{ text: 'burning the Constitution', speaker: 'Laurence Hale', cue: 'likened', kind: 'partial' }],
    ],
    [
      '"referred to her as", with a pronoun speaker',
      'Maria Ortiz spoke about her rival. She referred to her as "the devil" twice.',
      [{ text: 'the devil', speaker: 'She', name: 'Maria Ortiz', cue: 'referred', kind: 'partial' }],
    ],
    [
      '"calling" with its object, the subject of the sentence speaking',
      'The bishop criticised the ruling on Friday, calling capital punishment "inhumane" and cruel.',
      [{ text: 'inhumane', speaker: 'The bishop', cue: 'calling', kind: 'partial' }],
    ],
    [
      'a capitalised nickname someone gave',
      'Mayor Ruth Kane called the developer "Mister Concrete" at the meeting.',
      [{ text: 'Mister Concrete', speaker: 'Ruth Kane', cue: 'called', kind: 'partial' }],
    ],
    [
      'a name of the speaker’s own, object first ("branded X an "…"")',
      'Japan branded the North an "outlaw nation in the region."',
      [{ text: 'outlaw nation in the region.', speaker: 'Japan', cue: 'branded', kind: 'partial' }],
    ],
    [
      '"rated … as"',
      'The fact-checkers rated the claim as "mostly false" last week.',
      [{ text: 'mostly false', speaker: 'The fact-checkers', cue: 'rated', kind: 'partial' }],
    ],
    [
      'a quote coordinated with a characterised one shares its verb',
      'The president condemned the test as "reckless and dangerous" and a "grave threat" to the region.',
      [
        { text: 'reckless and dangerous', speaker: 'The president', cue: 'condemned', kind: 'partial' },
        { text: 'grave threat', speaker: 'The president', cue: 'condemned', kind: 'partial' },
      ],
    ],
    [
      'a quoted phrase that is the object of a verb of comment',
      'In a speech on Monday, Senator Okafor attacked "the lazy thinking of the old guard" at length.',
      [{ text: 'the lazy thinking of the old guard', speaker: 'Okafor', cue: 'attacked', kind: 'partial' }],
    ],
    [
      '"what X called"',
      'The council voted for sanctions against what it called "a clear threat to the region."',
      [{ text: 'a clear threat to the region.', speaker: 'it', cue: 'called', kind: 'partial' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string]> = [
    ['a passive characterising verb has no speaker to give', 'Voters are purged in what is being criticized as a "use or lose" rule.'],
    ['a name given to a thing', 'The club named its new robot "Better Idea" last spring.'],
    ['a term after "known as"', 'The bill, known as the "Sponsors Act" was passed by Congress.'],
    ['a headline in capitals', 'Senator Calls Rival ‘A Disgrace’ Over Plan'],
    ['a title after a verb of showing', 'The town hall will show "The Long Night" on Friday evening.'],
    ['a short quoted phrase with no verb governing it', 'The firm kept its documents in "approved cabinets" all year.'],
  ];

  it.each(negatives)('%s', (_name, text) => expect(summary(quotesOf(text))).toEqual([]));
});

describe('quote speakers: sources and their authors', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      '"A statement from X said"',
      'A statement from the Ministry of Health said: "The outbreak is under control and schools will reopen."',
      [{ text: 'The outbreak is under control and schools will reopen.', speaker: 'Ministry of Health', cue: 'said' }],
    ],
    [
      '"read a statement from X"',
      '"We will fight this ruling in every court in the land," read a statement from the Harbour Trust.',
      [{ text: 'We will fight this ruling in every court in the land,', speaker: 'Harbour Trust', cue: 'read' }],
    ],
    [
      '"according to a report by X"',
      'Prices will "keep rising well into next year," according to a report by the World Bank.',
      [{ text: 'keep rising well into next year,', speaker: 'World Bank', cue: 'according to' }],
    ],
    [
      '"issued a statement calling"',
      'The Harbour Trust issued a statement calling the ruling "a clear violation" of the law.',
      [{ text: 'a clear violation', speaker: 'Harbour Trust', cue: 'calling', kind: 'partial' }],
    ],
    [
      '"X\'s statement"',
      'Cornyn’s statement added, "We will not stop until the bill passes the Senate."',
      [{ text: 'We will not stop until the bill passes the Senate.', speaker: 'Cornyn', cue: 'added' }],
    ],
    [
      'an affiliation and a title before a name',
      'Oilers head coach Ken Hitchcock said, "We played a full sixty minutes tonight and won."',
      [{ text: 'We played a full sixty minutes tonight and won.', speaker: 'Ken Hitchcock', cue: 'said' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    [
      'a source seen by someone is not theirs',
      'A letter seen by the Courier says, "The plan will fail within a year of its launch."',
      [{ text: 'The plan will fail within a year of its launch.', speaker: 'A letter', cue: 'says' }],
    ],
    [
      'a spokesman for someone speaks for himself',
      'A spokesman for the mayor said, "The office has no comment on the matter at this time."',
      [{ text: 'The office has no comment on the matter at this time.', speaker: 'A spokesman', cue: 'said' }],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('quote speakers: pronouns', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a pronoun keeps its own span and resolves past the subject of a reported clause',
      'Dana Lee spoke after the rally. Lee said Novak does not show enough concern for the issue.\n\n"It only comes up when there is a video on the news," she said.',
      [{ text: 'It only comes up when there is a video on the news,', speaker: 'she', name: 'Dana Lee', cue: 'said' }],
    ],
    [
      'a pronoun stands for whoever the pronoun before it stood for, paragraphs on',
      'Dana Lee spoke after the rally.\n\n"It only comes up when there is a video on the news," she said.\n\nShe continued, "When the news dies down, nothing is said about it at all."',
      [
        { text: 'It only comes up when there is a video on the news,', speaker: 'she', name: 'Dana Lee' },
        { text: 'When the news dies down, nothing is said about it at all.', speaker: 'She', name: 'Dana Lee', cue: 'continued' },
      ],
    ],
    [
      'a name whose first name is of the other sex is passed over',
      'Mary Smith spoke first. Then John Brown took the stage.\n\n"We can do this together," she said.',
      [{ text: 'We can do this together,', speaker: 'she', name: 'Mary Smith' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => expectQuotes(text, expected));

  const negatives: Array<[string, string, Expected[]]> = [
    [
      '"he" does not take over what "she" stood for',
      'Mary Smith spoke first. Then John Brown took the stage.\n\n"We can do this together," she said.\n\n"We will win," he said.',
      [
        { text: 'We can do this together,', speaker: 'she', name: 'Mary Smith' },
        { text: 'We will win,', speaker: 'he', name: 'he' },
      ],
    ],
    [
      'the subject of the sentence still wins over a name it mentions',
      'Peter Novak met Dana Lee on Friday.\n\n"We will not give up on this town," he said.',
      [{ text: 'We will not give up on this town,', speaker: 'he', name: 'Peter Novak' }],
    ],
    [
      'a pronoun with nobody before it stays as written',
      'The rain fell all night on the empty town.\n\n"We will not give up on this place," she said.',
      [{ text: 'We will not give up on this place,', speaker: 'she', name: 'she' }],
    ],
  ];

  it.each(negatives)('%s', (_name, text, expected) => expectQuotes(text, expected));
});
