import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/article/sections.js';
import { contentWords, foldText, stem } from '../../src/lint/fold.js';
import { ArticleText } from '../../src/lint/text.js';

describe('ArticleText', () => {
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
