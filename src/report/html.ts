import type { DateMention, Entity, EntityType, NumberMention, Quote, Report, SectionName, Span } from '../types.js';
import { attributes, escapeHtml, shorten } from './html-escape.js';
import { htmlDocument } from './html-page.js';
import { plural, reportLabel } from './summary.js';
import { READING_CSS, READING_SCRIPT } from './html-reading-assets.js';

export interface HtmlOptions {
  /** 1-based position of the report on its page; it prefixes every id, so reports can share a page. */
  index?: number;
  /** Reports on the page: one gets the page's top heading, several sit under a contents list. */
  count?: number;
}

/** What `data-kind` says a highlighted element is; reported speech is `indirect`. */
export type MarkKind = 'entity' | 'quote' | 'indirect' | 'number' | 'date';

/** One report's fragment of a page, with what the page's contents list needs. */
export interface HtmlArticle {
  id: string;
  label: string;
  source: string;
  html: string;
}

interface Finding {
  kind: MarkKind;
  start: number;
  end: number;
  text: string;
  /** Attributes of the element besides class and the data-kind/start/end triple. */
  attrs: Record<string, string | number | null>;
  classes: string;
  /** HTML put at the end of the finding's last piece: its label chip. */
  chip: string;
  /** Shown on hover and focus. */
  tip: string | null;
  /** The element id the side panel links to, on the finding's first piece. */
  id: string | null;
  pieces: number;
}

interface Piece {
  finding: Finding;
  start: number;
  end: number;
  children: Piece[];
  first: boolean;
  last: boolean;
}

/** Outermost first when two findings cover the same text: a quote holds an entity, a date a number. */
const NESTING: Record<MarkKind, number> = { quote: 0, indirect: 0, entity: 1, date: 2, number: 3 };
const TYPE_CHIP: Record<EntityType, string> = { person: 'person', organization: 'org', place: 'place' };
const TYPE_NAME: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'place' };

/**
 * One report as an `<article>` for a reading page: the text section by section, every finding
 * marked on it (`data-kind`, `data-start`, `data-end` carry the report's own offsets), and a side
 * panel listing entities, quotes by speaker, reported speech, dates and numbers. Pure: the page
 * around it comes from `formatHtmlPage`.
 */
export function formatHtml(report: Report, options: HtmlOptions = {}): HtmlArticle {
  const prefix = `a${options.index ?? 1}`;
  const level = (options.count ?? 1) === 1 ? 1 : 2;
  const findings = collectFindings(report, prefix);
  const segments = sectionSegments(report);
  const trees = segments.map((segment) => buildTree(segment, findings));
  markEnds(trees);
  const outside = findings.filter((f) => f.pieces === 0);

  const text: string[] = [];
  let open: SectionName | null = null;
  const closeSection = () => {
    if (open === 'insights') text.push('</ul>');
    if (open) text.push('</section>');
    open = null;
  };
  segments.forEach((segment, i) => {
    if (segment.section !== open) {
      closeSection();
      open = segment.section;
      text.push(`<section class="sec"${attributes({ 'data-section': segment.section, 'aria-labelledby': `${prefix}-s-${segment.section}` })}>`);
      text.push(`<h${level + 1} class="sec-label" id="${prefix}-s-${segment.section}">${SECTION_LABELS[segment.section]}</h${level + 1}>`);
      if (segment.section === 'insights' && segment.role !== 'insights-heading') text.push('<ul class="items">');
    }
    const inner = renderPieces(segment.span.text, segment.span.start, trees[i]!);
    if (segment.role === 'insights-heading') text.push(`<p class="insights-heading">${inner}</p><ul class="items">`);
    else if (segment.role === 'item') text.push(`<li>${inner}</li>`);
    else text.push(`<p class="${segment.role}">${inner}</p>`);
  });
  closeSection();
  if (segments.length === 0) text.push('<p class="muted">The article is empty.</p>');
  if (outside.length > 0) {
    text.push(`<section class="sec outside" aria-labelledby="${prefix}-s-outside">`);
    text.push(`<h${level + 1} class="sec-label" id="${prefix}-s-outside">Outside the sections</h${level + 1}>`);
    text.push('<ul class="items">');
    for (const finding of outside) text.push(`<li>${renderPieces(finding.text, finding.start, [{ finding, start: finding.start, end: finding.end, children: [], first: true, last: true }])}</li>`);
    text.push('</ul></section>');
  }

  const label = reportLabel(report);
  const facts = [
    `<span class="source">${escapeHtml(report.source)}</span>`,
    report.referenceDate
      ? `reference date ${escapeHtml(report.referenceDate)}${report.referenceDateSource === 'dateline' ? ' (from the dateline)' : ''}`
      : 'no reference date',
    `${report.entities.length} ${report.entities.length === 1 ? 'entity' : 'entities'}, ${plural(report.quotes.length, 'quote')}, ${plural(report.numbers.length, 'number')}, ${plural(report.dates.length, 'date')}`,
  ];
  const html = [
    `<article class="report"${attributes({ id: prefix, 'data-source': report.source, 'aria-labelledby': `${prefix}-h` })}>`,
    `<header class="report-head"><h${level} id="${prefix}-h">${escapeHtml(label)}</h${level}><p>${facts.join(' · ')}</p></header>`,
    '<div class="layout">',
    `<div class="text">${text.join('\n')}</div>`,
    `<aside class="panel" aria-label="Findings">${sidePanel(report, prefix, level + 1)}</aside>`,
    '</div>',
    '</article>',
  ].join('\n');
  return { id: prefix, label, source: report.source, html };
}

/**
 * The page around one or more articles: legend, contents list when there are several, styles,
 * script. `several` should match the `count` the articles were written with (by default, whether
 * there is more than one), so their headings sit under the page's.
 */
export function formatHtmlPage(articles: HtmlArticle[], options: { several?: boolean } = {}): string {
  const several = options.several ?? articles.length !== 1;
  const title = several || articles.length === 0 ? `newsx: ${plural(articles.length, 'article')}` : articles[0]!.label;
  const head = [
    '<header class="page-head">',
    several ? `<h1>${plural(articles.length, 'article')}</h1>` : '',
    LEGEND,
    '</header>',
  ];
  const contents = several
    ? [
        '<nav class="contents" aria-labelledby="contents-h"><h2 id="contents-h">Contents</h2><ol>',
        ...articles.map((a) => `<li><a href="#${a.id}">${escapeHtml(a.label)}</a>${a.label === a.source ? '' : ` <span class="muted">${escapeHtml(a.source)}</span>`}</li>`),
        '</ol></nav>',
      ]
    : [];
  const body = ['<div class="page">', ...head, ...contents, ...articles.map((a) => a.html), '</div>'].join('\n');
  return htmlDocument({ title, css: READING_CSS, body, script: READING_SCRIPT });
}

const SECTION_LABELS: Record<SectionName, string> = { headline: 'Headline', preamble: 'Preamble', title: 'Title', body: 'Body', insights: 'Insights' };

const LEGEND = [
  '<p class="legend"><span class="legend-label">Key</span> ',
  '<span class="m entity person">Name<span class="chip person">person</span></span>',
  '<span class="m entity organization">Name<span class="chip organization">org</span></span>',
  '<span class="m entity place">Name<span class="chip place">place</span></span>',
  '<span class="m quote">quoted words<span class="chip quote">speaker</span></span>',
  '<span class="m indirect">reported speech<span class="chip indirect">reported · speaker</span></span>',
  '<span class="m number">12<span class="chip number">cardinal</span></span>',
  '<span class="m date">Friday<span class="chip date">date</span></span>',
  '</p>',
  '<p>Numbers and dates show their value on hover and focus (Tab reaches them); an entity in the side panel lights up its mentions.</p>',
].join('');

type SegmentRole = 'headline' | 'preamble' | 'title' | 'para' | 'insights-heading' | 'item';

interface Segment {
  section: SectionName;
  role: SegmentRole;
  span: Span;
}

/** The stretches of text the page shows, in text order: each section, body paragraphs and insight items one by one. */
function sectionSegments(report: Report): Segment[] {
  const { headline, preamble, title, body, insights } = report.sections;
  const segments: Segment[] = [];
  if (headline) segments.push({ section: 'headline', role: 'headline', span: headline });
  if (preamble) segments.push({ section: 'preamble', role: 'preamble', span: preamble });
  if (title) segments.push({ section: 'title', role: 'title', span: title });
  if (body) for (const span of body.paragraphs.length ? body.paragraphs : [body]) segments.push({ section: 'body', role: 'para', span });
  if (insights) {
    if (insights.heading) segments.push({ section: 'insights', role: 'insights-heading', span: insights.heading });
    for (const span of insights.items) segments.push({ section: 'insights', role: 'item', span });
  }
  return segments.sort((a, b) => a.span.start - b.span.start);
}

function collectFindings(report: Report, prefix: string): Finding[] {
  const findings: Finding[] = [];
  const base = (kind: MarkKind, span: Span) => ({ kind, start: span.start, end: span.end, text: span.text, pieces: 0 });
  for (const entity of report.entities) {
    for (const mention of entity.mentions) {
      findings.push({
        ...base('entity', mention),
        attrs: { 'data-type': entity.type, 'data-entity': entity.id },
        classes: `m entity ${entity.type}`,
        chip: `<span class="chip ${entity.type}">${TYPE_CHIP[entity.type]}<span class="sr"> (${TYPE_NAME[entity.type]}: ${escapeHtml(entity.name)})</span></span>`,
        tip: null,
        id: null,
      });
    }
  }
  report.quotes.forEach((quote, i) => {
    const kind: MarkKind = quote.kind === 'indirect' ? 'indirect' : 'quote';
    findings.push({
      ...base(kind, quote),
      attrs: { 'data-quote-kind': quote.kind, 'data-speaker': quote.speaker?.entity ?? null },
      classes: `m ${kind}`,
      chip: speakerChip(quote, prefix),
      tip: null,
      id: `${prefix}-q${i + 1}`,
    });
  });
  report.numbers.forEach((number, i) => {
    findings.push({
      ...base('number', number),
      attrs: { 'data-number-kind': number.kind, 'data-value': number.value, 'data-to': number.to ?? null },
      classes: 'm number',
      chip: `<span class="chip number">${number.kind}<span class="sr">: ${escapeHtml(numberValue(number))}</span></span>`,
      tip: `${number.kind}: ${numberValue(number)}`,
      id: `${prefix}-n${i + 1}`,
    });
  });
  report.dates.forEach((date, i) => {
    findings.push({
      ...base('date', date),
      attrs: { 'data-type': date.type, 'data-value': date.value },
      classes: 'm date',
      chip: `<span class="chip date">${date.type.toLowerCase()}<span class="sr">: ${escapeHtml(dateValue(date))}</span></span>`,
      tip: `${date.type}: ${dateValue(date)}`,
      id: `${prefix}-d${i + 1}`,
    });
  });
  return findings;
}

function speakerChip(quote: Quote, prefix: string): string {
  const kind = quote.kind === 'indirect' ? 'indirect' : 'quote';
  const said = quote.kind === 'indirect' ? 'reported · ' : '';
  const lead = `<span class="sr">${quote.kind === 'indirect' ? 'reported speech of' : 'quote of'} </span>`;
  if (!quote.speaker) return `<span class="chip ${kind} none">${lead}${said}unattributed</span>`;
  const name = escapeHtml(quote.speaker.name);
  if (!quote.speaker.entity) return `<span class="chip ${kind}">${lead}${said}${name}</span>`;
  return `<a class="chip ${kind}"${attributes({ href: `#${prefix}-${quote.speaker.entity}`, 'data-entity': quote.speaker.entity })}>${lead}${said}${name}</a>`;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function numberValue(number: NumberMention): string {
  const value = number.to === undefined ? NUMBER.format(number.value) : `${NUMBER.format(number.value)}–${NUMBER.format(number.to)}`;
  return [value, number.unit, number.counts ? `(counts ${number.counts})` : null].filter(Boolean).join(' ');
}

function dateValue(date: DateMention): string {
  return date.value ?? 'unresolved: no reference date';
}

/**
 * The findings inside one segment as a tree of properly nested pieces. A finding that runs past
 * the end of one that holds it (or past its segment) is cut there and goes on as another piece,
 * so the HTML nests while every piece keeps its finding's offsets.
 */
function buildTree(segment: Segment, findings: Finding[]): Piece[] {
  const lo = segment.span.start;
  const hi = segment.span.end;
  const queue: Piece[] = findings
    .filter((f) => f.start < hi && f.end > lo)
    .map((finding) => ({ finding, start: Math.max(lo, finding.start), end: Math.min(hi, finding.end), children: [], first: false, last: false }));
  const before = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || NESTING[a.finding.kind] - NESTING[b.finding.kind];
  queue.sort(before);
  const roots: Piece[] = [];
  const stack: Piece[] = [];
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i]!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && piece.end > parent.end) {
      const rest: Piece = { ...piece, start: parent.end, children: [] };
      piece.end = parent.end;
      let at = i + 1;
      while (at < queue.length && before(queue[at]!, rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    (parent ? parent.children : roots).push(piece);
    stack.push(piece);
  }
  return roots;
}

/** Counts each finding's pieces in page order and marks its first (which gets the id) and last (the chip). */
function markEnds(trees: Piece[][]): void {
  const last = new Map<Finding, Piece>();
  const walk = (pieces: Piece[]) => {
    for (const piece of pieces) {
      if (piece.finding.pieces++ === 0) piece.first = true;
      last.set(piece.finding, piece);
      walk(piece.children);
    }
  };
  trees.forEach(walk);
  for (const piece of last.values()) piece.last = true;
}

function renderPieces(text: string, offset: number, pieces: Piece[], from = offset, to = offset + text.length, chip = ''): string {
  let out = '';
  let at = from;
  for (const piece of pieces) {
    out += escapeHtml(text.slice(at - offset, piece.start - offset));
    out += openTag(piece) + renderPieces(text, offset, piece.children, piece.start, piece.end, piece.last ? piece.finding.chip : '') + '</mark>';
    at = piece.end;
  }
  const tail = text.slice(at - offset, to - offset);
  if (!chip) return out + escapeHtml(tail);
  // The last word and the chip wrap together, so a chip never starts a line on its own.
  const cut = tail.search(/\S+\s*$/);
  if (cut < 0) return `${out}${escapeHtml(tail)}${chip}`;
  return `${out}${escapeHtml(tail.slice(0, cut))}<span class="nw">${escapeHtml(tail.slice(cut))}${chip}</span>`;
}

function openTag(piece: Piece): string {
  const f = piece.finding;
  return `<mark${attributes({
    class: f.classes,
    id: piece.first ? f.id : null,
    'data-kind': f.kind,
    'data-start': f.start,
    'data-end': f.end,
    ...f.attrs,
    'data-cont': !piece.first,
    'data-tip': f.tip,
    tabindex: f.tip !== null ? 0 : null,
  })}>`;
}

function sidePanel(report: Report, prefix: string, level: number): string {
  const h = (text: string, count: number) => `<h${level}>${text} <span class="count">${count}</span></h${level}>`;
  const none = '<p class="muted">None found.</p>';
  const out: string[] = [];

  const entities = [...report.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  out.push('<section class="panel-part">', h('Entities', entities.length));
  if (entities.length === 0) out.push(none);
  else {
    out.push('<ul class="entities">');
    for (const entity of entities) out.push(entityItem(entity, prefix));
    out.push('</ul>');
  }
  out.push('</section>');

  const direct = report.quotes.map((quote, i) => ({ quote, i })).filter(({ quote }) => quote.kind !== 'indirect');
  const indirect = report.quotes.map((quote, i) => ({ quote, i })).filter(({ quote }) => quote.kind === 'indirect');
  out.push('<section class="panel-part">', h('Quotes', direct.length), direct.length ? bySpeaker(direct, prefix, level + 1) : none, '</section>');
  if (indirect.length) out.push('<section class="panel-part">', h('Reported speech', indirect.length), bySpeaker(indirect, prefix, level + 1), '</section>');

  out.push('<section class="panel-part">', h('Dates', report.dates.length));
  if (report.dates.length === 0) out.push(none);
  else {
    out.push('<ol class="plain">');
    for (const { date, i } of datesInOrder(report.dates)) {
      out.push(
        `<li><a href="#${prefix}-d${i + 1}">${escapeHtml(shorten(date.text, 60))}</a> <span class="chip date">${date.type.toLowerCase()}</span> ${date.value ? `<code>${escapeHtml(date.value)}</code>` : '<span class="muted">unresolved</span>'}</li>`,
      );
    }
    out.push('</ol>');
  }
  out.push('</section>');

  out.push('<section class="panel-part">', h('Numbers', report.numbers.length));
  if (report.numbers.length === 0) out.push(none);
  else {
    out.push('<ol class="plain">');
    report.numbers.forEach((number, i) => {
      out.push(`<li><a href="#${prefix}-n${i + 1}">${escapeHtml(shorten(number.text, 60))}</a> <span class="chip number">${number.kind}</span> ${escapeHtml(numberValue(number))}</li>`);
    });
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}

function entityItem(entity: Entity, prefix: string): string {
  const title = entity.title ? ` <span class="muted">${escapeHtml(entity.title)}</span>` : '';
  return [
    `<li${attributes({ id: `${prefix}-${entity.id}` })}>`,
    `<button type="button"${attributes({ class: `ent ${entity.type}`, 'data-entity': entity.id, 'aria-pressed': 'false' })}>`,
    `<span class="name">${escapeHtml(entity.name)}${title}</span>`,
    `<span class="chip ${entity.type}">${TYPE_CHIP[entity.type]}</span>`,
    `<span class="count">${entity.mentions.length}<span class="sr"> ${entity.mentions.length === 1 ? 'mention' : 'mentions'}</span></span>`,
    '</button></li>',
  ].join('');
}

/** Quotes grouped by who said them, the most quoted first; unattributed ones last. */
function bySpeaker(quotes: Array<{ quote: Quote; i: number }>, prefix: string, level: number): string {
  const groups = new Map<string, { name: string | null; entity: string | null; quotes: Array<{ quote: Quote; i: number }> }>();
  for (const item of quotes) {
    const speaker = item.quote.speaker;
    const key = speaker ? (speaker.entity ? `e:${speaker.entity}` : `n:${speaker.name}`) : '';
    const group = groups.get(key) ?? { name: speaker?.name ?? null, entity: speaker?.entity ?? null, quotes: [] };
    group.quotes.push(item);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.quotes.length - a.quotes.length);
  const out: string[] = [];
  for (const group of ordered) {
    const name = group.name === null ? '<span class="muted">Unattributed</span>' : group.entity ? `<a${attributes({ href: `#${prefix}-${group.entity}`, 'data-entity': group.entity })}>${escapeHtml(group.name)}</a>` : escapeHtml(group.name);
    out.push(`<h${level} class="speaker">${name} <span class="count">${group.quotes.length}</span></h${level}>`, '<ol class="plain">');
    for (const { quote, i } of group.quotes) {
      const cue = quote.cue ? ` <span class="muted">${escapeHtml(quote.cue.text)}</span>` : '';
      const words = quote.kind === 'indirect' ? escapeHtml(shorten(quote.text, 140)) : `“${escapeHtml(shorten(quote.text, 140))}”`;
      out.push(`<li><a href="#${prefix}-q${i + 1}">${words}</a>${cue}</li>`);
    }
    out.push('</ol>');
  }
  return out.join('\n');
}

/** Dates with a calendar value in time order, then the rest (durations, unresolved) in text order. */
function datesInOrder(dates: DateMention[]): Array<{ date: DateMention; i: number }> {
  const indexed = dates.map((date, i) => ({ date, i }));
  const calendar = (d: DateMention) => d.value !== null && /^\d{4}/.test(d.value) && (d.type === 'DATE' || d.type === 'TIME');
  return [...indexed.filter(({ date }) => calendar(date)).sort((a, b) => a.date.value!.localeCompare(b.date.value!) || a.i - b.i), ...indexed.filter(({ date }) => !calendar(date))];
}
