import type { Entity, Quote, Report, SectionName } from '../types.js';

/** What the Markdown and terminal reports both show, so their content cannot drift apart. */
export interface ReportSummary {
  headline: string | null;
  title: string | null;
  outline: Array<{ section: SectionName; detail: string }>;
  entities: Array<{ name: string; type: Entity['type']; mentions: number; title: string | null }>;
  /** Words in quote marks, direct and partial. */
  quotes: Array<{ text: string; speaker: string | null; cue: string | null; section: SectionName | null }>;
  /** Reported speech without quote marks. */
  reported: Array<{ text: string; speaker: string | null; cue: string | null; section: SectionName | null }>;
  numbers: Array<{ text: string; value: number; kind: string; unit: string | null; counts: string | null }>;
  dates: Array<{ text: string; type: string; value: string | null }>;
}

export function summarize(report: Report): ReportSummary {
  const { sections } = report;
  const outline: ReportSummary['outline'] = [];
  if (sections.headline) outline.push({ section: 'headline', detail: `${sections.headline.text.length} characters` });
  if (sections.preamble) outline.push({ section: 'preamble', detail: sections.preamble.text });
  if (sections.title) outline.push({ section: 'title', detail: `${sections.title.text.length} characters` });
  if (sections.body) outline.push({ section: 'body', detail: plural(sections.body.paragraphs.length, 'paragraph') });
  if (sections.insights) {
    const heading = sections.insights.heading ? `"${sections.insights.heading.text}", ` : '';
    outline.push({ section: 'insights', detail: `${heading}${plural(sections.insights.items.length, 'item')}` });
  }
  return {
    headline: sections.headline?.text ?? null,
    title: sections.title?.text ?? null,
    outline,
    entities: [...report.entities]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length, title: e.title })),
    quotes: report.quotes.filter((q) => q.kind !== 'indirect').map(quoteLine),
    reported: report.quotes.filter((q) => q.kind === 'indirect').map(quoteLine),
    numbers: report.numbers.map((n) => ({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, counts: n.counts })),
    dates: report.dates.map((d) => ({ text: d.text, type: d.type, value: d.value })),
  };
}

function quoteLine(q: Quote): ReportSummary['quotes'][number] {
  return { text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue?.text ?? null, section: q.section };
}

/** What a contents list or a page title calls a report: its title, else its headline, else its source. */
export function reportLabel(report: Report): string {
  const label = report.sections.title?.text ?? report.sections.headline?.text ?? report.source;
  return label.replace(/\s+/g, ' ').trim() || report.source;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
