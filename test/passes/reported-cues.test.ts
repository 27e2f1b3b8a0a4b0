import { describe, expect, it } from 'vitest';
import { reported } from '../helpers/reported.js';

describe('reported cues: beliefs, hopes and expectations', () => {
  it.each([
    ['a feeling', 'Many residents feel the council ignored them.', [['the council ignored them', 'Many residents', 'feel']]],
    ['an understanding', 'The minister understood that the vote would fail.', [['the vote would fail', 'The minister', 'understood']]],
    ['a question wondered', 'The judge wondered whether the witness was lying.', [['whether the witness was lying', 'The judge', 'wondered']]],
    ['a hope, read as a verb after its noun subject', 'The company hopes to open two stores next year.', [['to open two stores next year', 'The company', 'hopes']]],
    ['an irregular past', 'The governor has sought to distance herself from the scandal.', [['to distance herself from the scandal', 'The governor', 'sought']]],
    ['a want, with an object', 'Most residents want a new school.', [['a new school', 'Most residents', 'want']]],
    ['an expectation of someone', 'Analysts expect the bank to cut rates.', [['the bank to cut rates', 'Analysts', 'expect']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['hopes that are a noun', 'Her hopes to win were dashed.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: a stance taken on an object', () => {
  it.each([
    ['in the progressive', 'The union is demanding a pay rise for nurses.', [['a pay rise for nurses', 'The union', 'demanding']]],
    ['a defence in the progressive', 'The governor is defending her budget.', [['her budget', 'The governor', 'defending']]],
    ['praise', 'The mayor lauded the firefighters.', [['the firefighters', 'The mayor', 'lauded']]],
    ['a gerund as the object', 'The senator proposed raising the fuel tax.', [['raising the fuel tax', 'The senator', 'proposed']]],
    ['a gerund after "called for"', 'Teachers called for cutting class sizes.', [['cutting class sizes', 'Teachers', 'called']]],
    ['"called on" someone to act', 'The union called on members to return to work.', [['members to return to work', 'The union', 'called']]],
    ['a time before the preposition', 'The mayor called on Tuesday for a new bridge.', [['a new bridge', 'The mayor', 'called']]],
    ['railing against', 'The senator railed against the new tariffs.', [['the new tariffs', 'The senator', 'railed']]],
    ['agreeing with someone', 'The coach agreed with the referee.', [['the referee', 'The coach', 'agreed']]],
    ['thinking about something', 'Most voters think about the economy.', [['the economy', 'Most voters', 'think']]],
    ['a vote against a bill', 'The senators voted against the farm bill.', [['the farm bill', 'The senators', 'voted']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a passive', 'The bill was proposed by the mayor.'],
    ['a passive progressive', 'The workers are being pushed to the limit.'],
    ['a verb whose report needs its preposition', 'The guide pointed the way to the station.'],
    ['an act, not a stance', 'The firm signed the contract on Monday.'],
    ['attention, not a stance', 'The team focused on defence.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: the particle "out"', () => {
  it.each([
    ['a clause', 'The auditor pointed out that the figures did not add up.', [['the figures did not add up', 'The auditor', 'pointed']]],
    ['an object', 'The report singled out the health ministry.', [['the health ministry', 'The report', 'singled']]],
    ['a preposition after it', 'She spoke out against the closures.', [['the closures', 'She', 'spoke']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['"out" as a place', 'The family went out for dinner.'],
    ['a particle verb that reports nothing', 'The firm spelled the name wrong.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: "citing" what the subject cites', () => {
  it.each([
    ['after the main clause', 'The court blocked the merger, citing a risk to consumers.', [['a risk to consumers', 'The court', 'citing']]],
    ['before a second verb', 'The court blocked the merger, citing a risk to consumers, and fined the firm.', [['a risk to consumers', 'The court', 'citing']]],
    ['an aside before the verb is a source', 'The council, citing the ministry, said the road would close.', [['the road would close', 'The council', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported cues: an impression the text gives no source for', () => {
  it.each([
    ['seeming with an adjective', 'The new rules seem too strict for small firms.', [['The new rules seem too strict for small firms', null, 'seem']]],
    ['appearing with an infinitive', 'Support for the plan appears to be growing.', [['Support for the plan appears to be growing', null, 'appears']]],
    ['inside a report, part of it', 'He said the plan seems risky.', [['the plan seems risky', 'He', 'said']]],
    ['seen as, by no one named', 'The senator is widely seen as the favourite to win.', [['The senator is widely seen as the favourite to win', null, 'seen']]],
    ['considered with an adjective', 'The plan was considered unlikely to pass.', [['The plan was considered unlikely to pass', null, 'considered']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['appearing somewhere', 'The actor appeared on a talk show.'],
    ['appearing before a cue of its own', 'The senator appeared to suggest a delay.'],
  ])('%s: no impression', (_, text) => {
    expect(reported(text).filter(([, , cue]) => cue === 'appeared')).toEqual([]);
  });

  it('being seen somewhere is no impression', () => {
    expect(reported('He was seen at the rally.')).toEqual([]);
  });
});

describe('reported cues: a thing taken for something', () => {
  it.each([
    ['seen as', 'Critics see the program as an easy way to gain citizenship.', [['the program as an easy way to gain citizenship', 'Critics', 'see']]],
    ['viewed as', 'Ortiz views the tax as a burden on families.', [['the tax as a burden on families', 'Ortiz', 'views']]],
    ['portrayed as, of oneself', 'The candidate portrayed himself as an outsider.', [['himself as an outsider', 'The candidate', 'portrayed']]],
    ['called a name without quote marks', 'The senator called the deal a disaster for workers.', [['the deal a disaster for workers', 'The senator', 'called']]],
    ['an object with a phrase of its own', 'Clinton called her vote in favor of the war a mistake.', [['her vote in favor of the war a mistake', 'Clinton', 'called']]],
    ['called with an adjective after a pronoun', 'The senator called him divisive.', [['him divisive', 'The senator', 'called']]],
    ['called with a possessive name', 'She called her late brother her hero.', [['her late brother her hero', 'She', 'called']]],
    ['deemed with an adjective', 'The judge deemed the law unconstitutional.', [['the law unconstitutional', 'The judge', 'deemed']]],
    ['considered with an adjective', 'Many voters consider him honest.', [['him honest', 'Many voters', 'consider']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a count, not a name', 'She called him a few times last week.'],
    ['a time, not a name', 'He called her early.'],
    ['seeing someone', 'Mia saw a doctor yesterday.'],
    ['calling a meeting', 'The mayor called a meeting.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: a quoted name is left to the quotation', () => {
  it('"called the vote "a sham"" is no indirect report', () => {
    expect(reported('The mayor called the vote "a sham from start to finish."')).toEqual([]);
  });
});

describe('reported cues: a verb form that modifies a noun', () => {
  it.each([
    ['after an opening adverb', 'Initially, state regulators did not consider the bid a serious offer.', [['the bid a serious offer', 'regulators', 'consider']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported cues: a reporting verb after an opening adverb and its comma', () => {
  it('"Still, state officials …" is a noun phrase, not a cue', () => {
    expect(reported('Still, state officials hope to reopen the bridge by May.')).toEqual([['to reopen the bridge by May', 'state officials', 'hope']]);
  });
});

describe('reported cues: a request left unanswered', () => {
  it.each([
    ['not responding to requests', 'The campaign did not immediately respond to requests for comment.', [['requests for comment', 'The campaign', 'respond']]],
    ['not replying to a message', 'The ministry has not replied to a message seeking comment.', [['a message seeking comment', 'The ministry', 'replied']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a response, not a refusal', 'The mayor responded to critics by cutting taxes.'],
    ['not returning somewhere', 'She did not return to the office.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: where a reported object ends', () => {
  it.each([
    ['before a subordinate clause of its own', 'The senator praised the bill when it reached the floor.', [['the bill', 'The senator', 'praised']]],
    ['before a participle clause', 'Ortiz attacked the mayor, saying she had wasted money.', [['the mayor', 'Ortiz', 'attacked'], ['she had wasted money', 'Ortiz', 'saying']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported cues: "made clear", "made the case"', () => {
  it.each([
    ['made clear, after a time', 'The mayor made clear on Monday that she would not resign.', [['she would not resign', 'The mayor', 'made clear']]],
    ['made the case', 'She made the case that taxes must rise.', [['taxes must rise', 'She', 'made the case']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a clear mistake', 'He made a clear mistake.'],
    ['a case made of leather', 'The firm made the case from leather.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: a question put to the subject is the asker\'s, and the asker is not named', () => {
  it.each([
    ['"Asked about …"', 'Asked about the merger, she defended her decision.', [['her decision', 'she', 'defended']]],
    ['"When asked how …"', 'When asked how the talks would end, he shrugged.', []],
    ['someone asking is not asked', 'He asked about the weather.', []],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported cues: a clause whose subject is a gerund', () => {
  it.each([
    ['after "said"', 'The mayor said raising the levy would hurt farmers.', [['raising the levy would hurt farmers', 'The mayor', 'said']]],
    ['after "says"', 'The coach says losing the final has made the team stronger.', [['losing the final has made the team stronger', 'The coach', 'says']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a gerund that reports is not a subject', 'The mayor spoke, adding that the levy would rise.', [['the levy would rise', 'The mayor', 'adding']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a gerund as the object of a verb that takes no clause', 'The mayor enjoyed walking the dog.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: a word standing for what was said', () => {
  it.each([
    ['"so"', 'Half of the members said so in the spring.', [['so', 'Half', 'said']]],
    ['"yes"', 'About 40 percent said yes, and the rest waited.', [['yes', '40 percent', 'said']]],
    ['"the same of" someone', 'Two-thirds said the same of the mayor.', [['the same of the mayor', 'Two-thirds', 'said']]],
    ['"as much"', 'The mayor indicated as much in a letter to members.', [['as much', 'The mayor', 'indicated']]],
    ['"no" opening a clause is no stand-in', 'She said no one would lose a job.', [['no one would lose a job', 'She', 'said']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['"so many" things', 'He said so many things.'],
    ['the writer', 'I think so.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: a noun or adjective and its "that" clause', () => {
  it.each([
    ['an adjective, held by the subject', 'Voters were frustrated that the count took so long.', [['the count took so long', 'Voters', 'frustrated that']]],
    ['"aware that"', 'The mayor is aware that the roads are bad.', [['the roads are bad', 'The mayor', 'aware that']]],
    ['"adamant that"', 'The coach was adamant that the team would win.', [['the team would win', 'The coach', 'adamant that']]],
    ['a noun, held by its possessor', 'Members laughed at his assertion that the vote was rigged.', [['the vote was rigged', 'his', 'assertion that']]],
    ['inside what another rejected, only the outer report', 'Members rejected his assertion that the vote was rigged.', [['his assertion that the vote was rigged', 'Members', 'rejected']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a relative clause after a noun of the list', 'The view that she shared drew praise.'],
    ['a relative clause after "idea"', 'The idea that he proposed was popular.'],
    ['a relative clause after "evidence"', 'The evidence that she gathered was thin.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: an impression inside a reported clause', () => {
  it.each([
    ['after "that"', 'Smith argued that the senator appeared unsteady.', [['the senator appeared unsteady', 'Smith', 'argued']]],
    ['after a cue without "that"', 'Smith noted the senator seemed tired.', [['the senator seemed tired', 'Smith', 'noted']]],
    ['alone, with no source', 'The plan seems too risky.', [['The plan seems too risky', null, 'seems']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('reported cues: thanks and congratulations', () => {
  it.each([
    ['thanking someone for something', 'The coach thanked the fans for their patience.', [['the fans for their patience', 'The coach', 'thanked']]],
    ['congratulating a rival', 'The mayor congratulated her opponent on a hard race.', [['her opponent on a hard race', 'The mayor', 'congratulated']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it('a passive thanks no one', () => {
    expect(reported('The volunteers were thanked by the council.')).toEqual([]);
  });
});

describe('reported cues: "referring to" what a speaker meant', () => {
  it.each([
    ['after a report', 'The minister said the old rules had failed, referring to the 2010 budget law.', [['the old rules had failed', 'The minister', 'said'], ['the 2010 budget law', 'The minister', 'referring']]],
    ['a verb of its own', 'The judge referred to the earlier ruling.', [['the earlier ruling', 'The judge', 'referred']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a passive', 'The patient was referred to a specialist.'],
    ['a case sent on', 'The court referred the case back to the lower court.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: an intention someone owns', () => {
  it.each([
    ["a noun's plans, not a verb", "The company's plans to expand were shelved.", [['to expand', 'The company', 'plans']]],
    ['a decision, in the subject', "The mayor's decision to close the library angered parents.", [['to close the library', 'The mayor', 'decision']]],
    ['a refusal, after the verb', 'Voters questioned his refusal to release the figures.', [['his refusal to release the figures', 'Voters', 'questioned']]],
    ['an effort after an adjective', "It was the governor's latest effort to win back rural voters.", [['to win back rural voters', 'the governor', 'effort']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a plan nobody owns', 'The council made plans to build a new bridge.'],
    ['"to" as a preposition', 'Her proposal to the committee arrived late.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: more stances taken on an object', () => {
  it.each([
    ['bemoaning', 'The coach bemoaned the state of the pitch.', [['the state of the pitch', 'The coach', 'bemoaned']]],
    ['downplaying', 'The minister downplayed the risk of flooding.', [['the risk of flooding', 'The minister', 'downplayed']]],
    ['likening one thing to another', 'The critic likened the new tower to a filing cabinet.', [['the new tower to a filing cabinet', 'The critic', 'likened']]],
    ['a promise with no one promised', 'The governor has promised a veto.', [['a veto', 'The governor', 'promised']]],
    ['a promise to someone', 'She promised voters a new school.', [['a new school', 'She', 'promised']]],
    ['promises someone owns', 'His promises to cut fares were forgotten.', [['to cut fares', 'His', 'promises']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a passive promise', 'A new school was promised to the town.'],
    ['promises nobody owns', 'There were promises to cut fares.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: "data" agrees with a plural verb', () => {
  it.each([
    ['data from a source', 'Data from the census show that rents rose faster than wages.', [['rents rose faster than wages', 'Data', 'show']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it('a show that aired is no report', () => {
    expect(reported('The data show was cancelled after one season.')).toEqual([]);
  });
});

describe('reported cues: rulings, wondering and balking', () => {
  it.each([
    ['a court ruling a clause', 'The tribunal ruled that the dismissal was unfair.', [['the dismissal was unfair', 'The tribunal', 'ruled']]],
    ['ruling against something', 'The judge ruled against the new parking fees.', [['the new parking fees', 'The judge', 'ruled']]],
    ['wondering about something', 'Fans wondered about the manager’s future.', [['the manager’s future', 'Fans', 'wondered']]],
    ['balking at something', 'The union balked at the proposed pay freeze.', [['the proposed pay freeze', 'The union', 'balked']]],
    ['incensed that', 'Residents were incensed that the library would close.', [['the library would close', 'Residents', 'incensed that']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['rules that are a noun', 'The new rules that limit parking take effect in May.'],
    ['ruling a country', 'The family ruled the region for a century.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('reported cues: how someone is regarded, and in whose view', () => {
  it.each([
    ['viewed favorably', 'Most parents view the new head teacher favorably.', [['the new head teacher favorably', 'Most parents', 'view']]],
    ['a view that opens the sentence', "In the coach's view, the referee made a mistake.", [['the referee made a mistake', "the coach's view", 'In']]],
  ] as const)('%s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['in view of', 'In view of the storm, the match was postponed.'],
    ['seeing someone often', 'She sees her sister regularly.'],
  ])('%s: nothing', (_, text) => {
    expect(reported(text)).toEqual([]);
  });
});
