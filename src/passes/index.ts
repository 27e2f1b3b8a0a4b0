import type { Findings, Pass, PassContext } from './pass.js';
import { entitiesPass } from './entities.js';
import { quotesPass } from './quotes.js';
import { numbersPass } from './numbers.js';
import { datesPass } from './dates.js';

/** Passes in the order they run. */
export const passes = [
  // Entities first: quotes resolve their speakers to entities.
  entitiesPass,
  // Quotes second: they need entities and pronoun antecedents.
  quotesPass,
  // Dates before numbers: digits inside a date ("2017" in "July 21, 2017") are not counts.
  datesPass,
  // Numbers last; durations like "three-hour" are reported by both passes on purpose.
  numbersPass,
] as const satisfies readonly Pass[];

export function runPasses(context: PassContext): Findings {
  const found: Partial<Findings> = {};
  for (const pass of passes) (found as Record<string, unknown>)[pass.name] = pass.run(context, found);
  return found as Findings;
}

export type { Findings, Pass, PassContext } from './pass.js';
