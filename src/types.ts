/**
 * A stretch of the decoded input. `start`/`end` are UTF-16 indices, end exclusive, so
 * `input.slice(start, end) === text` always holds; every finding newsx reports carries one.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SectionName = 'headline' | 'preamble' | 'title' | 'body' | 'insights';

export interface BodySection extends Span {
  paragraphs: Span[];
}

export interface InsightsSection extends Span {
  /** The heading line ("Additional Insights:"), or null when the items follow the body without one. */
  heading: Span | null;
  /** Bullet items with their bullet marks stripped. */
  items: Span[];
}

/** Missing sections are null: newsx never invents a headline or a title. */
export interface Sections {
  headline: Span | null;
  preamble: Span | null;
  title: Span | null;
  body: BodySection | null;
  insights: InsightsSection | null;
}

export type EntityType = 'person' | 'place' | 'organization';

/** A finding located in the article; `section` is null for text outside every section. */
export interface Located extends Span {
  section: SectionName | null;
}

export interface Entity {
  /** Stable within one report ("e1", "e2", …) so quotes can point at their speaker. */
  id: string;
  /** The fullest name the article uses for this referent ("Donald Trump", not "Trump's"). */
  name: string;
  type: EntityType;
  /** A title or role seen before the name ("President"), kept out of `name`. */
  title: string | null;
  mentions: Located[];
}

export interface Speaker extends Span {
  /** The entity's name, or the mention text when no entity could be resolved. */
  name: string;
  /** The entity id, or null when the speaker is not a recognised entity. */
  entity: string | null;
}

export interface Quote extends Located {
  /**
   * `direct`: a whole quoted sentence or more; `partial`: quoted words woven into a sentence;
   * `indirect`: reported speech without quote marks, the span being what was said.
   */
  kind: 'direct' | 'partial' | 'indirect';
  speaker: Speaker | null;
  cue: Span | null;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'money' | 'range';

export interface NumberMention extends Located {
  value: number;
  kind: NumberKind;
  /** A unit of measure or time ("hour", "km", "USD"), or null. */
  unit: string | null;
  /** The noun the number counts ("fatalities"), or null. */
  counts: string | null;
  /** For ranges, the upper bound; `value` is the lower one. */
  to?: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Located {
  type: TimexType;
  /** TIMEX3 value ("2025-03-14", "PT3H", "P1Y", "PRESENT_REF"), or null when it needs a reference date newsx lacks. */
  value: string | null;
}

export interface ReportInput {
  source: string;
  /** UTF-16 length of the decoded text the spans index into. */
  length: number;
}

/** One analysed article. Field names are a public contract: add fields, rename none. */
export interface Report {
  schemaVersion: string;
  source: string;
  referenceDate: string | null;
  /** Where the reference date came from: the caller, the configuration, the article's dateline, or nowhere. */
  referenceDateSource: 'option' | 'dateline' | null;
  sections: Sections;
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  dates: DateMention[];
}

export interface AnalyzeOptions {
  /** "YYYY-MM-DD"; relative dates resolve against it. Without it newsx looks for a dateline. */
  referenceDate?: string | null;
  /** Shown in `report.source`; defaults to "<text>". */
  source?: string;
  /** Extra insight headings and preamble patterns, usually from configuration. */
  sections?: SectionOptions;
}

export interface SectionOptions {
  insightHeadings?: string[];
  preamblePatterns?: string[];
}
