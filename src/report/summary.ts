import type { Entity, Located, Quote, Report, SectionName, Sections, Span } from '../types.js';

/** What the Markdown and terminal reports both show, so their content cannot drift apart. */
export interface ReportSummary {
  headline: string | null;
  /** A model's preamble line ("Here is the rewritten article:"), as written. */
  preamble: string | null;
  title: string | null;
  /** The sections found, with what a reader wants of each: how many paragraphs or items. */
  outline: Array<{ section: SectionName; detail: string | null }>;
  entities: Array<{ name: string; type: Entity['type']; mentions: number; title: string | null }>;
  /** Words in quote marks, direct and partial. */
  quotes: QuoteLine[];
  /** Reported speech without quote marks. */
  reported: QuoteLine[];
  numbers: Array<{ text: string; value: number; kind: string; unit: string | null; counts: string | null; where: string }>;
  dates: Array<{ text: string; type: string; value: string | null; where: string }>;
}

/** A quote as the reports show it; `cue` is the verb as written in the text ("wrote", "to write"). */
export interface QuoteLine {
  text: string;
  speaker: string | null;
  cue: string | null;
  section: SectionName | null;
  /** Where it is, for a reader: "body ¶3", "insights #2", "headline", or "outside the sections". */
  where: string;
}

export function summarize(report: Report): ReportSummary {
  const { sections } = report;
  const outline: ReportSummary['outline'] = [];
  if (sections.headline) outline.push({ section: 'headline', detail: null });
  if (sections.preamble) outline.push({ section: 'preamble', detail: null });
  if (sections.title) outline.push({ section: 'title', detail: null });
  if (sections.body) outline.push({ section: 'body', detail: plural(sections.body.paragraphs.length, 'paragraph') });
  if (sections.insights) outline.push({ section: 'insights', detail: plural(sections.insights.items.length, 'item') });
  const where = (finding: Located) => locate(sections, finding);
  const quoteLine = (q: Quote): QuoteLine => ({ text: q.text, speaker: q.speaker?.name ?? null, cue: cueAsWritten(sections, q.cue), section: q.section, where: where(q) });
  return {
    headline: sections.headline?.text ?? null,
    preamble: sections.preamble?.text ?? null,
    title: sections.title?.text ?? null,
    outline,
    entities: [...report.entities]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length, title: e.title })),
    quotes: report.quotes.filter((q) => q.kind !== 'indirect').map(quoteLine),
    reported: report.quotes.filter((q) => q.kind === 'indirect').map(quoteLine),
    numbers: report.numbers.map((n) => ({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, counts: n.counts, where: where(n) })),
    dates: report.dates.map((d) => ({ text: d.text, type: d.type, value: d.value, where: where(d) })),
  };
}

/**
 * The cue verb as the text has it: its own span's words, never a dictionary form, with the `to`
 * before an infinitive ("prompting Trump to write on social media") read from the section's text
 * so that "write" does not read as one.
 */
export function cueAsWritten(sections: Sections, cue: Span | null): string | null {
  if (!cue) return null;
  const section = Object.values(sections).find((s: Span | null) => s !== null && cue.start >= s.start && cue.start < s.end) as Span | undefined;
  if (!section || !/^\p{Ll}/u.test(cue.text)) return cue.text;
  const at = cue.start - section.start;
  const before = section.text.slice(Math.max(0, at - 4), at);
  return /(?:^|[^\p{L}])to $/iu.test(before) ? `${before.slice(-3)}${cue.text}` : cue.text;
}

/**
 * Where a finding is, in words a reader can find it by: its section and, in the body or the
 * insights, the paragraph or item number, so an insight that repeats a body quote does not read
 * as a duplicate of it.
 */
export function locate(sections: Sections, finding: Located): string {
  const within = (spans: ReadonlyArray<{ start: number; end: number }>) => spans.findIndex((s) => finding.start >= s.start && finding.start < s.end) + 1;
  if (finding.section === 'body' && sections.body) {
    const n = within(sections.body.paragraphs);
    return n > 0 ? `body ¶${n}` : 'body';
  }
  if (finding.section === 'insights' && sections.insights) {
    const n = within(sections.insights.items);
    return n > 0 ? `insights #${n}` : 'insights';
  }
  return finding.section ?? 'outside the sections';
}

/** The sections in one line: "headline, title, body (8 paragraphs), insights (8 items)", or "none". */
export function outline(items: ReportSummary['outline']): string {
  return items.map((o) => (o.detail ? `${o.section} (${o.detail})` : o.section)).join(', ') || 'none';
}

/** What a contents list or a page title calls a report: its title, else its headline, else its source. */
export function reportLabel(report: Report): string {
  const label = report.sections.title?.text ?? report.sections.headline?.text ?? report.source;
  return label.replace(/\s+/g, ' ').trim() || report.source;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
