import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { reported } from '../helpers/reported.js';

describe('reported speech: a clause after its cue', () => {
  it.each([
    ['with "that"', 'Ushakov noted that the meeting allowed both sides to get closer.', [['the meeting allowed both sides to get closer', 'Ushakov', 'noted']]],
    ['without "that"', 'Officials said the talks would resume in March.', [['the talks would resume in March', 'Officials', 'said']]],
    ['a description as the speaker', 'The ministry said its troops had left the village.', [['its troops had left the village', 'The ministry', 'said']]],
    ['after a time and place', 'She said on Tuesday at a rally in Leeds that the budget would be cut.', [['the budget would be cut', 'She', 'said']]],
    ['after the one who was told', 'The mayor told reporters the bridge was safe.', [['the bridge was safe', 'The mayor', 'told']]],
    ['a denial', 'The Kremlin denied that its forces had crossed the border.', [['its forces had crossed the border', 'Kremlin', 'denied']]],
    ['a belief', 'Most analysts believe the central bank will raise rates.', [['the central bank will raise rates', 'Most analysts', 'believe']]],
    ['an urging', 'The police urged drivers to stay off the roads.', [['drivers to stay off the roads', 'The police', 'urged']]],
    ['a warning against', 'Moscow has warned against rushing into a settlement.', [['against rushing into a settlement', 'Moscow', 'warned']]],
    ['a question reported', 'The judge asked whether the witness had been paid.', [['whether the witness had been paid', 'The judge', 'asked']]],
    ['a participle after the main clause', 'Lina Park left early, saying the vote had been rigged.', [['the vote had been rigged', 'Lina Park', 'saying']]],
    ['ending at the clause, not the sentence', 'The fund said it is cutting its forecast, and markets fell sharply.', [['it is cutting its forecast', 'The fund', 'said']]],
    ['running on through a relative clause', 'Bo Lin said the plan, which costs $2bn, would fail.', [['the plan, which costs $2bn, would fail', 'Bo Lin', 'said']]],
    ['mixed with quoted words', 'Ushakov said the talks were "constructive and very useful" for both sides.', [['the talks were "constructive and very useful" for both sides', 'Ushakov', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported speech: what a stance or comment is about', () => {
  it.each([
    ['a verb of comment and its object', 'The governor praised the new school budget on Monday.', [['the new school budget', 'The governor', 'praised']]],
    ['a denial of a noun', 'The company denied the allegations.', [['the allegations', 'The company', 'denied']]],
    ['a call for something', 'Teachers called for a national strike.', [['a national strike', 'Teachers', 'called']]],
    ['an endorsement, up to its time and a second verb', 'The governor endorsed Ortiz last week and has appeared at her rallies.', [['Ortiz', 'The governor', 'endorsed']]],
    ['a refusal to comment', 'A spokesman for the mayor declined to comment.', [['to comment', 'A spokesman', 'declined']]],
    ['an attitude and what it is about', 'Parents have raised concerns about the new curriculum.', [['the new curriculum', 'Parents', 'concerns about']]],
    ["someone's comments on something", "The mayor's comments on the flooding angered residents.", [['the flooding', 'The mayor', 'comments on']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['an object that is not what was said', 'The council praised nothing.'],
    ['an attitude word with no preposition', 'Concerns grew quickly.'],
    ['a comment word about nothing in particular', 'No comment was made.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported speech: a clause before or around its cue', () => {
  it.each([
    ['the speaker after a comma', 'The talks will resume next week, officials said.', [['The talks will resume next week', 'officials', 'said']]],
    ['the cue before the speaker', 'The harbour will stay closed until Friday, said the port authority.', [['The harbour will stay closed until Friday', 'the port authority', 'said']]],
    ['the speaker in the middle', 'The talks, officials said, will resume next week.', [['The talks, officials said, will resume next week', 'officials', 'said']]],
    ['according to, first', 'According to Ushakov, the discussion focused on trade.', [['the discussion focused on trade', 'Ushakov', 'According to']]],
    ['according to, last', 'The harbour will stay closed, according to the port authority.', [['The harbour will stay closed', 'the port authority', 'according to']]],
    ['with no source in the text', 'It was reported that the ship sank near the coast.', [['the ship sank near the coast', null, 'reported']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported speech: where the report ends and what stands around its cue', () => {
  it.each([
    ['a list after the verb goes on', 'A spokesman said Monday that the mayor has long called for lower fares, the closure of two depots and relief for night workers.', [['the mayor has long called for lower fares, the closure of two depots and relief for night workers', 'A spokesman', 'said']]],
    ['a second "that" clause goes on', 'The clerk said that she had not seen the file, and that she might resign.', [['she had not seen the file, and that she might resign', 'The clerk', 'said']]],
    ['a second verb with no subject goes on', 'Some residents said they had misgivings about the council, but could not vote against the mayor.', [['they had misgivings about the council, but could not vote against the mayor', 'Some residents', 'said']]],
    ['an opening subordinate clause after "that,"', 'He said that, if elected, he would leave such decisions to the generals.', [['if elected, he would leave such decisions to the generals', 'He', 'said']]],
    ['a part of the day after the cue', 'The bridge plan is an insult to commuters, county lawmakers said Friday afternoon, as they gathered at the hall.', [['The bridge plan is an insult to commuters', 'county lawmakers', 'said']]],
    ['a phrase after the cue and its speaker', 'Rising seas could displace thousands of residents, Mr. Harlan said in an interview with the paper.', [['Rising seas could displace thousands of residents', 'Harlan', 'said']]],
    ['a reason after the cue resumes the report', 'The levy has hurt the party with young voters, Graham said, since most of them want lower fares.', [['The levy has hurt the party with young voters, Graham said, since most of them want lower fares', 'Graham', 'said']]],
    ['whoever was told after an inverted cue', 'The idea could win support from both parties, Sen. Maria Ortiz told the Gazette on Thursday.', [['The idea could win support from both parties', 'Maria Ortiz', 'told']]],
    ['whoever was told inside the report', 'The difference now, he told me on Friday, is that the station has a new owner.', [['The difference now, he told me on Friday, is that the station has a new owner', 'he', 'told']]],
    ['told someone to do something', 'The mayor told his advisers to find a way to cut the budget.', [['his advisers to find a way to cut the budget', 'The mayor', 'told']]],
    ['told someone never to do something', 'She told her staff never to speak of the audit.', [['her staff never to speak of the audit', 'She', 'told']]],
    ['a source whose name is an acronym', 'The group is spending money on mailings to voters, according to FEC filings.', [['The group is spending money on mailings to voters', 'FEC', 'according to']]],
    ['a pronoun with its verb written on', "Her aides say it's too early to discuss a run for the Senate.", [["it's too early to discuss a run for the Senate", 'Her aides', 'say']]],
    ['a place between the cue and "that"', 'Ortiz says at a campaign stop in Salem, Oregon, that the plan would never pass.', [['the plan would never pass', 'Ortiz', 'says']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['evidence that compromise reads as a plural noun', 'The survey shows that most voters back the plan.', [['most voters back the plan', 'The survey', 'shows']]],
    ['evidence whose subject carries a participle phrase', 'Footage published by state media showed the two leaders shaking hands.', [['the two leaders shaking hands', 'Footage', 'showed']]],
    ['what a poll shows, as a noun phrase', 'Polls show a close contest in the state.', [['a close contest in the state', 'Polls', 'show']]],
    ['a sentence that opens with its source', 'In the latest county poll, Ortiz leads the mayor by five points.', [['Ortiz leads the mayor by five points', 'the latest county poll', 'In']]],
    ['a source opening a sentence whose verb reports', 'In a statement, the company said it would appeal.', [['it would appeal', 'the company', 'said']]],
    ['an opening phrase that is no source', 'In the morning, the bridge was closed.', []],
    ['a list after a parenthetical cue goes on', 'Coal, Ms. Ortiz often says, is the greatest threat to the valley, as well as a danger to its farms.', [['Coal, Ms. Ortiz often says, is the greatest threat to the valley, as well as a danger to its farms', 'Ortiz', 'says']]],
    ['an example after the cue goes on', 'The proposal is vague, labor experts say, including a clause on night work.', [['The proposal is vague, labor experts say, including a clause on night work', 'labor experts', 'say']]],
    ['a demonstrative object is a noun phrase', 'Judge Frank Nervo rejected that argument.', [['that argument', 'Frank Nervo', 'rejected']]],
    ['"that" with a verb after its noun is a complementizer', 'The Kremlin denied that prices in May had risen.', [['prices in May had risen', 'Kremlin', 'denied']]],
    ['a subject compromise reads as a verb', 'Ortiz said praise from the governor would not affect her vote.', [['praise from the governor would not affect her vote', 'Ortiz', 'said']]],
    ['a subject that opens with "her"', 'Lynch said her colleague had not worked on the case.', [['her colleague had not worked on the case', 'Lynch', 'said']]],
    ['a name and its verb after a subject with an aside', 'Derek Mills, who served as ambassador until this year, said Ortiz reached out to the council.', [['Ortiz reached out to the council', 'Derek Mills', 'said']]],
    ['an apposition after an inverted speaker', 'The plan will cost more, said Brian Baker, a longtime adviser.', [['The plan will cost more', 'Brian Baker', 'said']]],
    ['not a subordinate clause before the cue', 'When asked about the deal, Ortiz answered with a shrug.', []],
    ['a belief raised onto the subject, with no source', 'The sale is widely expected to close in July.', [['The sale is widely expected to close in July', null, 'expected']]],
    ['a report raised onto the subject', 'In recent weeks, the minister is said to have been angry.', [['the minister is said to have been angry', null, 'said']]],
    ['not the writer raising it', 'We are expected to file by Friday.', []],
    ['not inside a relative clause', 'The match, which is expected to draw a crowd, starts on Monday.', []],
    ['a new clause with its own subject ends it', 'The fund said it is cutting its forecast, and markets fell sharply.', [['it is cutting its forecast', 'The fund', 'said']]],
    ['a clause after the speaker that is not a phrase', 'The plan will fail, officials said as the vote began.', []],
    ['a coordinated reporting verb is its own cue', 'The mayor said the bridge was safe, and added that it would reopen.', [['the bridge was safe', 'The mayor', 'said'], ['it would reopen', 'The mayor', 'added']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('what is not reported speech', () => {
  it.each([
    ['"said" as an adjective', 'The said company paid the fine.'],
    ['narration without a source', 'The council met on Tuesday and the vote was close.'],
    ['a headline', 'Minister Says Talks Will Resume\n\nThe talks were held in Oslo.'],
    ['the writer\'s own voice', 'I know your tax returns are being audited.'],
    ['a verb with a noun object, no clause', 'He said goodbye, and the crowd was silent.'],
    ['an idiom', 'It goes without saying that prices rose.'],
    ['a reporting word that modifies a noun', 'Federal and state officials met the governor on Monday.'],
    ['a passive report of no words', 'The driver was told to wait outside.'],
    ['a quotation, which is a direct quote', '"We are ready for the vote," she said.'],
    ['weather', 'It was raining when the ship sank.'],
  ])('%s', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('leaves quoted words inside a reported clause findable as a partial quote', () => {
    const text = 'Ushakov said the talks were "constructive and very useful" for both sides.';
    const kinds = analyze(text).quotes.map((quote) => [quote.kind, quote.text]);
    expect(kinds).toContainEqual(['partial', 'constructive and very useful']);
    expect(kinds.filter(([kind]) => kind === 'indirect')).toHaveLength(1);
  });

  it('leaves a belief inside a report to the report', () => {
    expect(reported('Stein said she plans to join her supporters at the protest.')).toEqual([['she plans to join her supporters at the protest', 'Stein', 'said']]);
  });
});

describe('reported speech: what is evident or in doubt, with no source', () => {
  it.each([
    ['clear, with "that"', 'It is clear that the budget will not balance.', [['the budget will not balance', null, 'clear']]],
    ['unclear, with a question', 'It remains unclear whether the bridge will reopen.', [['whether the bridge will reopen', null, 'unclear']]],
    ['a contraction and "if"', "It's unclear if the coach will stay.", [['if the coach will stay', null, 'unclear']]],
    ['a question with "where"', 'It is unclear where the money went.', [['where the money went', null, 'unclear']]],
    ['a clause without "that"', 'It was obvious the crowd had grown restless.', [['the crowd had grown restless', null, 'obvious']]],
    ['after "nor"', 'Nor is it clear that the fund has enough money.', [['the fund has enough money', null, 'clear']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a clear sky', 'It was a clear morning over the harbour.'],
    ['clear alone', 'The road is clear now.'],
    ['clear as a verb', 'It will clear the way for new homes.'],
    ['inside a quotation', '"It is clear that we have work to do," the coach said.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text).filter(([, speaker]) => speaker === null)).toEqual([]);
  });
});
