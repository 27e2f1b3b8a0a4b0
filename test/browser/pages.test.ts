import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { findingKeys } from '../helpers/html.js';
import { fakeIo } from '../helpers/io.js';

/**
 * Opens the seed's reading view and a corpus summary in Debian's headless Chromium, driven by
 * playwright-core (which downloads no browser). `.ci/run` installs chromium; without it the
 * suite is skipped and says why.
 */
/** What the callbacks run in the page use of its DOM; the project compiles without the DOM library. */
interface PageElement {
  getAttribute(name: string): string | null;
  cloneNode(deep: boolean): PageElement;
  querySelectorAll(selector: string): { forEach(each: (el: PageElement) => void): void };
  remove(): void;
  blur(): void;
  textContent: string | null;
}
declare const document: { activeElement: PageElement | null; documentElement: { scrollWidth: number } };
declare function getComputedStyle(el: PageElement, pseudo: string): { content: string };

const CHROMIUM = process.env.NEWSX_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set NEWSX_CHROMIUM)`);

const root = path.resolve(__dirname, '../..');
const seedPath = path.join(root, 'fixtures/000_a8d46ff2df23af88.txt');
/** Screenshots the test takes, for a person to look at; never committed. */
const shots = path.join(tmpdir(), 'newsx-screenshots');

describe.skipIf(!hasChromium)('pages in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let report: Report;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsx-browser-'));
    mkdirSync(shots, { recursive: true });
    const io = fakeIo({ cwd: root });
    expect(await main(['analyze', seedPath, '--format', 'html', '-o', path.join(dir, 'seed.html')], io)).toBe(0);
    expect(await main(['analyze', seedPath, '--format', 'json', '-o', path.join(dir, 'seed.json')], io)).toBe(0);
    expect(await main(['summary', path.join(root, 'fixtures/articles'), seedPath, '--format', 'html', '-o', path.join(dir, 'summary.html'), '--concurrency', 'off'], io)).toBe(0);
    report = JSON.parse(readFileSync(path.join(dir, 'seed.json'), 'utf8')) as Report;
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'newsx-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  /** Opens a page and records what a clean page must not do: log errors, throw, or fetch anything but itself. */
  async function open(file: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(path.join(dir, file)).href, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  it('shows the seed with every finding marked, no errors and no request but the page itself', async () => {
    const { page, problems, requests } = await open('seed.html');
    const marks = await page.$$eval('[data-kind]:not([data-cont])', (els) => els.map((el) => `${el.getAttribute('data-kind')} ${el.getAttribute('data-start')} ${el.getAttribute('data-end')}`).sort());
    expect(marks).toEqual(findingKeys(report));
    const texts = await page.$$eval('[data-kind]', (els) => {
      const out: Record<string, string> = {};
      for (const el of els) {
        const copy = (el as unknown as PageElement).cloneNode(true);
        copy.querySelectorAll('.chip').forEach((chip) => chip.remove());
        const key = `${el.getAttribute('data-kind')} ${el.getAttribute('data-start')} ${el.getAttribute('data-end')}`;
        out[key] = (out[key] ?? '') + copy.textContent;
      }
      return out;
    });
    for (const q of report.quotes) expect(texts[`${q.kind === 'indirect' ? 'indirect' : 'quote'} ${q.start} ${q.end}`]).toBe(q.text);
    for (const d of report.dates) expect(texts[`date ${d.start} ${d.end}`]).toBe(d.text);
    await page.screenshot({ path: path.join(shots, 'seed.png') });
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path.join(dir, 'seed.html')).href]);
    await page.close();
  });

  it('lights up an entity’s mentions from the side panel, and shows a date’s value on keyboard focus', async () => {
    const { page, problems } = await open('seed.html');
    const putin = report.entities.find((e) => e.name === 'Vladimir Putin')!;
    const button = page.locator(`button[data-entity="${putin.id}"]`);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('mark.lit').count()).toBe(putin.mentions.length);
    await button.click();
    expect(await page.locator('mark.lit').count()).toBe(0);

    // Tab from the top of the page until a marked number or date has the focus: its value shows.
    await page.evaluate(() => document.activeElement?.blur());
    let focused: { kind: string | null; tip: string | null; after: string } | null = null;
    for (let i = 0; i < 300 && !focused?.kind; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? { kind: el.getAttribute('data-kind'), tip: el.getAttribute('data-tip'), after: getComputedStyle(el, '::after').content } : null;
      });
    }
    expect(focused?.kind).toMatch(/^(number|date)$/);
    expect(focused!.tip).toMatch(/^(DATE|TIME|DURATION|SET|cardinal|ordinal|percent|money|range): ./);
    expect(focused!.after).toBe(JSON.stringify(focused!.tip));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone’s width without scrolling sideways', async () => {
    const { page, problems } = await open('seed.html');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shots, 'seed-phone.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the corpus summary with its charts, no errors and no request but the page itself', async () => {
    const { page, problems, requests } = await open('summary.html');
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('svg.bar').count()).toBeGreaterThan(10);
    const bars = await page.$$eval('svg.bar rect', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(Math.max(...bars)).toBeGreaterThan(20);
    expect(await page.locator('h2').allTextContents()).toEqual(['People', 'Organizations', 'Places', 'Most quoted', 'Reported dates by month', 'Quotes per article', 'Numbers by kind']);
    await page.screenshot({ path: path.join(shots, 'summary.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path.join(dir, 'summary.html')).href]);
    await page.close();
  });
});
