import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/analyze.js';

describe('SubWords', () => {
  const words = readDocument('It cost $1.2bn in 2009.').subWords;
  const pieces = Array.from({ length: words.length }, (_, i) => words.text(i));

  it('cuts digits, symbols and words into pieces with their values', () => {
    expect(pieces).toEqual(['It', 'cost', '$', '1.2bn', 'in', '2009', '.']);
    expect([words.digits(3), words.suffix(3), words.joined(3)]).toEqual([1.2, 'bn', true]);
    expect(words.has(1, 'Verb')).toBe(true);
  });

  it.each([-1, words.length, words.length + 5])('reads nothing at %i, past an end', (i) => {
    expect([words.text(i), words.lower(i), words.digits(i), words.suffix(i), words.joined(i), words.newline(i), words.sentence(i), words.has(i, 'Noun')]).toEqual(['', '', null, '', false, false, -1, false]);
  });
});
