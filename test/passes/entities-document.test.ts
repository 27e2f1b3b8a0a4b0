import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Entity, EntityType } from '../../src/types.js';

function entities(text: string): Entity[] {
  const found = analyze(text).entities;
  for (const entity of found) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

/** The entity one mention text belongs to, with its type and all its mention texts. */
function holder(text: string, mention: string): { type: EntityType; mentions: string[] } | undefined {
  const found = entities(text).find((e) => e.mentions.some((m) => m.text === mention));
  return found && { type: found.type, mentions: found.mentions.map((m) => m.text) };
}

describe('typing a name by the whole article', () => {
  const cases: Array<[string, string, string, EntityType]> = [
    ['a company suffix types the bare name', 'Shares in Halvorsen Mining Corp rose sharply on Monday.\n\nHalvorsen said output at its mines rose 4 percent.', 'Halvorsen', 'organization'],
    ['"X said" does not make a company a person', 'Shares of Carrow Group Ltd fell after a loss. "Costs rose," Carrow said on Monday.', 'Carrow', 'organization'],
    ['a plural organisation noun types a listed pair', 'Media groups Quenterra and Vollmark are in talks over a merger.\n\nQuenterra said the deal would close soon. Vollmark said it would not comment.', 'Vollmark', 'organization'],
    ['"X-based" describes a company', 'The deal will help Leeds-based Tarrow expand abroad. Tarrow said it would hire staff.', 'Tarrow', 'organization'],
    ['shareholders are a company\'s', 'Voting by Hexlow shareholders ended on Friday. "We will cut jobs," Hexlow said.', 'Hexlow', 'organization'],
    ['a courtesy title makes a person of a common word', 'Dr Black said the tests were clear.', 'Black', 'person'],
    ['"the Xs" after a person X is the family', 'Dr Lena Sam treated the girl. The Sams refused further help.', 'Sams', 'person'],
    ['a first word used alone as a name, not a person, makes a guessed pair an organisation', 'Fans of Zentra were pleased. Zentra Koval won the cup on Sunday.', 'Zentra Koval', 'organization'],
    ['a first word used alone as a person keeps the full name a person', 'President Omar Velt visited his wife Naina in hospital. Naina Velt had surgery last week.', 'Naina Velt', 'person'],
    // Negative cases: the person readings stand, and a plural is no family without the person.
    ['a person who speaks stays a person', 'Petra Holm said the deal was done. Holm said she was pleased.', 'Holm', 'person'],
    ['a verb "shares" is no corporate noun', 'Petra Holm shares her view. Holm said she was pleased.', 'Holm', 'person'],
    ['a person in a list keeps the type', 'Lars Ekholm and Paris were both mentioned.', 'Lars Ekholm', 'person'],
    ['a surname shared with a company stays a person when the article names the person', 'Shares of Carrow Group Ltd fell. Its founder Anna Carrow said costs rose. "It was hard," Carrow said.', 'Anna Carrow', 'person'],
  ];
  it.each(cases)('%s', (_, text, mention, type) => {
    expect(holder(text, mention)?.type).toBe(type);
  });

  it('does not make a family of a plural name when the article names no person by it', () => {
    expect(holder('Officials met the Sams on Monday.', 'Sams')?.type).not.toBe('person');
  });

  it('merges the bare company name with its full name', () => {
    expect(holder('Shares in Halvorsen Mining Corp rose sharply.\n\nHalvorsen said output rose.', 'Halvorsen')?.mentions).toEqual(['Halvorsen Mining Corp', 'Halvorsen']);
  });

  it('keeps the "X-based" description out of the mention', () => {
    expect(holder('The deal will help Leeds-based Tarrow expand abroad.', 'Tarrow')?.mentions).toEqual(['Tarrow']);
  });
});

describe('one entity per person across honorifics and surnames', () => {
  it('joins "Mr Brown", "Gordon Brown" and "Brown" when the article has one Brown, the title out of the mention', () => {
    const text = 'Mr Brown, the chancellor, spoke first. Later Gordon Brown said it was a good day. Brown then left.';
    expect(holder(text, 'Gordon Brown')?.mentions).toEqual(['Brown', 'Gordon Brown', 'Brown']);
    expect(entities(text).filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('keeps two Browns apart and gives a bare "Mr Brown" to the one named last before it', () => {
    const text = 'Gordon Brown spoke first. Nick Brown disagreed with him. Mr Brown said the vote would wait.';
    expect(holder(text, 'Gordon Brown')?.mentions).toEqual(['Gordon Brown']);
    expect(holder(text, 'Nick Brown')?.mentions).toEqual(['Nick Brown', 'Brown']);
  });

  it('passes over a Brown of the other sex than the honorific', () => {
    const text = 'Anne Brown and Gordon Brown met on Monday. Mrs Brown said little.';
    expect(holder(text, 'Anne Brown')?.mentions).toEqual(['Anne Brown', 'Brown']);
    expect(holder(text, 'Gordon Brown')?.mentions).toEqual(['Gordon Brown']);
  });

  it('reads a place name that is a named person\'s surname as the person, except where a place stands', () => {
    const text = 'Lena Paris, a former crew member, spoke out on Monday. Paris said she was kept on board for years. She later moved to Paris.';
    expect(holder(text, 'Lena Paris')?.mentions).toEqual(['Lena Paris', 'Paris']);
    const moved = entities(text).find((e) => e.type === 'place');
    expect(moved?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Paris')]);
  });

  it.each([
    ['a family name written first', 'The detention of dissident Wang Donghua drew protests. Wang was arrested on Friday. Wang said he was innocent.', 'Wang Donghua'],
    ['a first name the lexicon does not know', 'Champion Jansher Khan won again. Later Jansher said he was tired. Analysts said Jansher played well.', 'Jansher Khan'],
  ])('keeps a full name a person and joins its bare first word: %s', (_, text, name) => {
    expect(holder(text, name)).toEqual({ type: 'person', mentions: [name, name.split(' ')[0], name.split(' ')[0]] });
  });

  it('joins a capitals headline surname to the person in the text', () => {
    const text = 'DALBY STORMS TO VICTORY IN PARIS\n\nTom Dalby won the Paris marathon on Sunday. Dalby said he was tired.';
    expect(holder(text, 'DALBY')).toEqual({ type: 'person', mentions: ['DALBY', 'Tom Dalby', 'Dalby'] });
  });

  it('does not join a capitals headline word that names nobody in the text', () => {
    const text = 'MARKETS RALLY IN PARIS\n\nTom Dalby said shares rose on Monday.';
    expect(holder(text, 'Tom Dalby')?.mentions).toEqual(['Tom Dalby']);
  });
});
