import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import { expectSpansHold } from '../helpers/spans.js';

/**
 * Inputs shaped to expose super-linear work: a huge article, and lines of nothing but quote marks.
 * Nothing here is timed (timings flake on a shared machine); the cases assert what must hold at
 * any size: every span true to the input, findings bounded by what the input can hold, and
 * findings growing in step with the input rather than exploding or vanishing.
 *
 * newsx analyses about 100 KB of news a second here, so the 5 MB article the CLI accepts
 * (--max-bytes default) takes about 50 s and 1.3 GB of peak RSS, 1 MB about 12 s; the default run
 * uses 256 KB (parsed in several pieces, see parseText) and NEWSX_PATHOLOGICAL_MB=5 runs the full
 * size.
 */
const ARTICLE_MB = Number(process.env.NEWSX_PATHOLOGICAL_MB ?? 0.25);
const MARKS = 100_000;

const fixtures = path.resolve(__dirname, '../../fixtures');
const seed = readFileSync(path.join(fixtures, '000_a8d46ff2df23af88.txt'), 'utf8');
const others = readdirSync(path.join(fixtures, 'articles'))
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => readFileSync(path.join(fixtures, 'articles', name), 'utf8'));

/** An article's body paragraphs: no title, preamble, headings or bullets, so copies read as one story. */
function bodyParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.length > 80 && !/:$|^[-*#]|^(sure|here)\b/i.test(line));
}

const seedBody = bodyParagraphs(seed).join('\n');

function count(report: Report) {
  return {
    mentions: report.entities.reduce((sum, e) => sum + e.mentions.length, 0),
    quotes: report.quotes.length,
    numbers: report.numbers.length,
    dates: report.dates.length,
  };
}

/** A headline, then `copies` copies of the seed body: n copies hold n times the findings. */
function repeated(copies: number): string {
  return `Council approves harbour budget\n\n${Array.from({ length: copies }, () => seedBody).join('\n\n')}\n`;
}

describe('a very large article', () => {
  it(`analyses ${ARTICLE_MB} MB of repeated fixture paragraphs with every span intact`, () => {
    const paragraphs = [seed, ...others].flatMap(bodyParagraphs);
    const target = ARTICLE_MB * 1024 * 1024;
    const parts: string[] = [];
    for (let size = 0, i = 0; size < target; i++) {
      const paragraph = paragraphs[i % paragraphs.length]!;
      parts.push(paragraph);
      size += paragraph.length + 2;
    }
    const text = parts.join('\n\n');
    const report = analyze(text, { referenceDate: '2025-03-14' });

    expect(expectSpansHold(text, report)).toBeGreaterThan(parts.length);
    expect(report.sections.body?.paragraphs.length).toBeGreaterThan(parts.length - 5);
    // Each copy of the fixtures holds the same findings, so the totals track the number of copies.
    const copies = parts.length / paragraphs.length;
    const single = count(analyze(paragraphs.join('\n\n'), { referenceDate: '2025-03-14' }));
    const many = count(report);
    for (const key of Object.keys(single) as Array<keyof typeof single>) {
      expect(many[key], key).toBeGreaterThanOrEqual(Math.floor(single[key] * copies * 0.8));
      expect(many[key], key).toBeLessThanOrEqual(Math.ceil(single[key] * copies * 1.2) + 2);
    }
  }, 120_000 * Math.max(1, ARTICLE_MB));
});

describe('findings grow in step with the input', () => {
  const n = count(analyze(repeated(3), { referenceDate: '2025-03-14' }));
  const n4 = count(analyze(repeated(12), { referenceDate: '2025-03-14' }));

  it('finds something to count in the seed', () => {
    expect(n.mentions + n.quotes + n.numbers + n.dates).toBeGreaterThan(0);
  });

  it.each(['mentions', 'quotes', 'numbers', 'dates'] as const)('four times the text gives four times the %s', (key) => {
    expect(n4[key]).toBeGreaterThanOrEqual(4 * n[key] - 3);
    expect(n4[key]).toBeLessThanOrEqual(4 * n[key] + 3);
  });
});

describe('a line of 100,000 quote marks', () => {
  const lines: Array<[string, string]> = [
    ['straight double marks', '"'.repeat(MARKS)],
    ['alternating curly double marks', '“”'.repeat(MARKS / 2)],
    ['straight single marks', "'".repeat(MARKS)],
  ];

  it.each(lines)('%s: no findings in a line that holds no words', { timeout: 20_000 }, (_, line) => {
    const report = analyze(line);
    expectSpansHold(line, report);
    expect(report.quotes).toEqual([]);
    expect(report.entities).toEqual([]);
    expect(report.numbers).toEqual([]);
    expect(report.dates).toEqual([]);
  });

  it.each(lines)('%s: an article around the line keeps its own findings', { timeout: 20_000 }, (_, line) => {
    const text = `${seed.trim()}\n\n${line}\n\n${seedBody}\n`;
    const report = analyze(text);
    expectSpansHold(text, report);
    const lineStart = text.indexOf(line);
    const lineEnd = lineStart + line.length;
    // A quote may not swallow the line, and the marks cannot produce more quotes than they pair into.
    for (const quote of report.quotes) expect(quote.end - quote.start, quote.text.slice(0, 40)).toBeLessThan(line.length);
    expect(report.quotes.length).toBeLessThanOrEqual(2 * count(analyze(seed)).quotes + 2);
    // What the article says after the line is found as it is found without the line.
    const alone = analyze(`${seed.trim()}\n\n${seedBody}\n`);
    const after = (r: Report, from: number) => r.quotes.filter((q) => q.start >= from).length;
    expect(after(report, lineEnd)).toBe(after(alone, seed.trim().length));
  });
});
