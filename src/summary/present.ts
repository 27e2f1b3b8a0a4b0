import type { EntityType } from '../types.js';
import type { CorpusSummary } from './types.js';

/** Headings every summary writer uses, so text, Markdown and HTML say the same things. */
export const ENTITY_HEADINGS: Array<{ type: EntityType; heading: string }> = [
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organizations' },
  { type: 'place', heading: 'Places' },
];

const GROUPED = new Intl.NumberFormat('en-US');

/** 12,345. */
export function count(n: number): string {
  return GROUPED.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** The quotes-per-article histogram with everything from `cap` up in one last bucket ("10+"). */
export function quoteBuckets(summary: CorpusSummary, cap = 10): Array<{ label: string; articles: number }> {
  const buckets: Array<{ label: string; articles: number }> = [];
  let over: { label: string; articles: number } | null = null;
  for (const { quotes, articles } of summary.quotes.perArticle) {
    if (quotes < cap) buckets.push({ label: String(quotes), articles });
    else {
      if (!over) buckets.push((over = { label: `${cap}+`, articles: 0 }));
      over.articles += articles;
    }
  }
  return buckets;
}

/**
 * The dates timeline: every month from the first to the last (empty ones too) when that is at
 * most `maxMonths`, otherwise years, so one stray "1066" cannot stretch a corpus of 2025 news.
 */
export function timeline(summary: CorpusSummary, maxMonths = 36): { unit: 'month' | 'year'; points: Array<{ label: string; dates: number }> } {
  const months = summary.dates.byMonth;
  if (months.length === 0) return { unit: 'month', points: [] };
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const first = index(months[0]!.month);
  const last = index(months[months.length - 1]!.month);
  if (last - first + 1 <= maxMonths) {
    const byMonth = new Map(months.map((m) => [m.month, m.dates]));
    const points = [];
    for (let i = first; i <= last; i++) {
      const label = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      points.push({ label, dates: byMonth.get(label) ?? 0 });
    }
    return { unit: 'month', points };
  }
  const byYear = new Map<string, number>();
  for (const m of months) byYear.set(m.month.slice(0, 4), (byYear.get(m.month.slice(0, 4)) ?? 0) + m.dates);
  return { unit: 'year', points: [...byYear].map(([label, dates]) => ({ label, dates })) };
}

/** Whether any reported speech was found; writers leave its columns out otherwise. */
export function hasReported(summary: CorpusSummary): boolean {
  return summary.quotes.byKind.indirect > 0;
}

/** Dates that fall in a calendar month. */
export function inMonths(summary: CorpusSummary): number {
  return summary.dates.byMonth.reduce((sum, m) => sum + m.dates, 0);
}
