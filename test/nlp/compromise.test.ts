import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/analyze.js';
import type { Tokens } from '../../src/nlp/tokens.js';

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
function reading(tokens: Tokens, from: number, to: number): Array<[number, string, string]> {
  const out: Array<[number, string, string]> = [];
  for (let t = tokens.indexFrom(from); t < tokens.length && tokens.end(t) <= to; t++) out.push([tokens.start(t) - from, tokens.text(t), tokens.tags(t).names().join(',')]);
  return out;
}

describe('the document of a text longer than one compromise call', () => {
  const { text, starts } = longText(180_000);
  const document = readDocument(text);

  it('reads every paragraph, wherever the text was cut into pieces, as it reads it alone', () => {
    expect(paragraphs.length).toBeGreaterThan(5);
    const alone = paragraphs.map((paragraph) => reading(readDocument(paragraph).tokens, 0, paragraph.length));
    starts.forEach((start, index) => {
      const paragraph = paragraphs[index % paragraphs.length]!;
      expect(reading(document.tokens, start, start + paragraph.length), `paragraph ${index}`).toEqual(alone[index % paragraphs.length]);
    });
  });

  it('keeps every token and sentence true to the text, and no sentence across a blank line', () => {
    const { tokens, sentences } = document;
    for (let t = 0; t < tokens.length; t++) expect(tokens.end(t)).toBeGreaterThan(tokens.start(t));
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).not.toMatch(/\n\s*\n/);
    }
    const words = text.match(/[\p{L}\p{N}]+/gu)!.length;
    expect(tokens.length).toBeGreaterThan(words * 0.6);
  });
});
