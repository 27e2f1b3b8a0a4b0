import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { matchSentence, viewOf, type CompromiseMatch, type MatchReg, type MatchTerm, type MatchTodo } from '../../src/nlp/compromise-match.js';
import '../../src/nlp/compromise.js';

interface World {
  methods: { one: { parseMatch(pattern: string, options: object, world: World): MatchReg[]; match: CompromiseMatch } };
}
interface Nlp {
  (text: string): { document: MatchTerm[][] };
  world(): World;
}
const nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
const world = nlp.world();
const { match, parseMatch } = world.methods.one;

const todo = (pattern: string, extra: { group?: string | number; notIf?: string; justOne?: boolean } = {}): MatchTodo => ({
  regs: parseMatch(pattern, {}, world),
  ...(extra.group !== undefined ? { group: extra.group } : {}),
  ...(extra.notIf ? { notIf: parseMatch(extra.notIf, {}, world) } : {}),
  ...(extra.justOne ? { justOne: true } : {}),
});

const sentences = [
  'The quick brown fox said that the lazy old dog slept in the sun.',
  'She told reporters on Tuesday that the new rules were unfair, and he agreed.',
  "Officials didn't say whether the bridge, closed since May, would reopen soon.",
  'Prices quickly rose, then fell, then rose again.',
  'Dogs bark.',
  "We've waited, and they'd have come if we'd asked.",
  'The dogs walk slowly and the police watch quietly.',
];

/** Patterns of each kind the post-tagger uses: openings read word by word, and the kinds left to compromise whole. */
const patterns: Array<[string, MatchTodo]> = [
  ['a tag', todo('#Noun')],
  ['a tag then a greedy tag', todo('#Determiner #Adjective+ #Noun')],
  ['a word', todo('the #Noun')],
  ['a word compromise normalised', todo('did not')],
  ['a fast list', todo('(said|told) #Noun?')],
  ['a fast list with a part of speech', todo('{say/verb} that')],
  ['a numbered group', todo('#Determiner [#Adjective+] #Noun', { group: 0 })],
  ['a named group', todo('[<who>#Pronoun] (said|told|agreed)', { group: 'who' })],
  ['a group some matches lack', todo('#Noun [#Adverb]? #Verb', { group: 0 })],
  ['an exclusion', todo('#Noun #Verb', { notIf: '#Pronoun' })],
  ['an exclusion that removes a match', todo('#Adjective #Noun', { notIf: 'new' })],
  ['only the first', todo('#Noun', { justOne: true })],
  ['a plain second token', todo('#Noun #Verb')],
  ['a second token after a contraction', todo('we #Verb')],
  ['a second token after a contracted pronoun', todo('#Pronoun #Adverb? #Verb')],
  ['overlapping starts', todo('#Adjective #Adjective? #Noun')],
  ['an optional opening', todo('#Determiner? #Noun #Verb')],
  ['a negative opening', todo('!#Noun #Verb')],
  ['anything first', todo('. #Verb')],
  ['a slow alternative', todo('(the new|a) #Noun')],
  ['a sentence start', todo('^#Determiner #Adjective')],
  ['a start inside', todo('#Noun (^#Verb|said)')],
  ['a sentence end', todo('#Noun$')],
  ['a sentence end on the last of several words', todo('#Determiner #Noun$')],
  ['a sentence end on an optional word', todo('#Noun #Adverb?$')],
  ['a sentence end on a greedy word', todo('#Verb #Adverb+$')],
  ['a switch', todo('%Noun|Verb% #Adverb')],
  ['a slow alternative second', todo('#Verb (that|the new|a)')],
  ['both sides of an and-block', todo('(#Noun && #Plural) #Verb')],
  ['an and-block with a word', todo('(#Verb && told) #Noun')],
  ['an and-block second', todo('the (#Adjective && new)')],
  ['an end in the exclusion', todo('#Noun #Verb', { notIf: '#Noun$' })],
];

function theirs(terms: MatchTerm[], t: MatchTodo): unknown[] {
  return match([terms], t).ptrs.map((pointer) => [...pointer]);
}

describe('matchSentence', () => {
  for (const [name, pattern] of patterns) {
    it(`finds what compromise finds: ${name}`, () => {
      let found = 0;
      for (const text of sentences) {
        for (const terms of nlp(text).document) {
          const expected = theirs(terms, pattern);
          expect(matchSentence(viewOf(terms), pattern, match).map((pointer) => [...pointer])).toEqual(expected);
          found += expected.length;
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }

  it('drops what an exclusion matches inside, as compromise does', () => {
    const [terms] = nlp('The lazy dog and the old cat slept.').document;
    const texts = (pattern: MatchTodo) => matchSentence(viewOf(terms!), pattern, match).map(([, start, end]) => terms!.slice(start, end).map((term) => term.text).join(' '));
    expect(texts(todo('#Adjective #Noun'))).toEqual(['lazy dog', 'old cat']);
    expect(texts(todo('#Adjective #Noun', { notIf: 'lazy' }))).toEqual(['old cat']);
  });

  const calls = (pattern: MatchTodo, text: string) => {
    const seen: number[] = [];
    const spy: CompromiseMatch = (document, t) => {
      seen.push(document[0]!.length);
      return match(document, t);
    };
    const [terms] = nlp(text).document;
    matchSentence(viewOf(terms!), pattern, spy);
    return { seen, words: terms!.length };
  };

  it('tries a plain opening only at the words that have it', () => {
    const { seen, words } = calls(todo('#Determiner #Noun'), 'The cat and a dog saw the bird.');
    expect(words).toBe(8);
    expect(seen).toEqual([8, 5, 2]);
  });

  it('does not try an opening whose next word lacks the second token', () => {
    expect(calls(todo('#Determiner #Adjective'), 'The cat and a dog saw the bird.').seen).toEqual([]);
    expect(calls(todo('#Determiner #Adjective'), 'The cat and a grey dog saw the bird.').seen).toEqual([6]);
  });

  it('reads an alternative opening choice by choice', () => {
    expect(calls(todo('(the big|a) #Noun'), 'The cat and a dog saw the bird.').seen).toEqual([8, 5, 2]);
  });

  it('tries nothing when no word has the opening', () => {
    expect(calls(todo('#Pronoun #Verb'), 'The cat saw the bird.').seen).toEqual([]);
  });

  it('leaves an optional, negative or anchored opening to compromise whole', () => {
    for (const pattern of ['#Determiner? #Noun', '!#Noun #Verb', '^#Determiner', '#Noun #Verb?$']) {
      const { seen, words } = calls(todo(pattern), 'The cat saw the bird.');
      expect(seen, pattern).toEqual([words]);
    }
  });
});
