import { describe, expect, it } from 'vitest';
import { contentWords, foldText, stem } from '../../src/lint/fold.js';

describe('word folding', () => {
  it('folds inflections and drops function words', () => {
    expect(contentWords("The envoy's talks moved closer, moving on; she said nothing.")).toEqual(['envoy', 'talk', 'mov', 'closer', 'mov', 'noth']);
    expect(stem('discussed')).toBe(stem('discusses'));
    expect(stem('territories')).toBe(stem('territory'));
    expect(foldText('“Let’s get the Peace Deal DONE!”')).toBe("let's get the peace deal done");
  });
});
