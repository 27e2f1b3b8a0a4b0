import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { entitiesScorer } from '../../src/eval/entities.js';
import type { Entity, EntityType, Report } from '../../src/types.js';

const seed = readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../fixtures/000_a8d46ff2df23af88.gold.json', import.meta.url), 'utf8')) as {
  entities: Array<{ name: string; type: EntityType; mentions: Array<{ start: number; end: number; text: string }> }>;
};

function entities(text: string): Entity[] {
  const report = analyze(text);
  for (const entity of report.entities) {
    for (const m of entity.mentions) expect(text.slice(m.start, m.end), entity.name).toBe(m.text);
  }
  return report.entities;
}

function mentionTexts(text: string): string[] {
  return entities(text).flatMap((e) => e.mentions.map((m) => m.text));
}

function find(list: Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}

describe('entitiesPass on the seed article', () => {
  const found = entities(seed);

  it('finds every gold entity with exactly its gold mentions', () => {
    for (const g of gold.entities) {
      const entity = find(found, g.name);
      expect(entity, g.name).toBeDefined();
      expect(entity!.type, g.name).toBe(g.type);
      expect(entity!.mentions.map((m) => [m.start, m.end]), g.name).toEqual(g.mentions.map((m) => [m.start, m.end]));
    }
  });

  it('reports nothing the gold lacks', () => {
    expect(found.map((e) => e.name).sort()).toEqual(gold.entities.map((e) => e.name).sort());
  });

  it('keeps six people apart and titles out of their names', () => {
    const people = found.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['Donald Trump', 'Sergey Lavrov', 'Steve Witkoff', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Yuri Ushakov']);
    expect(find(found, 'Donald Trump')!.title).toBe('President');
    expect(find(found, 'Sergey Lavrov')!.title).toBe('Foreign Minister');
  });

  it('resolves the vocative "Vladimir" to Putin and records sections', () => {
    const putin = find(found, 'Vladimir Putin')!;
    const vocative = putin.mentions.find((m) => m.text === 'Vladimir');
    expect(vocative?.start).toBe(seed.indexOf('Vladimir, STOP'));
    expect(putin.mentions[0]!.section).toBe('headline');
    expect(putin.mentions.some((m) => m.section === 'insights')).toBe(true);
  });

  it('ids run e1.. in order of first mention', () => {
    expect(found.map((e) => e.id)).toEqual(found.map((_, i) => `e${i + 1}`));
    const firsts = found.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });
});

describe('entitiesPass merges and splits names', () => {
  it.each([
    ['surname after full name, possessive left out', "Donald Trump spoke. Later Trump's aides left.", 'Donald Trump', ['Donald Trump', 'Trump']],
    ['abbreviation with full stops', 'Officials in the U.S. said the United States would wait.', 'United States', ['U.S.', 'United States']],
    ['acronym defined in brackets', 'The Assembly of First Nations (AFN) met. The AFN said no.', 'Assembly of First Nations', ['Assembly of First Nations', 'AFN', 'AFN']],
    ['name particle in a surname', 'said Niels van Dam, a spokesman. Van Dam added more.', 'Niels van Dam', ['Niels van Dam', 'Van Dam']],
  ])('%s', (_, text, name, mentions) => {
    const entity = find(entities(text), name);
    expect(entity).toBeDefined();
    expect(entity!.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it.each([
    ['the Kremlin', 'Officials at the Kremlin declined to comment.', 'Kremlin', 'organization'],
    ['a platform name', 'He posted on his Truth Social platform on Friday.', 'Truth Social', 'organization'],
    ['an organisational head', 'The Springfield City Council voted on Tuesday.', 'Springfield City Council', 'organization'],
    ['a legal suffix with its full stop', 'Shares of Apple Inc. rose on Monday.', 'Apple Inc.', 'organization'],
    ['a town with its state', 'The team travelled to Irving, Texas on Monday.', 'Irving, Texas', 'place'],
    ['a title kept out of the name', 'Russian Foreign Minister Sergey Lavrov spoke.', 'Sergey Lavrov', 'person'],
  ])('types %s', (_, text, name, type) => {
    expect(find(entities(text), name)?.type).toBe(type);
  });
});

describe('entitiesPass refuses false names', () => {
  it.each([
    ['title-case headline words', 'Donald Trump Meets Putin On Ukraine Crisis\nPutin and Trump met in Moscow, officials said.', ['Meets', 'Meets Putin', 'Crisis', 'Ukraine Crisis']],
    ['a vocative with no earlier full name', 'He wrote on social media, "Vladimir, STOP!" on Monday.', ['Vladimir', 'STOP']],
    ['sentence-initial common words', 'Footage published by state media showed the talks. However, nothing changed. Meanwhile officials waited.', ['Footage', 'However', 'Meanwhile']],
    ['ALL-CAPS lines', 'BREAKING NEWS: PRESIDENT SAYS MARKETS WILL RECOVER\nThe markets fell on Monday.', ['BREAKING', 'NEWS', 'PRESIDENT', 'MARKETS', 'RECOVER']],
    ['shouting inside a quotation', 'He wrote, "Let\'s get the Peace Deal DONE!"', ['DONE']],
    ['demonyms and currencies', 'Russian state media said the US$ 14 billion deal pleased Ukrainian-European officials.', ['Russian', 'US$', 'US', 'Ukrainian-European']],
  ])('%s', (_, text, banned) => {
    const texts = mentionTexts(text);
    for (const word of banned) expect(texts, word).not.toContain(word);
  });

  it('keeps "Vladimir" only once a Vladimir has been named', () => {
    const list = entities('Vladimir Putin met envoys. Later Trump wrote, "Vladimir, STOP!"');
    expect(find(list, 'Vladimir Putin')!.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Vladimir']);
  });

  it('reads CoNLL-style sports results and datelines without throwing or inventing people', () => {
    const text = [
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
      'LONDON 1996-08-30',
      'Blackburn 3 Sheffield Wednesday 0',
      '1. Ronaldo ( Brazil ) 24 points',
    ].join('\n');
    const list = entities(text);
    const texts = list.flatMap((e) => e.mentions.map((m) => m.text));
    for (const word of ['SOCCER', 'GET', 'LUCKY', 'WIN', 'SURPRISE', 'DEFEAT', 'Wednesday']) expect(texts).not.toContain(word);
    expect(find(list, 'LONDON')?.type).toBe('place');
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ronaldo']);
  });

  it('stays empty on text with no names', () => {
    expect(entities('"'.repeat(2000))).toEqual([]);
    expect(entities('')).toEqual([]);
  });
});

describe('entitiesScorer', () => {
  const text = 'Ann Lee met the United States team in Paris.';
  const report = (list: Array<[number, number, EntityType]>): Report =>
    ({
      entities: list.map(([start, end, type], i) => ({
        id: `e${i + 1}`,
        name: text.slice(start, end),
        type,
        title: null,
        mentions: [{ start, end, text: text.slice(start, end), section: null }],
      })),
    }) as unknown as Report;
  const goldDoc = {
    id: 'hand',
    text,
    entities: [
      { start: 0, end: 7, type: 'PER', text: 'Ann Lee' },
      { start: 16, end: 29, type: 'LOC', text: 'United States' },
      { start: 16, end: 34, type: 'MISC', text: 'United States team' },
      { start: 38, end: 43, type: 'LOC', text: 'Paris' },
    ],
  };

  it('accepts documents with an entities array only', () => {
    expect(entitiesScorer.accepts(goldDoc)).toBe(true);
    expect(entitiesScorer.accepts({ id: 'x', text: '' })).toBe(false);
    expect(entitiesScorer.headline).toBe('strict overall');
  });

  it('scores strict and lenient matches per type and overall', () => {
    const predicted = report([
      [4, 7, 'person'], // "Lee": lenient only
      [16, 29, 'place'], // exact
      [30, 34, 'organization'], // "team": overlaps MISC only, not counted
      [38, 43, 'person'], // right span, wrong type
    ]);
    const rows = Object.fromEntries(entitiesScorer.score([{ gold: goldDoc, report: predicted }]).map((r) => [r.name, r]));
    expect(Object.keys(rows)).toEqual([
      'strict PER', 'strict LOC', 'strict ORG', 'strict overall',
      'lenient PER', 'lenient LOC', 'lenient ORG', 'lenient overall',
    ]);
    expect(rows['strict PER']).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(rows['strict LOC']).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(rows['strict ORG']).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(rows['strict overall']).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(rows['lenient PER']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(rows['lenient overall']).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(rows['lenient overall']!.precision).toBeCloseTo(2 / 3);
    expect(rows['lenient overall']!.f1).toBeCloseTo(2 / 3);
  });

  it('matches one to one', () => {
    const twice = report([
      [0, 7, 'person'],
      [0, 3, 'person'],
    ]);
    const rows = Object.fromEntries(entitiesScorer.score([{ gold: goldDoc, report: twice }]).map((r) => [r.name, r]));
    expect(rows['lenient PER']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('reads the seed gold shape (one object per referent with mentions)', () => {
    const rows = entitiesScorer.score([{ gold: { id: 'seed', text: seed, entities: gold.entities }, report: analyze(seed) }]);
    const strict = rows.find((r) => r.name === 'strict overall')!;
    expect(strict.fn).toBe(0);
    expect(strict.tp).toBe(gold.entities.reduce((n, e) => n + e.mentions.length, 0));
  });
});

describe('organisations named by their head noun alone', () => {
  it('joins "the Council" to the one council the article names', () => {
    const text = 'Council approves budget\n\nThe Springfield City Council voted 7-2 on Wednesday. The Council will meet again in May.';
    const councils = analyze(text).entities.filter((e) => /council/i.test(e.name));
    expect(councils).toHaveLength(1);
    expect(councils[0]).toMatchObject({ name: 'Springfield City Council', type: 'organization' });
    expect(councils[0]!.mentions.map((m) => m.text)).toEqual(['Council', 'Springfield City Council', 'Council']);
  });

  it('keeps a bare head noun apart when two organisations share it', () => {
    const text = 'The Springfield City Council and the Shelbyville City Council disagreed. The Council said nothing.';
    const names = analyze(text).entities.map((e) => e.name);
    expect(names).toContain('Springfield City Council');
    expect(names).toContain('Shelbyville City Council');
    expect(analyze(text).entities.find((e) => e.name === 'Springfield City Council')!.mentions).toHaveLength(1);
  });
});
