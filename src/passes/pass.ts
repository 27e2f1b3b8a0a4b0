import type { Document } from '../nlp/document.js';
import type { DateMention, Entity, NumberMention, Quote } from '../types.js';

/** What every pass reads: the one document of the article, and the date relative dates resolve against. */
export interface PassContext {
  document: Document;
  /** "YYYY-MM-DD" or null. */
  referenceDate: string | null;
}

/** The findings passes produce, by pass name. */
export interface Findings {
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  dates: DateMention[];
}

export type PassName = keyof Findings;

/**
 * One extraction pass, pure: same document and findings in, same findings out. It names the
 * findings of earlier passes it reads in `requires` and gets exactly those, so a pass cannot
 * read what it did not ask for, and a pipeline that runs it too early does not compile.
 */
export interface Pass<K extends PassName = PassName, R extends PassName = never> {
  readonly name: K;
  readonly requires: readonly R[];
  run(context: PassContext, found: Pick<Findings, R>): Findings[K];
}

type Produces<P> = P extends Pass<infer K, PassName> ? K : never;
type Requires<P> = P extends Pass<PassName, infer R> ? R : never;

/**
 * The passes in `Ps` as given when each one's requirements are produced by a pass before it;
 * otherwise a message naming the pass that runs too early, which no pass list matches.
 */
export type Ordered<Ps extends readonly unknown[], Done extends PassName = never> = Ps extends readonly [infer P, ...infer Rest]
  ? [Requires<P>] extends [Done]
    ? readonly [P, ...Ordered<Rest, Done | Produces<P>>]
    : readonly [`pass "${Produces<P>}" needs "${Exclude<Requires<P>, Done>}" from an earlier pass`]
  : readonly [];

/** A pipeline that runs a pass before what it requires. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
}
