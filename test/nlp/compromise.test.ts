import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/nlp/compromise.js';

const fixtures = path.resolve(__dirname, '../../fixtures');
const paragraphs = [path.join(fixtures, '000_a8d46ff2df23af88.txt'), ...readdirSync(path.join(fixtures, 'articles')).filter((name) => name.endsWith('.txt')).map((name) => path.join(fixtures, 'articles', name))]
  .flatMap((file) => readFileSync(file, 'utf8').split(/\n\s*\n/))
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph.length > 80);

/** Paragraphs joined by blank lines until the text is at least `size` characters long. */
function longText(size: number): { text: string; starts: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  for (let at = 0, i = 0; at < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    starts.push(at);
    parts.push(paragraph);
    at += paragraph.length + 2;
  }
  return { text: parts.join('\n\n'), starts };
}

/** What a parse says of each word, offsets made relative to `from`. */
const reading = (tokens: ReturnType<typeof parseText>['tokens'], from = 0) => tokens.map((t) => [t.start - from, t.text, [...t.tags].sort().join(',')]);

describe('parseText on a text longer than one compromise call', () => {
  const { text, starts } = longText(180_000);
  const parsed = parseText(text);

  it('reads every paragraph, wherever the text was cut into pieces, as it reads it alone', () => {
    expect(paragraphs.length).toBeGreaterThan(5);
    const alone = paragraphs.map((paragraph) => reading(parseText(paragraph).tokens));
    starts.forEach((start, index) => {
      const paragraph = paragraphs[index % paragraphs.length]!;
      const inside = parsed.tokens.filter((t) => t.start >= start && t.end <= start + paragraph.length);
      expect(reading(inside, start), `paragraph ${index}`).toEqual(alone[index % paragraphs.length]);
    });
  });

  it('keeps every token and sentence true to the text, and no sentence across a blank line', () => {
    for (const token of parsed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const sentence of parsed.sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).not.toMatch(/\n\s*\n/);
    }
    const words = text.match(/[\p{L}\p{N}]+/gu)!.length;
    expect(parsed.tokens.length).toBeGreaterThan(words * 0.8);
  });
});
