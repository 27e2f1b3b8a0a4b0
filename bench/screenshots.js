// Takes the README's screenshots in headless Chromium: the seed article's reading view
// (docs/reading-view.png) and a corpus summary (docs/summary.png).
//
//   npm run build && node bench/screenshots.js [--reports reports.ndjson] [--out docs]
//
// Without --reports the summary is of the fixtures; the README's is of the 2,225 reports that
// bench/summary.js writes (node bench/summary.js --work DIR, then --reports DIR/reports.ndjson).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const out = path.resolve(flag('--out', path.join(ROOT, 'docs')));
const reports = flag('--reports', null);
const work = mkdtempSync(path.join(tmpdir(), 'newsx-screenshots-'));
mkdirSync(out, { recursive: true });

function newsx(argv) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/newsx.js'), ...argv], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`newsx ${argv.join(' ')}: ${result.stderr}`);
}

newsx(['analyze', 'fixtures/000_a8d46ff2df23af88.txt', '--format', 'html', '-o', path.join(work, 'seed.html')]);
newsx(['summary', ...(reports ? ['--reports', path.resolve(reports)] : ['fixtures/articles', 'fixtures/000_a8d46ff2df23af88.txt']), '--top', '8', '--format', 'html', '-o', path.join(work, 'summary.html')]);

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'newsx-chromium-')), {
  executablePath: process.env.NEWSX_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.goto(pathToFileURL(path.join(work, 'seed.html')).href);
// Light up one entity and focus a date, so the picture shows what the page does, not only what it holds.
await page.locator('button.ent', { hasText: 'Vladimir Putin' }).click();
await page.evaluate(() => window.scrollTo(0, 0));
await page.locator('mark[data-kind="date"]:not([data-cont])').nth(1).focus();
await page.screenshot({ path: path.join(out, 'reading-view.png') });
await page.goto(pathToFileURL(path.join(work, 'summary.html')).href);
await page.screenshot({ path: path.join(out, 'summary.png'), fullPage: true });
await context.close();
process.stdout.write(`wrote ${path.join(out, 'reading-view.png')} and ${path.join(out, 'summary.png')}\n`);
