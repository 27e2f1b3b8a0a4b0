import type { SectionName, Sections, Span } from '../types.js';

/** A paragraph-sized piece of the article with the section it belongs to: a body paragraph, an insight, the title… */
export interface Paragraph extends Span {
  section: SectionName;
  /** The insights heading ("Additional Insights:"): a line of its own, but no paragraph of prose. */
  heading: boolean;
}

/** Line and column, both from 1; columns count UTF-16 code units, as editors and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The article's paragraphs in text order, and its lines, so any offset can be placed: which
 * paragraph and section it is in, and on which line and column.
 */
export class Paragraphs {
  readonly list: readonly Paragraph[];
  private readonly paragraphStarts: number[];
  private lineStartCache: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly sections: Sections,
  ) {
    const { headline, preamble, title, body, insights } = sections;
    const list: Paragraph[] = [];
    for (const [section, span] of [['headline', headline], ['preamble', preamble], ['title', title]] as const) {
      if (span) list.push({ ...span, section, heading: false });
    }
    for (const paragraph of body?.paragraphs ?? []) list.push({ ...paragraph, section: 'body', heading: false });
    if (insights?.heading) list.push({ ...insights.heading, section: 'insights', heading: true });
    for (const item of insights?.items ?? []) list.push({ ...item, section: 'insights', heading: false });
    this.list = list.sort((a, b) => a.start - b.start);
    this.paragraphStarts = this.list.map((paragraph) => paragraph.start);
  }

  /** Index in `list` of the last paragraph starting at or before `offset`; -1 before the first. */
  indexAt(offset: number): number {
    return lastAtOrBefore(this.paragraphStarts, offset);
  }

  /** The section an offset lies in; null for text outside every section. */
  sectionAt(offset: number): SectionName | null {
    const order: SectionName[] = ['headline', 'preamble', 'title', 'body', 'insights'];
    for (const name of order) {
      const span = this.sections[name];
      if (span && offset >= span.start && offset < span.end) return name;
    }
    return null;
  }

  /** Offsets where lines start; CRLF, LF and CR each end a line. */
  lineStarts(): readonly number[] {
    if (this.lineStartCache) return this.lineStartCache;
    const starts = [0];
    const { text } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.lineStartCache = starts);
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
