import { describe, expect, it } from 'vitest';
import { reported as reportedSpeech } from '../helpers/reported.js';

/** The reported speech newsx finds in `text`, as [content, cue]: where a report ends is what these cases test. */
const reported = (text: string) => reportedSpeech(text).map(([content, , cue]) => [content, cue]);

describe('where a reported noun phrase ends', () => {
  it.each([
    ['before a subordinate clause', 'The governor praised the budget while visiting a school in Leeds.', [['the budget', 'praised']]],
    ['before "as" with a clause', 'The union praised the deal as the talks ended.', [['the deal', 'praised']]],
    ['"as" before a noun phrase goes on', 'The council described the plan as a failure.', [['the plan as a failure', 'described']]],
    ['before a relative clause after a comma', 'The senator criticised the bill, which passed on Friday.', [['the bill', 'criticised']]],
    ['a list after a comma goes on', 'Teachers called for smaller classes, better pay and new books.', [['smaller classes, better pay and new books', 'called']]],
    ['before a participle after a comma', 'Critics attacked the plan, calling a vote within days.', [['the plan', 'attacked']]],
    ['before an adverbial of time', 'Critics attacked the plan during the debate.', [['the plan', 'attacked']]],
    ['before the occasion it was said at', 'The coach praised his players at a news conference on Sunday.', [['his players', 'praised']]],
    ['before the speeches it was said in', 'Ortiz praised the volunteers in her speeches.', [['the volunteers', 'praised']]],
    ['before the medium it was said in', 'The mayor rejected the plan in a statement released on Monday.', [['the plan', 'rejected']]],
    ['a prepositional phrase of the noun goes on', 'The mayor praised the rise in school places.', [['the rise in school places', 'praised']]],
    ['"after" before a noun phrase ends it', 'The union praised the deal after the vote.', [['the deal', 'praised']]],
    ['before a second verb of its subject', 'The council condemned the attack and praised the police.', [['the attack', 'condemned'], ['the police', 'praised']]],
    ['before a second verb after an adverb', 'The council condemned the attack but also defended the police.', [['the attack', 'condemned'], ['the police', 'defended']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('where a reported clause ends', () => {
  it.each([
    ['a list of bare verbs after an infinitive goes on', 'She wants to raise the wage, expand the credit and fund schools.', [['to raise the wage, expand the credit and fund schools', 'wants']]],
    ['a participle after an infinitive ends it', 'The mayor wants to hire 500 drivers, focusing on young people.', [['to hire 500 drivers', 'wants']]],
    ['a colon spells the report out', 'She said the council faces two problems: the budget is short and the roads are poor.', [['the council faces two problems: the budget is short and the roads are poor', 'said']]],
    ['a semicolon still ends it', 'He said the vote was fair; his rivals disagreed.', [['the vote was fair', 'said']]],
    ['before a second verb of saying with no subject', 'She said she regretted the remarks and promised to stay quiet.', [['she regretted the remarks', 'said'], ['to stay quiet', 'promised']]],
    ['a bare verb after a modal goes on', 'He said the firm will cut jobs and close two plants.', [['the firm will cut jobs and close two plants', 'said']]],
    ['a participle after an auxiliary goes on', 'They said the officer was arrested and accused of fraud.', [['the officer was arrested and accused of fraud', 'said']]],
    ['a verb that is not one of saying goes on', 'He said he was tired and wanted to rest.', [['he was tired and wanted to rest', 'said']]],
    ['an opening phrase before the clause', 'Officials said that in a close contest, Ortiz leads the mayor.', [['in a close contest, Ortiz leads the mayor', 'said']]],
    ['an opening "like" phrase before the clause', 'He noted that, like him, the senator had been mocked in the press.', [['like him, the senator had been mocked in the press', 'noted']]],
    ['an opening phrase with its own verb is the clause', 'She said that in May the firm closed, as expected.', [['in May the firm closed', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('what a reported clause holds', () => {
  it.each([
    ['a relative clause inside the subject', 'Bo Lin said the plan, which costs $2bn, would fail.', [['the plan, which costs $2bn, would fail', 'said']]],
    ['an aside between dashes inside the subject', 'Critics note that Ortiz — even as she praises the plan — has voted against it twice.', [['Ortiz — even as she praises the plan — has voted against it twice', 'note']]],
    ['a dash and a new clause after the verb still end it', 'Critics note that Ortiz has voted against the plan — and she may do so again.', [['Ortiz has voted against the plan', 'note']]],
    ['an object with a relative clause is no clause', 'The senator acknowledged the risks of the bill, which passed on Friday.', [['the risks of the bill', 'acknowledged']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a cue inside a relative or wh-clause', () => {
  it.each([
    ['a relative clause with a gap', 'The levy, which critics say hurts farmers, passed on Friday.', [['which critics say hurts farmers', 'say']]],
    ['a relative clause in the past', 'The tax, which he said had harmed the economy, was cut.', [['which he said had harmed the economy', 'said']]],
    ['a wh-clause as an object', 'The debate turned on what the mayor says the plan would cost.', [['what the mayor says the plan would cost', 'says']]],
    ['nothing after the cue', 'That is exactly what the mayor said.', []],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a report around its cue', () => {
  it.each([
    ['a clause coordinated after the cue goes on', 'The fund grew by five percent last year, the agency said in a report, and the bank lost money.', [['The fund grew by five percent last year, the agency said in a report, and the bank lost money', 'said']]],
    ['a verb coordinated after the cue is its subject\'s', 'The fund grew by five percent, the agency said, and added that wages fell.', [['The fund grew by five percent', 'said'], ['that wages fell', 'added']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a reported noun phrase ends before the month it was said in', () => {
  it.each([
    ['"in" and a month', 'The mayor endorsed the plan in July.', [['the plan', 'endorsed']]],
    ['"in" and a month, then more', 'The union praised the reforms in March and April.', [['the reforms', 'praised']]],
    ['a month inside a reported clause stays', 'She said the vote would come in May.', [['the vote would come in May', 'said']]],
    ['"in" and a place goes on', 'The mayor praised the rise in school places.', [['the rise in school places', 'praised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a reported list goes on past ", and" to its last item', () => {
  it.each([
    ['a serial comma before the last item', 'The senator attacked the mayor, the council, and the police.', [['the mayor, the council, and the police', 'attacked']]],
    ['"or" before the last item', 'The union criticised the board, the managers, or both.', [['the board, the managers, or both', 'criticised']]],
    ['a clause after ", and" is not an item', 'The senator attacked the mayor, and the council voted to delay the plan.', [['the mayor', 'attacked']]],
    ['a verb after ", and" is not an item', 'The senator praised the plan, and then left.', [['the plan', 'praised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a report before a long subject of its cue', () => {
  it.each([
    ['a subject of five words', 'The driver was headed to Lyon for a meeting, the news site Le Monde reported.', [['The driver was headed to Lyon for a meeting', 'reported']]],
    ['a subject with three words before a name', 'The pair had been traveling together, the local radio station RTL said.', [['The pair had been traveling together', 'said']]],
    ['a clause before the subject is not part of it', 'The vote was close, and the news site Le Monde reported a recount.', [['a recount', 'reported']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a report ends before "and has said"', () => {
  it.each([
    ['after an infinitive', 'The senator has urged allies to raise spending but has said she will keep the pledge.', [['allies to raise spending', 'urged'], ['she will keep the pledge', 'said']]],
    ['after a clause', 'She said the vote was fair and has argued for a recount.', [['the vote was fair', 'said'], ['a recount', 'argued']]],
    ['"had" and a verb of doing stays in the clause', 'She said the plan had failed and had cost jobs.', [['the plan had failed and had cost jobs', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a participle aside inside the subject of a reported clause', () => {
  it.each([
    ['after a cue with no "that"', 'Officials said the plan, backed by the mayor, would cut fares.', [['the plan, backed by the mayor, would cut fares', 'said']]],
    ['after "that"', 'Critics argue that the fund, created by the state in 2010, has wasted money.', [['the fund, created by the state in 2010, has wasted money', 'argue']]],
    ['an irregular participle before "by"', 'Backers say the program, run by the county, has brought jobs to the region.', [['the program, run by the county, has brought jobs to the region', 'say']]],
    ['a participle after the verb is no aside', 'She said the deal collapsed, prompted by a row over fees.', [['the deal collapsed', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a reported noun phrase goes on with ", including" an example of it', () => {
  it.each([
    ['an example of the object', 'The mayor criticised the budget, including its cuts to libraries.', [['the budget, including its cuts to libraries', 'criticised']]],
    ['people named are the subject\'s', 'The party leaders had endorsed the bid, including Gov. Lee.', [['the bid', 'endorsed']]],
    ['an activity is the writer\'s gloss', 'They will discuss access issues, including using a third party.', [['access issues', 'discuss']]],
    ['a participle after the comma still ends it', 'The mayor criticised the budget, calling it cruel.', [['the budget', 'criticised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a report inside an opening clause ends where the main clause begins', () => {
  it.each([
    ['an opening participle, then a subject with "of" and its verb', 'Citing the new survey, the Federation of Small Firms accused the council of waste.', [['the new survey', 'Citing'], ['the council of waste', 'accused']]],
    ['an adverb between the main subject and its verb', 'Citing a leaked memo, Ortiz repeatedly accused the board of lying.', [['a leaked memo', 'Citing'], ['the board of lying', 'accused']]],
    ['a pronoun after the comma opens the main clause', 'Once the mayor has announced her budget, she is expected to resign.', [['her budget', 'announced'], ['she is expected to resign', 'expected']]],
    ['a name and its verb after the comma open the main clause', 'Back when he wrote his memoir, Mr. Reyes said that he distrusted banks.', [['he distrusted banks', 'said']]],
    ['an aside with a pronoun stays in the clause', 'Officials said the plan, they believe, would cut fares.', [['the plan, they believe', 'said']]],
    ['a short apposition is no new clause', 'She said the judge, a woman from Ohio, would resign.', [['the judge, a woman from Ohio, would resign', 'said']]],
    ['an apposition with a participle is no new clause', 'She said Reyes, the first judge appointed by the governor, would resign.', [['Reyes, the first judge appointed by the governor, would resign', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a comma between modifiers of one noun does not end a report', () => {
  it.each([
    ['two adjectives', 'Officials said a full, unedited copy of the audit was missing.', [['a full, unedited copy of the audit was missing', 'said']]],
    ['adverbs and participles', 'The union argued that publicly funded, privately managed clinics cost more.', [['publicly funded, privately managed clinics cost more', 'argued']]],
    ['a predicate adjective still ends the clause', 'She said the vote was close, many voters were angry.', [['the vote was close', 'said']]],
    ['a list of objects still ends at a verb', 'He praised the bold, and the critics left.', [['the bold', 'praised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a reported noun phrase goes on through words compromise misreads', () => {
  it.each([
    ['a name ending like a verb of saying', 'Ortiz is calling for the United States to take a stronger role.', [['the United States to take a stronger role', 'calling']]],
    ['a plural noun after a hyphenated modifier', 'He has railed against the special-interest provisions that riddle the code.', [['the special-interest provisions that riddle the code', 'railed']]],
    ['a possessive before a noun like "remarks"', 'She did not apologize for his remarks.', [['his remarks', 'apologize']]],
    ['a year after a possessive', 'He criticized President Barack Obama\'s 2011 intervention in Libya.', [['President Barack Obama\'s 2011 intervention in Libya', 'criticized']]],
    ['a duration after a number and a modifier', 'Voters expected a full 90 minutes of debate.', [['a full 90 minutes of debate', 'expected']]],
    ['a number and a duration still date the saying', 'The union praised the plan two weeks ago.', [['the plan', 'praised']]],
    ['a relative clause with "that" and a modal', 'The mayor unveiled a proposal for closer cooperation that would create a new office.', [['closer cooperation that would create a new office', 'proposal for']]],
    ['a clause after the relative clause still ends it', 'Residents praised the flood plan that the council passed, and the mayor resigned.', [['the flood plan that the council passed', 'praised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a relative clause that reports another source ends a report', () => {
  it.each([
    ['a relative clause with a verb of saying', 'She said the levy would hurt farmers, who critics say are already struggling.', [['the levy would hurt farmers', 'said'], ['who critics say are already struggling', 'say']]],
    ['a relative clause with no verb of saying goes on', 'She said the levy would hurt farmers, who are already struggling.', [['the levy would hurt farmers, who are already struggling', 'said']]],
    ['a relative clause with a verb of stance goes on', 'He said the city needs more money, which it plans to raise through fees.', [['the city needs more money, which it plans to raise through fees', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a reported noun phrase ends before the medium or terms it was said on', () => {
  it.each([
    ['a page of a social network', 'The group has touted his endorsement on its Facebook page.', [['his endorsement', 'touted']]],
    ['the terms of saying it', 'She confirmed the meeting on the condition of anonymity.', [['the meeting', 'confirmed']]],
    ['"on" and a topic goes on', 'The council criticised the rules on parking.', [['the rules on parking', 'criticised']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
