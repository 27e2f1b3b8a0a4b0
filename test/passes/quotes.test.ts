import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesScorer } from '../../src/eval/quotes.js';
import type { GoldDocument } from '../../src/eval/types.js';
import { analyze } from '../../src/index.js';
import { quotesPass } from '../../src/passes/quotes.js';
import { scanQuotations } from '../../src/nlp/quote-marks.js';
import type { Entity, Quote, Report } from '../../src/types.js';
import { passContext } from '../helpers/document.js';

const scanQuoteMarks = (text: string) => scanQuotations(text).quotes;
/** Words in quote marks; reported speech without them has its own tests. */
const quoted = (quotes: Quote[]) => quotes.filter((quote) => quote.kind !== 'indirect');

/** Runs the quotes pass alone, so what it finds does not hang on the entities pass. */
function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  return quoted(allQuotesOf(text, entities));
}

function allQuotesOf(text: string, entities: Entity[] = []): Quote[] {
  const quotes = quotesPass.run(passContext(text), { entities });
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

describe('quotes pass: reported speech', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a quote split by its cue is two quotes with one speaker',
      '"We are ready," he said, "and we will win the match tomorrow."',
      [
        { text: 'We are ready,', speaker: 'he', cue: 'said', kind: 'direct' },
        { text: 'and we will win the match tomorrow.', speaker: 'he', cue: 'said' },
      ],
    ],
    [
      'inverted order',
      '"It is done and we are moving on," said Burton.',
      [{ text: 'It is done and we are moving on,', speaker: 'Burton', cue: 'said' }],
    ],
    [
      'a title before the name is left out of the mention',
      'Russian Foreign Minister Sergey Lavrov shared, "There are still some points which need work."',
      [{ text: 'There are still some points which need work.', speaker: 'Sergey Lavrov', cue: 'shared', kind: 'direct' }],
    ],
    [
      'a pronoun resolves to the nearest person before it',
      'Mary Smith spoke to reporters on Tuesday. "We are done with this process," she said.',
      [{ text: 'We are done with this process,', speaker: 'she', name: 'Mary Smith', cue: 'said' }],
    ],
    [
      'curly double marks and British single marks, with apostrophes inside',
      '“We’re not going anywhere,” the mayor told reporters. ‘It’s our city,’ she added.',
      [
        { text: 'We’re not going anywhere,', speaker: 'the mayor', cue: 'told' },
        { text: 'It’s our city,', speaker: 'she', name: 'the mayor', cue: 'added' },
      ],
    ],
    [
      'straight single marks around reported speech',
      "'We will win this election,' said Prime Minister Jane Holt.",
      [{ text: 'We will win this election,', speaker: 'Jane Holt', cue: 'said' }],
    ],
    [
      'according to, after a partial quote',
      'The plan is "dead on arrival," according to Senator John Doe.',
      [{ text: 'dead on arrival,', speaker: 'John Doe', cue: 'according to', kind: 'partial' }],
    ],
    [
      'partial quotes woven into a sentence keep the cue before them',
      'He mentioned that "most of the major points" were agreed and both sides should meet at "very high levels" soon.',
      [
        { text: 'most of the major points', speaker: 'He', cue: 'mentioned', kind: 'partial' },
        { text: 'very high levels', speaker: 'He', cue: 'mentioned', kind: 'partial' },
      ],
    ],
    [
      'the speaker in the sentence before',
      'Professor Jane Heald noted the findings show pollution matters.\n"An air-quality cleanup would improve crop yields across the region."',
      [{ text: 'An air-quality cleanup would improve crop yields across the region.', speaker: 'Jane Heald', cue: null }],
    ],
    [
      'a sentence ending in a colon leads into the quote',
      'The minister wrote on his account:\n"Cool project, everyone. We should inspire more kids like you."',
      [{ text: 'Cool project, everyone. We should inspire more kids like you.', speaker: 'The minister', cue: 'wrote' }],
    ],
    [
      'a continuation paragraph keeps the last speaker',
      '"We take security seriously," said Ann Lee.\n"Nobody will be allowed into the building without a pass."',
      [
        { text: 'We take security seriously,', speaker: 'Ann Lee', cue: 'said' },
        { text: 'Nobody will be allowed into the building without a pass.', speaker: 'Ann Lee', cue: null },
      ],
    ],
    [
      'paragraphs that open without closing, attributed in the last',
      '"This is the first paragraph of a long statement.\n"This is the second paragraph of it," she said.',
      [
        { text: 'This is the first paragraph of a long statement.', speaker: 'she' },
        { text: 'This is the second paragraph of it,', speaker: 'she', cue: 'said' },
      ],
    ],
    [
      'a single quote nested in a double one stays inside it',
      '"They called me the \'anti-christ\' of the church," he said.',
      [{ text: "They called me the 'anti-christ' of the church,", speaker: 'he', cue: 'said' }],
    ],
    [
      'a short quoted phrase with a cue and a speaker is a partial quote',
      'Bishop Nunzio Galantino called the ruling "dangerous" on Friday.',
      [{ text: 'dangerous', speaker: 'Nunzio Galantino', cue: 'called', kind: 'partial' }],
    ],
    [
      'a short phrase after a noun naming a work is still a partial quote',
      'The senator called the plan "dead on arrival" in a speech.',
      [{ text: 'dead on arrival', speaker: 'The senator', cue: 'called', kind: 'partial' }],
    ],
    [
      'a signature after a dash',
      'Critics kept posting the video.\n"So far, it\'s the Internet: 1, the church: 0." - Matthew Ingram',
      [{ text: "So far, it's the Internet: 1, the church: 0.", speaker: 'Matthew Ingram', cue: null }],
    ],
    [
      'an appositive between the name and the verb',
      '"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.',
      [{ text: 'Had it happened an hour later it would have been much worse,', speaker: 'Khaled Al-Maeena', cue: 'said' }],
    ],
    [
      'a quote running over a line break closes where its mark is',
      '"We came here to compete.\nWe were so happy to be here," team member Rodaba Noori told the press.',
      [{ text: 'We came here to compete.\nWe were so happy to be here,', speaker: 'Rodaba Noori', cue: 'told' }],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const found = summary(quotesOf(text));
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(found[i]).toMatchObject(want));
  });

  it('names the speaker by the entity whose mention it is', () => {
    const text = 'Ushakov said the talks were "constructive and very useful."';
    const at = text.indexOf('Ushakov');
    const entity: Entity = {
      id: 'e7',
      name: 'Yuri Ushakov',
      type: 'person',
      title: null,
      mentions: [{ start: at, end: at + 7, text: 'Ushakov', section: 'body' }],
    };
    const [quote] = quotesOf(text, [entity]);
    expect(quote?.speaker).toMatchObject({ text: 'Ushakov', name: 'Yuri Ushakov', entity: 'e7' });
  });
});

describe('quotes pass: what is not a quote', () => {
  const cases: Array<[string, string]> = [
    ['titles of works', 'She starred in the film "Gone With the Wind" last year. The book, titled "A Promised Land", sold well.'],
    ['a name given with a determiner', 'It also has a new screen, dubbed a "retina display," which shows more pixels.'],
    ['names given to things', 'The team named its robot "Better Idea of Afghan Girls" and listed its home as "Hope".'],
    ['scare quotes and terms', 'The so-called "experts" were wrong. He owns a "smart" fridge, and the girls were granted "parole" status.'],
    ['a short quoted phrase with no cue', 'The firm rated the flaw "highly critical" and kept its documents in "approved security cabinets".'],
    ['apostrophes', "The '90s were Trump's best years, don't you think? The players' union met on Monday and 'em too."],
    ['a reference list of headlines', 'Sources\n"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008'],
    ['a question someone asked, in the writer’s words', 'Baird asked officials how documents kept in "approved security cabinets" wound up outside.'],
  ];

  it.each(cases)('%s', (_name, text) => {
    expect(summary(quotesOf(text))).toEqual([]);
  });
});

describe('quotes pass: attribution stays near', () => {
  it('leaves the speaker null rather than reach a far paragraph', () => {
    const text = [
      'Jane Doe said the plan was fine.',
      '',
      'The weather in the capital was cold and wet all week.',
      '',
      'Markets closed lower on Friday after a long session.',
      '',
      '"Nobody can be sure what happens to the economy next year."',
    ].join('\n');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBeNull();
  });

  it('a passive "was told" reports nobody', () => {
    const [quote] = quotesOf('The army was told to prepare for "a long and difficult state of readiness at the border."');
    expect(quote?.speaker ?? null).toBeNull();
  });
});

describe('quotes pass: broken and huge inputs', () => {
  it('survives an unbalanced mark and keeps the quotes after it', () => {
    const text = 'A stray " mark sits here.\nLater, the mayor said "the budget is balanced and we will keep it that way".';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toContain('the budget is balanced and we will keep it that way');
    expect(quotes.find((q) => q.text.startsWith('mark sits'))).toBeUndefined();
  });

  it('never throws on marks alone', () => {
    for (const text of ['"', '“', '”', "'", '""', '" "', '"\n"', '‘’', '"a', 'a"', '“”„«»']) expect(() => quotesOf(text)).not.toThrow();
  });

  it('scans 100,000 quote marks in one line into a sane result', () => {
    const marks = scanQuoteMarks('"'.repeat(100_000));
    expect(marks).toEqual([]);
    const words = '"a" '.repeat(50_000);
    const spans = scanQuoteMarks(words);
    expect(spans).toHaveLength(50_000);
    expect(spans.every((s) => words.slice(s.start, s.end) === 'a')).toBe(true);
    const singles = scanQuoteMarks(`${"'".repeat(100_000)} ${"'a' ".repeat(10_000)}`);
    expect(singles).toHaveLength(10_000);
  });

  it('runs the whole pass over a line of 100,000 quote marks', () => {
    expect(quotesOf('"'.repeat(100_000))).toEqual([]);
  });

  it('handles a long text with thousands of unclosed quotes', () => {
    const text = 'He said "yes, '.repeat(5_000);
    const quotes = quotesOf(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.start < q.end)).toBe(true);
  });
});

describe('quotes pass: the seed article', () => {
  const fixtures = path.resolve(__dirname, '../../fixtures');
  const text = readFileSync(path.join(fixtures, '000_a8d46ff2df23af88.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(path.join(fixtures, '000_a8d46ff2df23af88.gold.json'), 'utf8')) as {
    quotes: Array<{ text: string; start: number; end: number; speaker: string; speakerMention: { start: number; end: number; text: string }; cue: string }>;
  };

  it('finds all 13 quotes with their speakers and cues, without the entities pass', () => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name, mention: q.speaker?.text, at: q.speaker?.start, cue: q.cue?.text }))).toEqual(
      gold.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, mention: q.speakerMention.text, at: q.speakerMention.start, cue: q.cue })),
    );
  });

  it('finds the same quotes through analyze()', () => {
    const quotes = quoted(analyze(text).quotes);
    expect(quotes.map((q) => [q.start, q.end, q.speaker?.start])).toEqual(gold.quotes.map((q) => [q.start, q.end, q.speakerMention.start]));
    expect(quotes.filter((q) => q.section === 'insights')).toHaveLength(3);
  });
});

describe('quotesScorer', () => {
  const text = 'Ann said, "We will win." Later "we won" he said. The "so-called" thing. Bob Smith added: "Done."';
  const at = (s: string) => text.indexOf(s);
  const gold: GoldDocument = {
    id: 'hand',
    text,
    quotes: [
      // Gold spans may include the marks; they are trimmed before matching.
      { start: at('"We will'), end: at('win."') + 5, text: '"We will win."', speaker: 'Ann', speakerStart: 0, speakerEnd: 3, speakerRef: 'Ann Lee' },
      { start: at('we won'), end: at('we won') + 6, text: 'we won', speaker: 'he', speakerStart: at('he said'), speakerEnd: at('he said') + 2, speakerRef: 'Ann Lee' },
      { start: at('Done.'), end: at('Done.') + 5, text: 'Done.', speaker: 'Bob Smith', speakerStart: at('Bob'), speakerEnd: at('Bob') + 9, speakerRef: 'Robert Smith' },
    ],
  };
  const quote = (s: string, speaker: { name: string; start: number; end: number } | null): Quote => ({
    start: at(s),
    end: at(s) + s.length,
    text: s,
    section: 'body',
    kind: 'direct',
    speaker: speaker && { ...speaker, text: text.slice(speaker.start, speaker.end), entity: null },
    cue: null,
  });
  const report = {
    quotes: [
      quote('We will win.', { name: 'Ann Lee', start: 0, end: 3 }),
      // Right span, speaker named differently but sharing a name token with speakerRef.
      quote('we won', { name: 'Lee', start: at('Later'), end: at('Later') + 5 }),
      quote('so-called', null),
      // Matches "Done." by span, but its speaker shares no token and no offsets.
      quote('Done.', { name: 'Ann', start: 0, end: 3 }),
    ],
  } as unknown as Report;

  it('scores spans, speakers and attribution as the README defines', () => {
    const rows = quotesScorer.score([{ gold, report }]);
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(row('quotes')).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(row('speaker accuracy')).toMatchObject({ correct: 2, total: 3 });
    expect(row('attributed')).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(row('attributed').f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 6);
    expect(quotesScorer.headline).toBe('attributed');
  });

  it('matches one to one and needs overlap of half the longer span', () => {
    const doubled = { quotes: [quote('We will win.', null), quote('We will win.', null), quote('win', null)] } as unknown as Report;
    const rows = quotesScorer.score([{ gold, report: doubled }]);
    expect(rows.find((r) => r.name === 'quotes')).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });

  it('reads the seed gold shape and accepts only documents with quotes', () => {
    expect(quotesScorer.accepts(gold)).toBe(true);
    expect(quotesScorer.accepts({ id: 'x', text: 'x' })).toBe(false);
    const seedGold: GoldDocument = {
      id: 'seed',
      text,
      quotes: [{ text: 'Done.', start: at('Done.'), end: at('Done.') + 5, speaker: 'Robert Smith', speakerMention: { start: at('Bob'), end: at('Bob') + 9, text: 'Bob Smith' }, cue: 'added' }],
    };
    const seedReport = { quotes: [quote('Done.', { name: 'Bob Smith', start: at('Bob'), end: at('Bob') + 9 })] } as unknown as Report;
    expect(quotesScorer.score([{ gold: seedGold, report: seedReport }]).find((r) => r.name === 'attributed')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('speakers described rather than named', () => {
  it('resolves "the company" to the organisation the article just named', () => {
    const text = 'Apple said it would appeal. In a statement, the company said the decision "ignores the market realities."';
    const [quote] = quoted(analyze(text).quotes);
    expect(quote?.speaker).toMatchObject({ text: 'the company', name: 'Apple' });
    expect(quote?.speaker?.entity).not.toBeNull();
  });

  it.each([
    ['the firm', '"We will appeal," the firm said.'],
    ['the ministry', '"The border is closed," the ministry said.'],
  ])('takes "%s" as the speaker even where compromise reads the noun as an adjective', (speaker, text) => {
    const [quote] = quoted(analyze(text).quotes);
    expect(quote?.speaker?.text).toBe(speaker);
  });

  it('does not take an organisation word that modifies a noun for the speaker', () => {
    const [quote] = quoted(analyze('"We will appeal," the firm\'s lawyer said.').quotes);
    expect(quote?.speaker?.text).not.toBe('the firm');
  });

  it('leaves "the company" unresolved when no organisation came before, never taking a person', () => {
    const text = 'Ruth Okafor spoke first. "We will build it," the company said.';
    const [quote] = quoted(analyze(text).quotes);
    expect(quote?.speaker).toMatchObject({ text: 'the company', name: 'the company', entity: null });
  });
});
