// Builds a synthetic news corpus of any size from the fixture articles and, when ../shared exists,
// the texts of the eval sets. Article i depends only on the seed and i, so a 1,000-article corpus
// is the first 1,000 articles of the 10,000-article one and runs can be compared across sizes.
//
//   node bench/corpus.js --out DIR [--count 1000] [--seed 1]

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const FIRST_NAMES = ['Maria', 'James', 'Aisha', 'Tomás', 'Mei', 'Oliver', 'Priya', 'Kwame', 'Elena', 'David', 'Fatima', 'Lars', 'Sofia', 'Hiroshi', 'Grace', 'Ahmed', 'Chloe', 'Ivan', 'Nadia', 'Samuel'];
const LAST_NAMES = ['Okafor', 'Lindqvist', 'Haddad', 'Nguyen', 'Moreau', 'Fischer', 'Castillo', 'Kowalski', 'Bianchi', 'Mensah', 'Tanaka', "O'Brien", 'Schmidt', 'Novak', 'Rahman', 'Dubois', 'Petrov', 'Jansen', 'Almeida', 'Walsh'];

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, items) => items[Math.floor(random() * items.length)];

function shuffle(random, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The base articles: fixtures always, eval texts when ../shared is there. Duplicated texts count once. */
export function loadSources(root = ROOT) {
  const texts = new Map();
  const add = (name, text) => {
    if (text.trim().length > 0 && !texts.has(text)) texts.set(text, { name, text, markdown: name.endsWith('.md') });
  };
  const fixtures = path.join(root, 'fixtures');
  for (const dir of [fixtures, path.join(fixtures, 'articles')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (/\.(txt|md)$/.test(file)) add(file, readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  const evalDir = path.resolve(root, '../shared/eval');
  if (existsSync(evalDir)) {
    for (const file of readdirSync(evalDir).sort()) {
      if (!file.endsWith('.jsonl')) continue;
      for (const line of readFileSync(path.join(evalDir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line);
        if (typeof record.text === 'string') add(`${record.id}.txt`, record.text);
      }
    }
  }
  return [...texts.values()];
}

/** Paragraphs as the articles write them: blank-line separated, or one per line in the eval texts. */
function paragraphs(text) {
  const blocks = text.split(/\r?\n\s*\r?\n/);
  const parts = blocks.length > 2 ? blocks : text.split(/\r?\n/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Two capitalised words in a row ("Donald Trump"), the commonest shape of a person's name. */
const NAME_PAIR = /\b(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,})\b/gu;
/** Figures other than years and days of the month, so dates stay plausible while amounts vary. */
const FIGURE = /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? )\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;

/**
 * Article `index` of the corpus: a base article with its body paragraphs partly shuffled, its
 * two-word names swapped consistently for invented ones, its figures changed, and sometimes a
 * paragraph borrowed from another article, so compromise sees different text in every file.
 */
export function makeArticle(sources, index, seed = 1) {
  const random = rng((seed * 0x9e3779b1) ^ (index * 0x85ebca77));
  const base = sources[index % sources.length];
  const parts = paragraphs(base.text);
  // Short leading lines (headline, dateline, byline) stay on top; only the body is reordered.
  let lead = 0;
  while (lead < 2 && lead < parts.length - 1 && parts[lead].length < 100) lead++;
  const head = parts.slice(0, lead);
  const body = parts.slice(lead);
  let paras = body;
  if (index >= sources.length) {
    // Shuffle within windows of three paragraphs: the order changes but the story still reads in sequence.
    paras = [];
    for (let i = 0; i < body.length; i += 3) paras.push(...shuffle(random, body.slice(i, i + 3)));
    if (random() < 0.3) {
      const other = paragraphs(pick(random, sources).text);
      if (other.length > 1) paras.splice(Math.floor(random() * (paras.length + 1)), 0, pick(random, other.slice(1)));
    }
  }
  let text = [...head, ...paras].filter((p) => p.length > 0).join('\n\n');
  if (index >= sources.length) {
    const names = new Map();
    text = text.replace(NAME_PAIR, (whole) => {
      if (!names.has(whole)) names.set(whole, random() < 0.6 ? `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}` : whole);
      return names.get(whole);
    });
    text = text.replace(FIGURE, (figure) => {
      if (random() < 0.5) return figure;
      const digits = figure.replace(/\D/g, '').length;
      const n = Math.floor(random() * 10 ** Math.min(digits, 6)) + 1;
      return figure.includes(',') ? n.toLocaleString('en-US') : String(n);
    });
  }
  return { name: `a${String(index).padStart(5, '0')}.${base.markdown ? 'md' : 'txt'}`, text: `${text}\n` };
}

/** Writes articles 0..count-1 into `dir` (created if missing) and returns their total size in characters. */
export function writeCorpus(dir, count, { seed = 1, sources = loadSources() } = {}) {
  if (sources.length === 0) throw new Error('no source articles found under fixtures/');
  mkdirSync(dir, { recursive: true });
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const article = makeArticle(sources, i, seed);
    writeFileSync(path.join(dir, article.name), article.text);
    chars += article.text.length;
  }
  return chars;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
  };
  const out = flag('--out');
  if (!out) {
    process.stderr.write('usage: node bench/corpus.js --out DIR [--count N] [--seed S]\n');
    process.exit(2);
  }
  const count = Number(flag('--count', '1000'));
  const sources = loadSources();
  const chars = writeCorpus(out, count, { seed: Number(flag('--seed', '1')), sources });
  process.stdout.write(`wrote ${count} articles (${chars} characters, from ${sources.length} sources) to ${out}\n`);
}
