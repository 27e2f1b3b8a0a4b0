import { datesPass } from './dates.js';
import { entitiesPass } from './entities.js';
import { numbersPass } from './numbers.js';
import type { Findings, Ordered, Pass, PassContext, PassName } from './pass.js';
import { PipelineError } from './pass.js';
import { quotesPass } from './quotes.js';

/** Checks at compile time that every pass comes after the passes it requires. */
export function pipeline<const Ps extends readonly Pass<PassName, PassName>[]>(passes: Ps & Ordered<Ps>): Ps {
  return passes;
}

/** Passes in the order they run. */
export const passes = pipeline([
  // Entities first: quotes resolve their speakers to entities.
  entitiesPass,
  // Quotes need the entities for speakers and pronoun antecedents.
  quotesPass,
  // Dates before numbers: digits inside a date ("2017" in "July 21, 2017") are not counts.
  datesPass,
  // Numbers last; durations like "three-hour" are reported by both passes on purpose.
  numbersPass,
]);

/**
 * Runs `list` in order, giving each pass the findings it requires and no others. A pass that
 * requires what no earlier pass produced is a programming error, reported before it runs.
 */
export function runPasses(context: PassContext, list: readonly Pass<PassName, PassName>[] = passes): Findings {
  const found: Partial<Findings> = {};
  for (const pass of list) {
    const missing = pass.requires.filter((name) => !(name in found));
    if (missing.length > 0) throw new PipelineError(`pass "${pass.name}" needs "${missing.join('", "')}" from an earlier pass`);
    const given = Object.fromEntries(pass.requires.map((name) => [name, found[name]])) as unknown as Findings;
    (found as Record<PassName, unknown>)[pass.name] = pass.run(context, given);
  }
  return found as Findings;
}

export type { Findings, Pass, PassContext, PassName } from './pass.js';
