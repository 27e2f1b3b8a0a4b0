import type { EntityType, NumberKind, Report, TimexType } from '../types.js';
import type { CorpusSummary, EntityTally, LintTally, SpeakerTally } from './types.js';

export const SUMMARY_VERSION = '1.0.0';

/** Failures kept by name; more are only counted, so a corpus of broken files cannot grow memory. */
export const FAILURES_KEPT = 100;

/** A lint finding as the summary counts it: its rule and severity. */
export interface LintCount {
  ruleId: string | null;
  severity: 'error' | 'warning';
}

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place'];
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:$|-|T)/;

/**
 * Folds reports into a corpus summary one at a time: it keeps tallies per distinct name, month and
 * count, never the reports, so memory grows with the corpus's vocabulary and not its length.
 */
export class SummaryBuilder {
  #analysed = 0;
  #failed = 0;
  readonly #failures: CorpusSummary['failures'] = [];
  readonly #entities = new Map<string, EntityTally & { type: EntityType }>();
  readonly #speakers = new Map<string, SpeakerTally>();
  readonly #unattributed = { quotes: 0, reported: 0, articles: 0 };
  readonly #quotesByKind = { direct: 0, partial: 0, indirect: 0 };
  readonly #perArticle: number[] = [];
  readonly #dateTypes: Record<TimexType, number> = { DATE: 0, TIME: 0, DURATION: 0, SET: 0 };
  readonly #months = new Map<string, { dates: number; articles: number }>();
  #datesTotal = 0;
  #withoutMonth = 0;
  #unresolved = 0;
  readonly #numberKinds: Record<NumberKind, number> = { cardinal: 0, ordinal: 0, percent: 0, money: 0, range: 0 };
  #numbersTotal = 0;
  #lint: { errors: number; warnings: number; rules: Map<string, LintTally>; articles: Set<number> } | null = null;

  /** Counts lint findings too (`--lint`); without it the summary's `lint` is null. */
  withLint(): this {
    this.#lint ??= { errors: 0, warnings: 0, rules: new Map(), articles: new Set() };
    return this;
  }

  fail(source: string, problem: string): void {
    this.#failed++;
    if (this.#failures.length < FAILURES_KEPT) this.#failures.push({ source, problem });
  }

  /** Adds one analysed article; `index` (its position in the run) ties later corpus findings to it. */
  add(report: Report, lint?: { index: number; messages: LintCount[] }): void {
    this.#analysed++;
    const seen = new Set<string>();
    for (const entity of report.entities) {
      if (!ENTITY_TYPES.includes(entity.type)) continue;
      const key = `${entity.type}\u0000${entity.name}`;
      const tally = this.#entities.get(key) ?? { name: entity.name, type: entity.type, articles: 0, mentions: 0 };
      tally.mentions += entity.mentions.length;
      if (!seen.has(key)) tally.articles++;
      seen.add(key);
      this.#entities.set(key, tally);
    }

    const types = new Map(report.entities.map((e) => [e.id, e.type]));
    const speakersHere = new Set<string>();
    let unattributedHere = false;
    let quotes = 0;
    for (const quote of report.quotes) {
      const reported = quote.kind === 'indirect';
      if (reported) this.#quotesByKind.indirect++;
      else {
        quotes++;
        if (quote.kind === 'partial') this.#quotesByKind.partial++;
        else this.#quotesByKind.direct++;
      }
      if (!quote.speaker) {
        this.#unattributed[reported ? 'reported' : 'quotes']++;
        unattributedHere = true;
        continue;
      }
      const name = quote.speaker.name;
      const tally = this.#speakers.get(name) ?? { name, type: null, quotes: 0, reported: 0, articles: 0 };
      tally.type ??= (quote.speaker.entity && types.get(quote.speaker.entity)) || null;
      tally[reported ? 'reported' : 'quotes']++;
      if (!speakersHere.has(name)) tally.articles++;
      speakersHere.add(name);
      this.#speakers.set(name, tally);
    }
    if (unattributedHere) this.#unattributed.articles++;
    this.#perArticle[quotes] = (this.#perArticle[quotes] ?? 0) + 1;

    const monthsHere = new Set<string>();
    for (const date of report.dates) {
      this.#datesTotal++;
      if (date.type in this.#dateTypes) this.#dateTypes[date.type]++;
      if (date.type === 'DURATION' || date.type === 'SET') continue;
      if (date.value === null) {
        this.#unresolved++;
        continue;
      }
      const month = MONTH.exec(date.value);
      if (!month) {
        this.#withoutMonth++;
        continue;
      }
      const key = `${month[1]}-${month[2]}`;
      const tally = this.#months.get(key) ?? { dates: 0, articles: 0 };
      tally.dates++;
      if (!monthsHere.has(key)) tally.articles++;
      monthsHere.add(key);
      this.#months.set(key, tally);
    }

    for (const number of report.numbers) {
      this.#numbersTotal++;
      if (number.kind in this.#numberKinds) this.#numberKinds[number.kind]++;
    }
    if (lint) this.addLint(lint.index, lint.messages);
  }

  /**
   * Counts lint findings on the article at `index`: its own, or those a corpus rule (such as
   * duplicate-article) gives it once every article is in.
   */
  addLint(index: number, messages: LintCount[]): void {
    const lint = this.withLint().#lint!;
    const rulesHere = new Set<string>();
    for (const message of messages) {
      const rule = message.ruleId ?? 'fatal';
      const tally = lint.rules.get(rule) ?? { rule, errors: 0, warnings: 0, articles: 0 };
      if (message.severity === 'error') {
        tally.errors++;
        lint.errors++;
      } else {
        tally.warnings++;
        lint.warnings++;
      }
      if (!rulesHere.has(rule)) tally.articles++;
      rulesHere.add(rule);
      lint.rules.set(rule, tally);
    }
    if (messages.length > 0) lint.articles.add(index);
  }

  /** The summary so far, with the `top` most frequent names of each list (0 keeps them all). */
  result(top = 20): CorpusSummary {
    const limit = <T>(items: T[]) => (top > 0 ? items.slice(0, top) : items);
    const entities = {} as CorpusSummary['entities'];
    for (const type of ENTITY_TYPES) {
      const all = [...this.#entities.values()].filter((e) => e.type === type);
      all.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compare(a.name, b.name));
      entities[type] = {
        distinct: all.length,
        mentions: all.reduce((sum, e) => sum + e.mentions, 0),
        top: limit(all).map(({ name, articles, mentions }) => ({ name, articles, mentions })),
      };
    }
    const speakers = [...this.#speakers.values()].sort(
      (a, b) => b.quotes + b.reported - (a.quotes + a.reported) || b.articles - a.articles || compare(a.name, b.name),
    );
    const perArticle = Array.from(this.#perArticle, (articles, quotes) => ({ quotes, articles: articles ?? 0 }));
    const total = this.#quotesByKind.direct + this.#quotesByKind.partial;
    const lint = this.#lint;
    return {
      summaryVersion: SUMMARY_VERSION,
      articles: { analysed: this.#analysed, failed: this.#failed },
      failures: [...this.#failures],
      entities,
      speakers: { distinct: speakers.length, top: limit(speakers).map((s) => ({ ...s })), unattributed: { ...this.#unattributed } },
      quotes: {
        total,
        byKind: { ...this.#quotesByKind },
        perArticle,
        mean: this.#analysed ? round(total / this.#analysed) : 0,
        median: median(perArticle, this.#analysed),
        articlesWithQuotes: this.#analysed - (this.#perArticle[0] ?? 0),
      },
      dates: {
        total: this.#datesTotal,
        byType: { ...this.#dateTypes },
        byMonth: [...this.#months].sort(([a], [b]) => compare(a, b)).map(([month, t]) => ({ month, ...t })),
        withoutMonth: this.#withoutMonth,
        unresolved: this.#unresolved,
      },
      numbers: { total: this.#numbersTotal, byKind: { ...this.#numberKinds } },
      lint: lint && {
        errors: lint.errors,
        warnings: lint.warnings,
        articles: lint.articles.size,
        rules: [...lint.rules.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compare(a.rule, b.rule)).map((r) => ({ ...r })),
      },
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The median number of quotes per article, read off the histogram. */
function median(perArticle: Array<{ quotes: number; articles: number }>, articles: number): number {
  if (articles === 0) return 0;
  const at = (rank: number) => {
    let seen = 0;
    for (const { quotes, articles: n } of perArticle) {
      seen += n;
      if (seen > rank) return quotes;
    }
    return 0;
  };
  return articles % 2 ? at((articles - 1) / 2) : (at(articles / 2 - 1) + at(articles / 2)) / 2;
}
