import { SLUG_QUALIFIERS, SLUG_TOPICS } from '../../lexicon/lint.js';
import { removeLines, type Fix } from '../fix.js';
import { proseParagraphs } from '../prose.js';
import type { FileRule, Range } from '../rule.js';

const TOPICS: ReadonlySet<string> = new Set(SLUG_TOPICS);
const QUALIFIERS: ReadonlySet<string> = new Set(SLUG_QUALIFIERS);
/** Every lowercase word, hyphens and underscores included; the pattern cannot fail after it starts, so it stays linear. */
const TOKEN = /[a-z0-9]+(?:[-_][a-z0-9]+)*/g;
const ITEM = /^[a-z0-9]+(?:[-_][a-z0-9]+)*/;
const SEPARATOR = /^(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*[|/;]\s*)/;
const LABEL = /^\s*(?:tags?|categories|category|topics?|keywords|sections?)\s*:\s*/i;
/**
 * The words a model puts before the categories it leaks ("… the conflict within the broader context
 * of war-and-conflicts, politics."): with them, the list can go without breaking the sentence.
 */
const INTRO =
  /(?:^|[,;]?\s+)(?:(?:with)?in|under|across|to) (?:the )?(?:(?:broader|wider|larger|overall|general) )?(?:context|realm|area|field|categor(?:y|ie)|domain|topic|theme|sphere|landscape)s?(?: of)?\s+$|(?:^|[,;]?\s+)(?:(?:filed|listed|posted) (?:under|in)|categori[sz]ed (?:as|under)|tagged(?: as| with| under)?)\s+$/i;

export const noCategorySlugs: FileRule<{ topics: string[] }> = {
  id: 'no-category-slugs',
  meta: {
    description: 'Disallow taxonomy slugs ("war-and-conflicts, politics, and general-news") and tag lists leaked into the prose.',
    defaultSeverity: 'warn',
    scope: 'file',
    messages: {
      slugs: 'Category slugs leaked into the prose: "{{text}}".',
      tags: 'Tag or category list left in the article: "{{text}}".',
    },
    options: {
      topics: { type: 'string[]', default: [], description: 'Extra topic words your taxonomy builds slugs from.' },
    },
  },
  check(context) {
    const { text, document, options } = context;
    const topics = new Set([...TOPICS, ...options.topics.map((t) => t.toLowerCase())]);
    for (const unit of proseParagraphs(document)) {
      const label = LABEL.exec(unit.text);
      if (label && unit.section !== 'title' && unit.section !== 'headline') {
        const start = unit.start + label[0].length;
        context.report({ messageId: 'tags', range: { start, end: unit.end }, data: { text: text.slice(start, unit.end) }, fix: removeLines(text, unit) });
        continue;
      }
      let after = unit.start;
      for (const m of unit.text.matchAll(TOKEN)) {
        const start = unit.start + m.index;
        if (start < after || !/[-_]/.test(m[0]) || !isWordEdge(text, start, start + m[0].length) || !isSlug(m[0], topics)) continue;
        const list = expandList(text, { start, end: start + m[0].length }, unit, topics);
        context.report({ messageId: 'slugs', range: list, data: { text: text.slice(list.start, list.end) }, fix: slugFix(text, unit, list) });
        after = list.end;
      }
    }
  },
};

/**
 * How a leaked list can go without breaking what is around it: the whole line when the list is all
 * of it; the list with the words that introduce it when it ends a sentence (and the sentence, when
 * those words begin it: "Filed under world-news."). Anywhere else no edit is safe.
 */
function slugFix(text: string, unit: Range, list: Range): Fix | null {
  const from = Math.max(unit.start, list.start - 120);
  const before = text.slice(from, list.start);
  const after = text.slice(list.end, unit.end);
  if (/^[\s\p{P}]*$/u.test(text.slice(unit.start, list.start)) && /^[\s\p{P}]*$/u.test(after)) return removeLines(text, unit);
  const ends = /^[.!?]["”’)]*/.exec(after);
  const intro = INTRO.exec(before);
  // An intro found at the start of a cut-off stretch may be the end of a longer word.
  if (!ends || !intro || (intro.index === 0 && from > unit.start && !/^\s/.test(before))) return null;
  const start = from + intro.index;
  const opening = text.slice(unit.start, start).trimEnd();
  const rest = after.slice(ends[0].length);
  if (rest !== '' && !/^\s/.test(rest)) return null;
  // The intro opens its sentence: the sentence goes, its full stop and the space after it too.
  if (opening === '') return rest.trim() === '' ? removeLines(text, unit) : { range: [start, list.end + ends[0].length + (rest.length - rest.trimStart().length)], text: '' };
  if (/[.!?]["”’)]*$/.test(opening)) return { range: [start, list.end + ends[0].length], text: '' };
  return { range: [start, list.end], text: '' };
}

/**
 * A token no English sentence would use: "war-and-conflicts", "general-news", "arts_and_culture",
 * "politics-elections"; not "hit-and-run", "post-war" or "local-government".
 */
export function isSlug(token: string, topics: ReadonlySet<string>): boolean {
  const parts = token.split(/[-_]/);
  const last = parts[parts.length - 1]!;
  if (!topics.has(last) || parts.length > 5) return false;
  const head = parts.slice(0, -1);
  if (token.includes('_')) return true;
  if (parts.length === 3 && parts[1] === 'and') return parts[0]!.length > 2;
  if (last === 'news') return head.every((part) => topics.has(part) || QUALIFIERS.has(part));
  return head.every((part) => topics.has(part));
}

/** What may stand next to a slug in a leaked list: a topic, a slug, or a qualified topic ("us-politics"). */
function isListItem(token: string, topics: ReadonlySet<string>): boolean {
  if (topics.has(token) || isSlug(token, topics)) return true;
  const parts = token.split(/[-_]/);
  return parts.length > 1 && topics.has(parts[parts.length - 1]!) && parts.slice(0, -1).every((part) => topics.has(part) || QUALIFIERS.has(part));
}

/** Grows a slug into the list it belongs to, through commas and "and", over slugs and topic words. */
function expandList(text: string, slug: Range, unit: Range, topics: ReadonlySet<string>): Range {
  const isItem = (word: string) => isListItem(word, topics);
  let { start, end } = slug;
  for (;;) {
    const rest = text.slice(end, Math.min(unit.end, end + 40));
    const separator = SEPARATOR.exec(rest);
    if (!separator) break;
    const item = ITEM.exec(rest.slice(separator[0].length));
    if (!item || !isItem(item[0]) || !isWordEdge(text, end + separator[0].length, end + separator[0].length + item[0].length)) break;
    end += separator[0].length + item[0].length;
  }
  for (;;) {
    const before = text.slice(Math.max(unit.start, start - 40), start);
    const m = /([a-z0-9]+(?:[-_][a-z0-9]+)*)(\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*[|/;]\s*)$/.exec(before);
    if (!m || !isItem(m[1]!) || !isWordEdge(text, start - m[0].length, start - m[2]!.length)) break;
    start -= m[0].length;
  }
  return { start, end };
}

function isWordEdge(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}_-]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{N}_-]/u.test(text[end] ?? ' ');
}
