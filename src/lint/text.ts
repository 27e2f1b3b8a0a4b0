import type { SectionName, Sections, Span } from '../types.js';

/** A paragraph-sized piece of the article: a body paragraph, an insight item, the title… */
export interface Unit extends Span {
  section: SectionName;
}

/** A pair of double quote marks; `open` and `close` are the offsets of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
}

export interface QuoteScan {
  pairs: QuotePair[];
  /** Offsets of marks that open or close nothing. */
  unmatched: Array<{ offset: number; kind: 'open' | 'close' }>;
}

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);
/**
 * The text views several rules share, each computed on first use and then kept: line starts for
 * locations, paragraph units, sentences and quote marks. Everything here is linear in the text.
 */
export class ArticleText {
  #units: Unit[] | null = null;
  #quotes: QuoteScan | null = null;

  constructor(
    readonly text: string,
    readonly sections: Sections,
  ) {}

  /** Every paragraph-sized piece of every section, in text order. */
  units(): Unit[] {
    if (this.#units) return this.#units;
    const { headline, preamble, title, body, insights } = this.sections;
    const units: Unit[] = [];
    for (const [section, span] of [['headline', headline], ['preamble', preamble], ['title', title]] as const) {
      if (span) units.push({ ...span, section });
    }
    for (const paragraph of body?.paragraphs ?? []) units.push({ ...paragraph, section: 'body' });
    for (const item of insights?.items ?? []) units.push({ ...item, section: 'insights' });
    return (this.#units = units.sort((a, b) => a.start - b.start));
  }

  /**
   * Double quote marks paired within each unit. A unit that ends inside a quote is fine when the
   * next one opens with a quote mark: news style reopens a quotation that runs on to a new paragraph.
   */
  quotes(): QuoteScan {
    if (this.#quotes) return this.#quotes;
    const scan: QuoteScan = { pairs: [], unmatched: [] };
    const units = this.units();
    units.forEach((unit, index) => {
      const open = scanUnit(this.text, unit, scan);
      if (open === null) return;
      const next = units[index + 1];
      const continues = next && next.section === unit.section && isOpeningMark(this.text, next.start);
      if (!continues) scan.unmatched.push({ offset: open, kind: 'open' });
    });
    scan.unmatched.sort((a, b) => a.offset - b.offset);
    return (this.#quotes = scan);
  }
}

/** Returns the offset of a mark still open at the end of the unit, or null. */
function scanUnit(text: string, unit: Span, scan: QuoteScan): number | null {
  let open: number | null = null;
  for (let i = unit.start; i < unit.end; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) {
      if (open !== null) scan.unmatched.push({ offset: open, kind: 'open' });
      open = i;
    } else if (CLOSERS.has(c)) {
      if (open === null) scan.unmatched.push({ offset: i, kind: 'close' });
      else scan.pairs.push({ open, close: i });
      open = null;
    } else if (c === '"') {
      if (open !== null) {
        scan.pairs.push({ open, close: i });
        open = null;
      } else if (!isInchMark(text, i)) {
        open = i;
      }
    }
  }
  return open;
}

function isOpeningMark(text: string, offset: number): boolean {
  const c = text[offset];
  return c === '"' || (c !== undefined && OPENERS.has(c));
}

/** `12"` or `5'11"`: a straight mark right after a digit, not followed by a letter, is a unit. */
function isInchMark(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '');
}
