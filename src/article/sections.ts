import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import type { BodySection, InsightsSection, SectionOptions, Sections, Span } from '../types.js';

type Line = Span;

/** Headings that open the section a rewriting model appends after the article. */
export const DEFAULT_INSIGHT_HEADINGS = [
  'additional insights',
  'additional context',
  'additional information',
  'key insights',
  'key takeaways',
  'key points',
  'takeaways',
  'enrichment data',
  'enrichment',
  'background',
  'context',
  'insights',
  'analysis',
  'what to know',
  'why it matters',
];

/** Lines a model or pipeline writes about the article rather than in it. */
export const DEFAULT_PREAMBLE_PATTERNS = [
  String.raw`^(?:sure|certainly|of course|absolutely)\b.{0,120}$`,
  String.raw`^here(?:'s|’s| is| are)\b.{0,80}\b(?:article|version|rewrite|rewritten|text|story|summary|draft|piece)\b.{0,40}$`,
  String.raw`^(?:the )?(?:rewritten|revised|paraphrased|edited|updated) (?:article|version|text|story)\s*:?$`,
  String.raw`^as an ai\b.{0,200}$`,
  String.raw`^below is\b.{0,120}$`,
];

const BULLET = /^(?:[-*•‣◦▪–]|\d{1,3}[.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const LABEL = /^(?:headline|title)\s*:\s*/i;
const alternatives = (words: Iterable<string>) => [...words].join('|');
/** A line opening with a date: "Friday, July 21, 2017", "Sept. 3, 2025". */
const DATELINE = new RegExp(String.raw`^(?:(?:${alternatives(WEEKDAYS.keys())}),?\s+)?(?:${alternatives(MONTHS.keys())})\.?\s+\d{1,2},?\s+\d{4}\b`, 'i');
const BYLINE = /^by\s+\p{Lu}/u;
const RULE_LINE = /^(?:[-*_=]\s*){3,}$/;

/**
 * Splits an article into headline, preamble, title, body and insights. Every span indexes the
 * text it was given; markup around a span (`# `, `**`, `Title:`, bullets) stays outside it.
 */
export function splitSections(text: string, options: SectionOptions = {}): Sections {
  const preambles = compilePatterns([...DEFAULT_PREAMBLE_PATTERNS, ...(options.preamblePatterns ?? [])]);
  const headings = new Set([...DEFAULT_INSIGHT_HEADINGS, ...(options.insightHeadings ?? []).map(normaliseHeading)]);
  const isHeading = (line: Span) => headings.has(normaliseHeading(line.text));
  const content = toUnits(text, splitLines(text), isHeading);
  const empty: Sections = { headline: null, preamble: null, title: null, body: null, insights: null };
  if (content.length === 0) return empty;

  let first = 0;
  let headline: Span | null = null;
  let preamble: Span | null = null;
  let title: Span | null = null;

  const preambleAt = content.findIndex((line, i) => i <= 2 && preambles.some((re) => re.test(stripMarkup(line).text)));
  if (preambleAt >= 0) {
    preamble = trimSpan(text, content[preambleAt]!);
    if (preambleAt > 0) headline = stripMarkup(content[0]!);
    first = preambleAt + 1;
    if (isTitleLike(content, first)) title = stripMarkup(content[first++]!);
  } else if (isDeck(content, 0, content[1]) && isTitleLike(content, 1) && content.length > 2 && !isMarkedTitle(content[0]!)) {
    // A one-sentence summary above a shorter title, as rewritten articles carry (what is left when
    // a preamble between them is removed).
    headline = stripMarkup(content[0]!);
    title = stripMarkup(content[1]!);
    first = 2;
  } else if (isTitleLike(content, 0)) {
    if (isTitleLike(content, 1) && content.length > 2 && !isMarkedTitle(content[0]!)) {
      headline = stripMarkup(content[0]!);
      title = stripMarkup(content[1]!);
      first = 2;
    } else {
      title = stripMarkup(content[0]!);
      first = 1;
    }
  }

  const rest = content.slice(first);
  const headingAt = findLastIndex(rest, isHeading);
  const bodyLines = headingAt >= 0 ? rest.slice(0, headingAt) : rest;
  const insightLines = headingAt >= 0 ? rest.slice(headingAt + 1) : [];

  return {
    headline,
    preamble,
    title,
    body: buildBody(text, bodyLines),
    insights: headingAt >= 0 ? buildInsights(text, stripMarkup(rest[headingAt]!), insightLines) : null,
  };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    lines.push({ start, end, text: text.slice(start, end) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

function compilePatterns(patterns: string[]): RegExp[] {
  return patterns.map((source) => new RegExp(source, 'iu'));
}

function normaliseHeading(line: string): string {
  return line
    .replace(MARKDOWN_HEADING, '')
    .replace(/[*_]/g, '')
    .trim()
    .replace(/\s*:$/, '')
    .toLowerCase();
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Removes markdown heading marks, bold or italic wrappers and "Title:" labels from a line's span. */
function stripMarkup(line: Span): Span {
  let { start, end } = trimmed(line);
  let inner = line.text.slice(start - line.start, end - line.start);
  const cut = (front: number, back: number) => {
    start += front;
    end -= back;
    inner = inner.slice(front, inner.length - back);
  };
  const heading = MARKDOWN_HEADING.exec(inner);
  if (heading) cut(heading[0].length, 0);
  const wrap = /^(\*\*|__|\*|_)(.+?)\1(:?)$/.exec(inner);
  if (wrap) {
    cut(wrap[1]!.length, wrap[1]!.length + wrap[3]!.length);
  }
  const label = LABEL.exec(inner);
  if (label && inner.length > label[0].length) cut(label[0].length, 0);
  const lead = inner.length - inner.trimStart().length;
  const tail = inner.length - inner.trimEnd().length;
  if (lead || tail) cut(lead, tail);
  return { start, end, text: inner };
}

function trimmed(line: Span): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  const tail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - tail };
}

function isMarkedTitle(line: Span): boolean {
  const text = line.text.trim();
  return MARKDOWN_HEADING.test(text) || LABEL.test(text) || /^(\*\*|__).+\1:?$/.test(text);
}

/** A title is a short line that is not a paragraph, a dateline or a byline, and has text after it. */
function isTitleLike(content: Span[], index: number): boolean {
  const line = content[index];
  if (!line || index + 1 >= content.length) return false;
  const text = line.text.trim();
  if (isMarkedTitle(line)) return true;
  if (BULLET.test(text) || DATELINE.test(text) || BYLINE.test(text)) return false;
  if (text.length > 200) return false;
  const sentences = text.split(/[.!?]["”’]?\s+(?=\p{Lu})/u).length;
  return sentences === 1 && !/\.["”’]?$/.test(text);
}

/**
 * One sentence ending in a full stop, short enough for a headline's summary line and much longer
 * than the title under it (a title that ends in a full stop is short, and the line after it longer).
 */
function isDeck(content: Span[], index: number, title: Span | undefined): boolean {
  const text = content[index]?.text.trim() ?? '';
  if (!title || text.length > 250 || text.length < 1.5 * title.text.trim().length) return false;
  if (BULLET.test(text) || DATELINE.test(text) || BYLINE.test(text)) return false;
  return /\.["”’]?$/.test(text) && text.split(/[.!?]["”’]?\s+(?=\p{Lu})/u).length === 1;
}

function buildBody(text: string, bodyLines: Span[]): BodySection | null {
  if (bodyLines.length === 0) return null;
  const paragraphs = bodyLines.map((line) => trimSpan(text, line));
  const start = paragraphs[0]!.start;
  const end = paragraphs[paragraphs.length - 1]!.end;
  return { start, end, text: text.slice(start, end), paragraphs };
}

/**
 * The units sections are built from: one per line, or, in hard-wrapped text (blank lines between
 * blocks whose lines break mid-sentence), one per block of prose. Blocks holding bullets or an
 * insight heading stay split into lines.
 */
function toUnits(text: string, lines: Line[], isHeading: (line: Span) => boolean): Span[] {
  const blank = (line: Line) => line.text.trim().length === 0 || RULE_LINE.test(line.text.trim());
  const blocks: Line[][] = [[]];
  for (const line of lines) blank(line) ? blocks.push([]) : blocks[blocks.length - 1]!.push(line);
  const structured = (block: Line[]) => block.some((line) => BULLET.test(line.text.trim()) || isHeading(line));
  const wrapsMidSentence = (block: Line[]) => block.slice(0, -1).some((line) => !/[.!?:;"”’)]$/.test(line.text.trim()));
  const hardWrapped = blocks.filter((block) => block.length > 0).length > 1 && blocks.some((block) => block.length > 1 && !structured(block) && wrapsMidSentence(block));
  const units: Span[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (!hardWrapped || block.length === 1 || structured(block)) units.push(...block);
    else units.push({ start: block[0]!.start, end: block[block.length - 1]!.end, text: text.slice(block[0]!.start, block[block.length - 1]!.end) });
  }
  return units;
}

function buildInsights(text: string, heading: Span, lines: Span[]): InsightsSection {
  const items = lines.map((line) => {
    const span = trimSpan(text, line);
    const bullet = BULLET.exec(span.text);
    if (!bullet) return span;
    const start = span.start + bullet[0].length;
    return { start, end: span.end, text: text.slice(start, span.end) };
  });
  const end = items.length ? items[items.length - 1]!.end : heading.end;
  return { start: heading.start, end, text: text.slice(heading.start, end), heading, items };
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
