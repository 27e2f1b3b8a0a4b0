import { describe, expect, it } from 'vitest';
import { datesPass } from '../../src/passes/dates.js';
import { entitiesPass } from '../../src/passes/entities.js';
import { passes, pipeline, runPasses } from '../../src/passes/index.js';
import { numbersPass } from '../../src/passes/numbers.js';
import { PipelineError, type Pass } from '../../src/passes/pass.js';
import { quotesPass } from '../../src/passes/quotes.js';
import { passContext } from '../helpers/document.js';

const text = 'Officials said on Monday that 12 people were hurt. "We are ready," Mayor Ann Lee said.';

describe('the pass pipeline', () => {
  it('runs every pass after the passes it requires', () => {
    const done = new Set<string>();
    for (const pass of passes) {
      for (const needed of pass.requires) expect(done.has(needed), `${pass.name} needs ${needed}`).toBe(true);
      done.add(pass.name);
    }
    const found = runPasses(passContext(text, '2024-03-06'));
    expect(found.quotes.some((q) => q.speaker?.entity)).toBe(true);
    expect(found.numbers.map((n) => n.text)).toEqual(['12']);
  });

  it('gives a pass exactly the findings it requires', () => {
    const seen: string[][] = [];
    const spy: Pass<'dates', 'entities'> = { name: 'dates', requires: ['entities'], run: (_, found) => (seen.push(Object.keys(found)), []) };
    runPasses(passContext(text), [entitiesPass, quotesPass, spy]);
    expect(seen).toEqual([['entities']]);
  });

  it('refuses to run a pass before what it requires', () => {
    // The order is wrong on purpose; `pipeline()` would not accept it, so it is cast to run at all.
    const outOfOrder = [quotesPass, entitiesPass, datesPass, numbersPass] as unknown as typeof passes;
    expect(() => runPasses(passContext(text), outOfOrder)).toThrow(PipelineError);
    expect(() => runPasses(passContext(text), outOfOrder)).toThrow('pass "quotes" needs "entities" from an earlier pass');
    expect(() => runPasses(passContext(text), [entitiesPass, quotesPass, numbersPass])).toThrow('pass "numbers" needs "dates" from an earlier pass');
  });

  it('does not compile a pipeline that runs a pass too early', () => {
    // @ts-expect-error quotes requires entities, which comes after it
    pipeline([quotesPass, entitiesPass]);
    // @ts-expect-error numbers requires dates, which is missing
    pipeline([datesPass, numbersPass, entitiesPass, quotesPass].slice(1) as [typeof numbersPass, typeof entitiesPass, typeof quotesPass]);
    expect(pipeline([entitiesPass, quotesPass, datesPass, numbersPass])).toHaveLength(4);
  });
});
