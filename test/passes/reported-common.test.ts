import { describe, expect, it } from 'vitest';
import { reported } from '../helpers/reported.js';

describe('common cues: a report before its cue', () => {
  it.each([
    [
      'an opening phrase before the main clause',
      'After a rough winter, the orchard is producing more apples than expected, one county official said.',
      [['After a rough winter, the orchard is producing more apples than expected', 'one county official', 'said']],
    ],
    [
      'a subject with a word compromise reads as a verb',
      'LONDON ― Rents will keep rising, top housing economists said Tuesday morning, as the figures came out.',
      [['Rents will keep rising', 'housing economists', 'said']],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a subordinate clause alone', 'When asked about the deal, Trump answered.'],
    ['a subordinate clause alone before its cue', 'While the markets were falling, analysts said.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('common cues: a report after its cue', () => {
  it.each([
    [
      'a long subject with an apposition, then a possessive name',
      "Ana Ruiz, a retired teacher who has lived in the town since 1980, said Molina's plan was the better one.",
      [["Molina's plan was the better one", 'Ana Ruiz', 'said']],
    ],
    [
      'a present-tense verb compromise reads as a plural noun',
      'The union leader said the plan needs a rethink.',
      [['the plan needs a rethink', 'The union leader', 'said']],
    ],
    [
      'a sentence-opening adjective is part of the speaker, not a name',
      'Foreign exchange traders said the rally would not last.',
      [['the rally would not last', 'Foreign exchange traders', 'said']],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a possessive speaker after the cue', '"We will win," said the mayor\'s chief of staff, Leo Park.'],
    ['a plural noun before a dash', 'The navy upgraded its military capabilities – a costly step.'],
  ])('%s: no reported clause', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('common cues: "citing" reports what the subject cited', () => {
  it.each([
    ['after the main clause', 'Regulators approved the deal on Monday, citing the benefits to consumers.', [['the benefits to consumers', 'Regulators', 'citing']]],
    [
      'after a report of its own',
      'The senator said the plan would fail, citing the cost of the bridge.',
      [
        ['the plan would fail', 'The senator', 'said'],
        ['the cost of the bridge', 'The senator', 'citing'],
      ],
    ],
    ['opening the sentence', 'Citing a rumour about his past, the mayor attacked his rival.', [['a rumour about his past', 'the mayor', 'Citing'], ['his rival', 'the mayor', 'attacked']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['"citing" with no noun phrase after it', 'The company withdrew, citing.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('common cues: verbs compromise reads as nouns, and beliefs with an infinitive', () => {
  it.each([
    ['a plain form agreeing with a plural subject past its prepositional phrase', 'Records from the registry show she sold the house in 2009.', [['she sold the house in 2009', 'Records', 'show']]],
    ['a subject with coordinated prepositional phrases', 'Farmers in Kent and across the region say the harvest was poor.', [['the harvest was poor', 'Farmers', 'say']]],
    ['a belief about an object, in an infinitive', 'Most economists expect the bank to cut rates.', [['the bank to cut rates', 'Most economists', 'expect']]],
    ['a second verb of its subject after "and"', 'Ms. Ito is cautious about housing and expects rents to climb.', [['rents to climb', 'Ito', 'expects']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a reporting word inside a name', 'The United States Trade Representative objected.'],
    ['a plural noun before a relative clause', 'The fresh charges that could follow were discussed.'],
    ['"a say" is a noun', 'Members will have a say in the vote.'],
    ['a noun compound before a pronoun', 'The talk show he hosted was cancelled.'],
    ['"to" as a preposition after the object', 'He knows the way to the station.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('common cues: a cue between a subordinate clause and its main clause', () => {
  it.each([
    [
      'a pronoun subject after the cue',
      'Even if the merger collapses, Ms. Grant said, she will keep the plant open.',
      [['Even if the merger collapses, Ms. Grant said, she will keep the plant open', 'Grant', 'said']],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a main clause before the cue, then a pronoun', 'The plan failed, Mr. Lee said, he told me.', [['he told me', 'Lee', 'said']]],
  ] as const)('%s: the main clause is not joined', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('common cues: an impression with no source ("seems to")', () => {
  it.each([
    ['"seems to"', 'The striker seems to have lost his touch.', [['The striker seems to have lost his touch', null, 'seems']]],
    ['a long subject', 'The shortage of nurses in rural clinics seems to be getting worse.', [['The shortage of nurses in rural clinics seems to be getting worse', null, 'seems']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['the writer', 'I seem to have lost my keys.'],
    ['no infinitive', 'He appeared on television.'],
    ['a relative clause', 'Buyers avoid houses that seem to need repairs.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('leaves the verb after it as the cue: "seemed to think"', () => {
    expect(reported('Chen nodded and seemed to think the price was too high.')).toEqual([['the price was too high', 'Chen', 'think']]);
  });

  it('is part of a report around it', () => {
    expect(reported('The inspector said that the pump appeared to work normally.')).toEqual([['the pump appeared to work normally', 'The inspector', 'said']]);
  });
});

describe('common cues: what follows the cue and its speaker', () => {
  it.each([
    [
      'an apposition with a relative clause after an inverted speaker',
      'The new ferry may begin service next month, said Rosa Diaz, a veteran engineer at the port who manages the project.',
      [['The new ferry may begin service next month', 'Rosa Diaz', 'said']],
    ],
    [
      'a noun phrase after "according to" and its source',
      'Fares would climb by 12 percent, according to the transit authority, a jump which few riders expected.',
      [['Fares would climb by 12 percent', 'the transit authority', 'according to']],
    ],
    [
      'a report resumed after the cue',
      'The bridge, Ms. Okafor said, would carry twice as much traffic.',
      [['The bridge, Ms. Okafor said, would carry twice as much traffic', 'Okafor', 'said']],
    ],
    [
      'a telling verb after an apposition with a possessive name after it',
      'Okafor, 61, who has chaired the board since 2015, told the local paper it is obvious that the budget will not balance.',
      [['it is obvious that the budget will not balance', 'Okafor', 'told']],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('common cues: the speaker before an appositive', () => {
  it.each([
    ['a place named before its appositive', "Even Norway, the bloc's closest partner, said it was against the tariff.", [['it was against the tariff', 'Norway', 'said']]],
    ['a person inside the appositive is the better mention', "In a letter, one of the union's advisers, Priya Shah, said the figures were wrong.", [['the figures were wrong', 'Priya Shah', 'said']]],
    ['a person before the appositive', 'But Lee, a spokesman, said the strike was over.', [['the strike was over', 'Lee', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('common cues: a gerund as the object of a stance', () => {
  it.each([
    ['after the verb', 'She proposed raising the fee for parking.', [['raising the fee for parking', 'She', 'proposed']]],
    ['after the preposition a call takes, past a time', 'The senator called Monday for closing the old mine.', [['closing the old mine', 'The senator', 'called']]],
    ['ending at its comma', 'Although the firm has admitted missing the deadline, it blames the weather.', [['missing the deadline', 'the firm', 'admitted'], ['the weather', 'it', 'blames']]],
    [
      'running through a relative clause',
      'Ms. Hale cited rude comments the coach had made about players as proof of his temper.',
      [['rude comments the coach had made about players as proof of his temper', 'Hale', 'cited']],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a participle after a comma reports on its own', 'The senator recalled the vote, suggesting the count was wrong.'],
  ])('%s: not the object', (_, text) => {
    expect(reported(text).map(([content]) => content)).not.toContain('suggesting the count was wrong');
  });
});

describe('common cues: a prepositional phrase between the cue and its clause', () => {
  it.each([
    ['a time', 'Ms. Ortiz said after the debate she would not seek a recount.', [['she would not seek a recount', 'Ortiz', 'said']]],
    ['a place', 'He said at the hearing they had failed to act.', [['they had failed to act', 'He', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a relative clause after the phrase of a verb that takes it', 'She spoke at the rally he organized.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('leaves a relative clause out of the report', () => {
    expect(reported('She said at the rally he organized that taxes would fall.').map(([content]) => content)).not.toContain('he organized that taxes would fall');
  });
});

describe('common cues: an inverted speaker whose name is inside a longer phrase', () => {
  it.each([
    ['a name inside the phrase, then a place', 'The hearing grew tense after lunch, said one Labour aide at the table.', [['The hearing grew tense after lunch', 'Labour', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a name well after the cue', 'Both parties opposed the new treaty, known as the Ocean Accord.'],
  ])('%s: not a speaker', (_, text) => {
    expect(reported(text).map(([, , cue]) => cue)).not.toContain('known');
  });
});

describe('common cues: hopes and plans in an infinitive', () => {
  it.each([
    ['a hope', 'Ms. Reyes hopes to plant a thousand trees by spring.', [['to plant a thousand trees by spring', 'Reyes', 'hopes']]],
    ['a plan inside a report before its cue', 'The club plans to sell the stadium, a spokeswoman announced Thursday.', [['The club plans to sell the stadium', 'a spokeswoman', 'announced']]],
    ['a hope inside a report is part of it', 'She said she hopes to run.', [['she hopes to run', 'She', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
