import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { formatHtml, formatHtmlPage } from '../../src/report/html.js';
import type { Quote, Report } from '../../src/types.js';
import { expectSpansHold } from '../helpers/spans.js';
import { attr, byTag, elements, findingKeys, hasClass, markKeys, markTexts, parseHtml, text, type Node } from '../helpers/html.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/golden/000_a8d46ff2df23af88.txt.report.json', import.meta.url), 'utf8')) as Report;

function page(report: Report): Node {
  return parseHtml(formatHtmlPage([formatHtml(report)]));
}

function headingTexts(root: Node): string[] {
  return elements(root, (el) => /^h[1-6]$/.test(el.tagName!)).map((el) => text(el).replace(/\s+/g, ' ').trim());
}

describe('the HTML reading view', () => {
  it('marks every finding of the seed once, with its kind and offsets, on its own text', () => {
    const doc = page(seed);
    expect(markKeys(doc)).toEqual(findingKeys(seed));
    const texts = markTexts(doc);
    for (const e of seed.entities) for (const m of e.mentions) expect(texts.get(`entity ${m.start} ${m.end}`)).toBe(m.text);
    for (const q of seed.quotes) expect(texts.get(`${q.kind === 'indirect' ? 'indirect' : 'quote'} ${q.start} ${q.end}`)).toBe(q.text);
    for (const n of seed.numbers) expect(texts.get(`number ${n.start} ${n.end}`)).toBe(n.text);
    for (const d of seed.dates) expect(texts.get(`date ${d.start} ${d.end}`)).toBe(d.text);
  });

  it('shows the article as written, section by section, with a label on each', () => {
    const doc = page(seed);
    const sections = elements(doc, (el) => el.tagName === 'section' && hasClass(el, 'sec'));
    expect(sections.map((s) => attr(s, 'data-section'))).toEqual(['headline', 'preamble', 'title', 'body', 'insights']);
    expect(sections.map((s) => text(byTag(s, 'h2')[0]!))).toEqual(['Headline', 'Preamble', 'Title', 'Body', 'Insights']);
    const [headline, preamble, title, body, insights] = sections as [Node, Node, Node, Node, Node];
    expect(text(byTag(headline, 'p')[0]!, { article: true })).toBe(seed.sections.headline!.text);
    expect(text(byTag(preamble, 'p')[0]!, { article: true })).toBe(seed.sections.preamble!.text);
    expect(text(byTag(title, 'p')[0]!, { article: true })).toBe(seed.sections.title!.text);
    expect(byTag(body, 'p').map((p) => text(p, { article: true }))).toEqual(seed.sections.body!.paragraphs.map((p) => p.text));
    expect(text(byTag(insights, 'p')[0]!, { article: true })).toBe(seed.sections.insights!.heading!.text);
    expect(byTag(insights, 'li').map((li) => text(li, { article: true }))).toEqual(seed.sections.insights!.items.map((i) => i.text));
  });

  it('labels every mark in words, not colour alone, and lets the keyboard reach numbers and dates', () => {
    const doc = page(seed);
    for (const mark of elements(doc, (el) => attr(el, 'data-kind') !== undefined && attr(el, 'data-cont') === undefined)) {
      const chips = elements(mark, (el) => hasClass(el, 'chip'));
      expect(chips.length, attr(mark, 'data-start')).toBeGreaterThan(0);
      if (['number', 'date'].includes(attr(mark, 'data-kind')!)) {
        expect(attr(mark, 'tabindex')).toBe('0');
        expect(attr(mark, 'data-tip')).toMatch(/^(DATE|TIME|DURATION|SET|cardinal|ordinal|percent|money|range): ./);
      }
    }
    const friday = elements(doc, (el) => attr(el, 'data-kind') === 'date' && text(el, { article: true }) === 'Friday')[0]!;
    expect(attr(friday, 'data-tip')).toBe('DATE: unresolved: no reference date');
  });

  it('lists entities with counts, quotes by speaker and dates in the side panel, linked to the text', () => {
    const doc = page(seed);
    const panel = elements(doc, (el) => el.tagName === 'aside')[0]!;
    const quoted = seed.quotes.filter((q) => q.kind !== 'indirect');
    expect(headingTexts(panel).slice(0, 2)).toEqual([`Entities ${seed.entities.length}`, `Quotes ${quoted.length}`]);
    const buttons = elements(panel, (el) => el.tagName === 'button');
    expect(buttons).toHaveLength(seed.entities.length);
    const ukraine = seed.entities.find((e) => e.name === 'Ukraine')!;
    expect(text(buttons[0]!)).toBe(`Ukraineplace${ukraine.mentions.length} mentions`);
    expect(attr(buttons[0]!, 'data-entity')).toBe(ukraine.id);
    const trump = seed.entities.find((e) => e.name === 'Donald Trump')!;
    const trumpQuotes = quoted.filter((q) => q.speaker?.entity === trump.id).length;
    expect(headingTexts(panel)).toContain(`Donald Trump ${trumpQuotes}`);
    const ids = new Set(elements(doc, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')));
    for (const link of byTag(doc, 'a')) expect(ids.has(attr(link, 'href')!.slice(1)), attr(link, 'href')).toBe(true);
    const chips = elements(doc, (el) => el.tagName === 'a' && hasClass(el, 'chip') && attr(el, 'data-entity') === trump.id);
    const speakerChip = chips.find((el) => hasClass(el, 'quote'))!;
    expect(attr(speakerChip, 'href')).toBe(`#a1-${trump.id}`);
    expect(text(speakerChip)).toBe('quote of Donald Trump');
    // Reported speech says so, to the eye and to a screen reader.
    const reportChip = chips.find((el) => hasClass(el, 'indirect'))!;
    expect(text(reportChip)).toBe('reported speech of reported · Donald Trump');
  });

  it('escapes hostile file names and article text everywhere, and allows only its own script', () => {
    const source = `"><script>alert('src')</script><img src=x onerror=alert(1)>&amp;.txt`;
    const input = `Title with </title><script>alert(1)</script>\n\nJohn Smith said "<img src=x onerror=alert(2)> & </mark></p>" on Monday.\r\nIt cost $5 <b>million</b>.\n`;
    const report = analyze(input, { source, referenceDate: '2025-03-14' });
    const html = formatHtmlPage([formatHtml(report)]);
    const doc = parseHtml(html);
    const scripts = byTag(doc, 'script');
    expect(scripts).toHaveLength(1);
    expect(byTag(doc, 'img')).toHaveLength(0);
    expect(byTag(doc, 'b')).toHaveLength(0);
    expect(text(byTag(doc, 'title')[0]!)).toBe(report.sections.title!.text);
    expect(attr(byTag(doc, 'article')[0]!, 'data-source')).toBe(source);
    const body = elements(doc, (el) => attr(el, 'data-section') === 'body')[0]!;
    expect(byTag(body, 'p').map((p) => text(p, { article: true }))).toEqual(report.sections.body!.paragraphs.map((p) => p.text));
    expect(markKeys(doc)).toEqual(findingKeys(report));
    const policy = attr(elements(doc, (el) => attr(el, 'http-equiv') === 'Content-Security-Policy')[0]!, 'content')!;
    const hash = createHash('sha256').update(text(scripts[0]!)).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).toContain("default-src 'none'");
  });

  it('nests findings that cross one another by cutting the inner one into pieces', () => {
    const input = 'He said "ask Anna Lee" about Lee Corp today.';
    const quote: Quote = { start: 9, end: 21, text: 'ask Anna Lee', section: 'body', kind: 'direct', speaker: null, cue: null };
    const report = handMade(input, {
      entities: [{ id: 'e1', name: 'Anna Lee', type: 'person', title: null, mentions: [{ start: 13, end: 21, text: 'Anna Lee', section: 'body' }] }],
      quotes: [quote],
      numbers: [],
      dates: [{ start: 18, end: 30, text: 'Lee" about L', section: 'body', type: 'DATE', value: null }],
    });
    const doc = page(report);
    expect(markKeys(doc)).toEqual(findingKeys(report));
    const pieces = elements(doc, (el) => attr(el, 'data-kind') === 'date');
    expect(pieces.map((p) => [text(p, { article: true }), attr(p, 'data-cont') !== undefined])).toEqual([
      ['Lee', false],
      ['" about L', true],
    ]);
    expect(markTexts(doc).get('date 18 30')).toBe('Lee" about L');
    expect(elements(pieces[1]!, (el) => hasClass(el, 'chip'))).toHaveLength(1);
    expect(elements(pieces[0]!, (el) => hasClass(el, 'chip'))).toHaveLength(0);
    expect(attr(pieces[0]!, 'id')).toBe('a1-d1');
    expect(attr(pieces[1]!, 'id')).toBeUndefined();
  });

  it('marks reported speech as indirect and lists it under its own heading', () => {
    const input = 'Anna Lee said the council would vote on Friday. "We are ready," Lee said.';
    const report = handMade(input, {
      entities: [
        {
          id: 'e1',
          name: 'Anna Lee',
          type: 'person',
          title: null,
          mentions: [
            { start: 0, end: 8, text: 'Anna Lee', section: 'body' },
            { start: 64, end: 67, text: 'Lee', section: 'body' },
          ],
        },
      ],
      quotes: [
        { start: 14, end: 46, text: 'the council would vote on Friday', section: 'body', kind: 'indirect', speaker: { start: 0, end: 8, text: 'Anna Lee', name: 'Anna Lee', entity: 'e1' }, cue: { start: 9, end: 13, text: 'said' } },
        { start: 49, end: 61, text: 'We are ready', section: 'body', kind: 'direct', speaker: { start: 64, end: 67, text: 'Lee', name: 'Anna Lee', entity: 'e1' }, cue: { start: 68, end: 72, text: 'said' } },
      ],
      numbers: [],
      dates: [{ start: 40, end: 46, text: 'Friday', section: 'body', type: 'DATE', value: null }],
    });
    const doc = page(report);
    expect(markKeys(doc)).toEqual(findingKeys(report));
    const indirect = elements(doc, (el) => attr(el, 'data-kind') === 'indirect');
    expect(indirect).toHaveLength(1);
    expect(attr(indirect[0]!, 'data-quote-kind')).toBe('indirect');
    expect(text(indirect[0]!, { article: true })).toBe('the council would vote on Friday');
    expect(text(elements(indirect[0]!, (el) => hasClass(el, 'chip') && el.tagName === 'a')[0]!)).toBe('reported speech of reported · Anna Lee');
    const panel = elements(doc, (el) => el.tagName === 'aside')[0]!;
    const headings = headingTexts(panel);
    expect(headings).toContain('Quotes 1');
    expect(headings).toContain('Reported speech 1');
    const reportedSection = elements(panel, (el) => el.tagName === 'section' && headingTexts(el)[0] === 'Reported speech 1')[0]!;
    expect(byTag(reportedSection, 'li').map((li) => text(li))).toEqual(['the council would vote on Friday said']);
  });

  it('keeps findings outside every section, each marked on its own text', () => {
    const input = 'Body text here.\n\n- Paris';
    const report = handMade(input, {
      entities: [{ id: 'e1', name: 'Paris', type: 'place', title: null, mentions: [{ start: 17, end: 24, text: '- Paris', section: null }] }],
      quotes: [],
      numbers: [],
      dates: [],
    });
    report.sections.body = { start: 0, end: 15, text: 'Body text here.', paragraphs: [{ start: 0, end: 15, text: 'Body text here.' }] };
    const doc = page(report);
    expect(markKeys(doc)).toEqual(['entity 17 24']);
    const outside = elements(doc, (el) => el.tagName === 'section' && hasClass(el, 'outside'))[0]!;
    expect(text(byTag(outside, 'h2')[0]!)).toBe('Outside the sections');
    expect(markTexts(outside).get('entity 17 24')).toBe('- Paris');
  });

  it('puts several reports on one page with a contents list and ids that do not collide', () => {
    const other = { ...seed, source: 'second <copy>.txt' };
    const html = formatHtmlPage([formatHtml(seed, { index: 1, count: 2 }), formatHtml(other, { index: 2, count: 2 })]);
    const doc = parseHtml(html);
    const nav = byTag(doc, 'nav')[0]!;
    expect(byTag(nav, 'a').map((a) => attr(a, 'href'))).toEqual(['#a1', '#a2']);
    expect(text(byTag(nav, 'li')[1]!)).toContain('second <copy>.txt');
    expect(byTag(doc, 'h1').map((h) => text(h))).toEqual(['2 articles']);
    expect(byTag(doc, 'article').map((a) => text(byTag(a, 'h2')[0]!))).toEqual([seed.sections.title!.text, seed.sections.title!.text]);
    const ids = elements(doc, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says so when the article is empty', () => {
    const empty: Report = { ...seed, sections: { headline: null, preamble: null, title: null, body: null, insights: null }, entities: [], quotes: [], numbers: [], dates: [] };
    const doc = page(empty);
    expect(text(doc)).toContain('The article is empty.');
    expect(markKeys(doc)).toEqual([]);
    expect(text(byTag(doc, 'title')[0]!)).toBe(seed.source);
  });
});

/** A report built by hand over `input`, its whole text one body paragraph. */
function handMade(input: string, findings: Pick<Report, 'entities' | 'quotes' | 'numbers' | 'dates'>): Report {
  const span = { start: 0, end: input.length, text: input };
  const report: Report = {
    schemaVersion: '1.0.0',
    source: 'hand-made.txt',
    referenceDate: null,
    referenceDateSource: null,
    sections: { headline: null, preamble: null, title: null, body: { ...span, paragraphs: [span] }, insights: null },
    ...findings,
  };
  expectSpansHold(input, report);
  return report;
}
