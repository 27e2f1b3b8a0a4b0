import type { ParsedText } from '../nlp/compromise.js';
import type { DateMention, Entity, NumberMention, Quote, SectionName, Sections } from '../types.js';

/** What every pass reads: the text, its sections and the one parse of it. */
export interface PassContext {
  text: string;
  sections: Sections;
  parsed: ParsedText;
  /** "YYYY-MM-DD" or null; relative dates resolve against it. */
  referenceDate: string | null;
  sectionAt(offset: number): SectionName | null;
}

/** The findings passes produce; a pass may read what earlier passes in the list produced. */
export interface Findings {
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  dates: DateMention[];
}

/**
 * One extraction pass. Passes are pure: same context and earlier findings, same output. Each lives
 * in its own file and is listed in `passes/index.ts`.
 */
export interface Pass<K extends keyof Findings = keyof Findings> {
  name: K;
  run(context: PassContext, earlier: Partial<Findings>): Findings[K];
}
