import { dateReader } from '../nlp/chrono.js';
import type { Sections } from '../types.js';

/** How far into the article a dateline may sit: the title block and the first lines of the body. */
const MAX_LINES = 6;
const MAX_OFFSET = 1500;

/** Lines that are a date and little else: "Friday, July 21, 2017", "March 01 , 2008", "Published: 3 March 2025 10:04 GMT". */
const LABEL = /^(?:(?:published|posted|updated|last updated|date|dateline|filed)\b\s*(?:on|at)?\s*:?\s*)/i;
/** A wire dateline opening the first paragraph: "ROTTERDAM, March 3, 2025 (Reuters) -", "LONDON (AP), 3 March 2025 —". */
const WIRE = /^(\p{Lu}[\p{Lu}\p{Ll} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L} .]{1,30})?)\s*(?:\([^)]{1,30}\)\s*)?,\s*/u;

/**
 * The article's own date, from a dateline near its top, as "YYYY-MM-DD"; null when it has none.
 * Only a date with a year counts ("WASHINGTON, March 3 (Reuters)" has none), and only in the
 * first few lines, so a date the story talks about never becomes the date it was written.
 */
export function findReferenceDate(text: string, sections: Sections): string | null {
  const head = text.slice(0, Math.min(text.length, headEnd(text, sections)));
  const lines = head.split(/\r\n|\n|\r/);
  let seen = 0;
  for (const raw of lines) {
    const line = stripMarks(raw);
    if (!line) continue;
    if (++seen > MAX_LINES) break;
    const date = datelineDate(line);
    if (date) return date;
  }
  return null;
}

const MARKS = new Set(['#', '>', '*', '_', ' ', '\t']);

/** A line without markdown around it: "# ", "> ", "**…**". */
function stripMarks(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && MARKS.has(line[start]!)) start++;
  while (end > start && MARKS.has(line[end - 1]!) && line[end - 1] !== '#' && line[end - 1] !== '>') end--;
  return line.slice(start, end);
}

/**
 * The title block and the body's first paragraph, or the first three lines when the section split
 * took a title for that paragraph; at most `MAX_OFFSET` characters.
 */
function headEnd(text: string, sections: Sections): number {
  const firstParagraph = sections.body?.paragraphs[0];
  let end = firstParagraph ? firstParagraph.end : text.length;
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  let lines = 0;
  for (let m = lineBreak.exec(text); m && m.index < MAX_OFFSET; m = lineBreak.exec(text)) {
    if (text.slice(lineStart, m.index).trim() && ++lines === 3) {
      end = Math.max(end, m.index);
      break;
    }
    lineStart = m.index + m[0].length;
  }
  return Math.min(end, MAX_OFFSET);
}

function datelineDate(line: string): string | null {
  // "Friday, July 21, 2017"; "Published: 3 March 2025 10:04 GMT"; "By Jane Doe | March 3, 2025"
  for (const part of line.split(/\s[|•·]\s/)) {
    const date = parseDate(part.replace(LABEL, ''), 'alone');
    if (date) return date;
  }
  // "ROTTERDAM, March 3, 2025 (Reuters) - About 1,200 dock workers…"
  const wire = /^\p{Lu}{2}/u.test(line) ? WIRE.exec(line) : null;
  if (wire) return parseDate(line.slice(wire[0].length, wire[0].length + 80), 'wire');
  return null;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
/** A dateline without a year gives no date, so lines without one are not parsed at all. */
const YEAR = /(?:^|\D)(?:1[6-9]|20|21)\d\d(?:\D|$)|\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\D|$)/;
/** What may come before the date on a dateline: a clock time, a zone, a weekday. */
const LEAD = /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\W*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\W*)?$/i;
/** What may follow a date that stands alone on its line: nothing, a time, a zone, a separator. */
const ALONE_TAIL = /^(?:$|[|•·,–—-]|\(|at\b|\d{1,2}[:.]\d{2}|\p{Lu}{2,4}\b)/u;
/** What follows a wire dateline's date: the agency in brackets or the dash before the story. */
const WIRE_TAIL = /^(?:$|\(|[–—-]|\/)/;

/** A date with day, month and year opening `text`, followed only by what a dateline allows. */
function parseDate(text: string, kind: 'alone' | 'wire'): string | null {
  if (text.length > 160 || !YEAR.test(text)) return null;
  const [result] = dateReader.parse(text, REFERENCE);
  if (!result || result.index > 40 || !LEAD.test(text.slice(0, result.index))) return null;
  const start = result.start;
  if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return null;
  const after = text.slice(result.index + result.text.length).trim();
  if (!(kind === 'alone' ? ALONE_TAIL : WIRE_TAIL).test(after)) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(start.get('year')!, 4)}-${pad(start.get('month')!, 2)}-${pad(start.get('day')!, 2)}`;
}
