import { parse } from 'parse5';
import type { Report } from '../../src/types.js';

/** A parse5 node, loosely typed: tests only read names, attributes, text and children. */
export interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

/** Parses a page as a browser would (parse5 follows the HTML standard) and returns the document. */
export function parseHtml(html: string): Node {
  return parse(html) as unknown as Node;
}

export function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function hasClass(node: Node, name: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(name);
}

/** Every element under `node` (document order) that `test` accepts. */
export function elements(node: Node, test: (el: Node) => boolean = () => true, out: Node[] = []): Node[] {
  for (const child of node.childNodes ?? []) {
    if (child.tagName && test(child)) out.push(child);
    elements(child, test, out);
  }
  return out;
}

export function byTag(node: Node, tag: string): Node[] {
  return elements(node, (el) => el.tagName === tag);
}

/** The text under a node; `article` leaves out the label chips, which are the page's, not the article's. */
export function text(node: Node, options: { article?: boolean } = {}): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (options.article && node.tagName && hasClass(node, 'chip')) return '';
  return (node.childNodes ?? []).map((child) => text(child, options)).join('');
}

/** `kind start end` for every finding of a report, the way the page's marks name them, sorted. */
export function findingKeys(report: Report): string[] {
  const keys: string[] = [];
  for (const e of report.entities) for (const m of e.mentions) keys.push(`entity ${m.start} ${m.end}`);
  for (const q of report.quotes) keys.push(`${q.kind === 'indirect' ? 'indirect' : 'quote'} ${q.start} ${q.end}`);
  for (const n of report.numbers) keys.push(`number ${n.start} ${n.end}`);
  for (const d of report.dates) keys.push(`date ${d.start} ${d.end}`);
  return keys.sort();
}

/** The same keys read off a page: one per mark that starts a finding (continuations carry data-cont). */
export function markKeys(root: Node): string[] {
  return elements(root, (el) => attr(el, 'data-kind') !== undefined && attr(el, 'data-cont') === undefined)
    .map((el) => `${attr(el, 'data-kind')} ${attr(el, 'data-start')} ${attr(el, 'data-end')}`)
    .sort();
}

/** The article text of each finding as the page shows it: its pieces joined, chips left out. */
export function markTexts(root: Node): Map<string, string> {
  const texts = new Map<string, string>();
  for (const el of elements(root, (e) => attr(e, 'data-kind') !== undefined)) {
    const key = `${attr(el, 'data-kind')} ${attr(el, 'data-start')} ${attr(el, 'data-end')}`;
    texts.set(key, (texts.get(key) ?? '') + text(el, { article: true }));
  }
  return texts;
}
