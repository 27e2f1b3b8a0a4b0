import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/article/sections.js';
import { contentWords, foldText, stem } from '../../src/lint/fold.js';
import { ArticleText, splitSentences } from '../../src/lint/text.js';

const sentences = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps abbreviations, initials and ellipses inside', () => {
    expect(sentences('Mr. Smith met Dr. J. Jones in the U.S. on Friday. They talked. "It went well," he said. Then… nothing.')).toEqual([
      'Mr. Smith met Dr. J. Jones in the U.S. on Friday.',
      'They talked.',
      '"It went well," he said.',
      'Then… nothing.',
    ]);
    expect(sentences('He said there are "specific points ... which need work." Talks go on!')).toEqual([
      'He said there are "specific points ... which need work."',
      'Talks go on!',
    ]);
  });

  it('is one pass over a run of 100,000 full stops', () => {
    const text = `Start${'.'.repeat(100_000)} End.`;
    const started = performance.now();
    expect(sentences(text)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('ArticleText', () => {
  it('gives lines and UTF-16 columns with CRLF, LF and CR line ends', () => {
    const text = 'a\r\nb\nc\rd🚢e';
    const article = new ArticleText(text, splitSections(text));
    expect(article.position(0)).toEqual({ line: 1, column: 1 });
    expect(article.position(3)).toEqual({ line: 2, column: 1 });
    expect(article.position(7)).toEqual({ line: 4, column: 1 });
    expect(article.position(10)).toEqual({ line: 4, column: 4 });
    expect(article.locate({ start: 8, end: 10 })).toEqual({ span: { start: 8, end: 10, text: '🚢' }, line: 4, column: 2, endLine: 4, endColumn: 4 });
  });

  it('pairs quote marks per paragraph and lets a quotation run on into a reopened paragraph', () => {
    const text = 'Title Here\n\n“One, two, we counted them all before.\n\n“three,” he said. "Four" and 5" of rain. Then ” stray.\n\n"Never closed.\n\nEnd of it all here.';
    const scan = new ArticleText(text, splitSections(text)).quotes();
    expect(scan.pairs.map((p) => text.slice(p.open, p.close + 1))).toEqual(['“three,”', '"Four"']);
    expect(scan.unmatched.map((u) => [u.kind, text.slice(u.offset, u.offset + 14)])).toEqual([
      ['close', '” stray.\n\n"Nev'],
      ['open', '"Never closed.'],
    ]);
  });
});

describe('word folding', () => {
  it('folds inflections and drops function words', () => {
    expect(contentWords("The envoy's talks moved closer, moving on; she said nothing.")).toEqual(['envoy', 'talk', 'mov', 'closer', 'mov', 'noth']);
    expect(stem('discussed')).toBe(stem('discusses'));
    expect(stem('territories')).toBe(stem('territory'));
    expect(foldText('“Let’s get the Peace Deal DONE!”')).toBe("let's get the peace deal done");
  });
});
