import type { EntityType, NumberKind, TimexType } from '../types.js';

/** One name across the corpus: entities merged by name and type. */
export interface EntityTally {
  name: string;
  /** Articles that mention it at least once. */
  articles: number;
  mentions: number;
}

export interface EntityGroup {
  /** Distinct names of this type in the corpus. */
  distinct: number;
  mentions: number;
  /** The most widespread first (articles, then mentions, then name). */
  top: EntityTally[];
}

export interface SpeakerTally {
  name: string;
  /** The speaker's entity type when newsx resolved one, else null ("He" left unresolved). */
  type: EntityType | null;
  /** Direct and partial quotes. */
  quotes: number;
  /** Reported speech (`indirect` quotes). */
  reported: number;
  articles: number;
}

export interface LintTally {
  rule: string;
  errors: number;
  warnings: number;
  /** Articles with at least one finding of the rule. */
  articles: number;
}

/**
 * What a corpus says, as data: every writer (text, Markdown, HTML, JSON) words the same object.
 * Field names are a contract like the report's: add fields, rename none.
 */
export interface CorpusSummary {
  summaryVersion: string;
  articles: { analysed: number; failed: number };
  /** The first failures in input order (at most `FAILURES_KEPT`); `articles.failed` counts them all. */
  failures: Array<{ source: string; problem: string }>;
  entities: Record<EntityType, EntityGroup>;
  speakers: {
    distinct: number;
    top: SpeakerTally[];
    unattributed: { quotes: number; reported: number; articles: number };
  };
  quotes: {
    /** Direct and partial quotes; reported speech is counted in `byKind.indirect` only. */
    total: number;
    byKind: { direct: number; partial: number; indirect: number };
    /** How many articles have each number of quotes, from 0 up to the most any article has. */
    perArticle: Array<{ quotes: number; articles: number }>;
    mean: number;
    median: number;
    articlesWithQuotes: number;
  };
  dates: {
    total: number;
    byType: Record<TimexType, number>;
    /** Dates whose value falls in a calendar month (`2025-03`, `2025-03-14`, `2025-03-14T09:00`), by month. */
    byMonth: Array<{ month: string; dates: number; articles: number }>;
    /** Resolved dates with no month (a year, a week, a season, PRESENT_REF). */
    withoutMonth: number;
    /** Dates left without a value (they needed a reference date). */
    unresolved: number;
  };
  numbers: { total: number; byKind: Record<NumberKind, number> };
  /** Findings per rule with `--lint`, else null. */
  lint: { errors: number; warnings: number; articles: number; rules: LintTally[] } | null;
}
