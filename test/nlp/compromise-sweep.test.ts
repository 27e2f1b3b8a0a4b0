import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkMatch, type SweepNet, type SweepResult } from '../../src/nlp/compromise-sweep.js';
import '../../src/nlp/compromise.js';

const fixtures = path.resolve(__dirname, '../../fixtures');
const articles = [path.join(fixtures, '000_a8d46ff2df23af88.txt'), ...readdirSync(path.join(fixtures, 'articles')).filter((name) => name.endsWith('.txt')).map((name) => path.join(fixtures, 'articles', name))].map(
  (file) => readFileSync(file, 'utf8'),
);

const sentences = [
  'The minister said on Tuesday that the talks would resume in Geneva next week.',
  "He's been there since 2019, and she'd rather not say why.",
  'Shares of Acme Corp. rose 3.5% to $12.40 after the Federal Reserve left rates unchanged.',
  'Please do not walk on the grass!',
  '“We will not back down,” she told reporters outside the University of Manchester.',
];

type BulkMatch = typeof bulkMatch;
interface Nlp {
  (text: string): unknown;
  world(): { methods: { one: { bulkMatch: BulkMatch } } };
  buildNet(matches: Array<{ match: string }>): unknown;
}

/** What a sweep result says, read at once: compromise rewrites the objects after the sweep. */
const hits = (results: SweepResult[]) => results.map((r) => [r.match, [...r.pointer], (r as { reason?: string }).reason, (r as { tag?: string }).tag, r.unTag]);

/**
 * A second copy of compromise, loaded fresh so the adapter's swap does not reach it: each of its
 * sweeps runs compromise's own bulkMatch and newsx's on the same input, and keeps both results.
 */
function recordingCompromise(): { nlp: Nlp; calls: Array<{ theirs: unknown; ours: unknown }> } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise/two');
  const cached = require.cache[file];
  delete require.cache[file];
  const nlp = require(file) as Nlp;
  if (cached) require.cache[file] = cached;
  const methods = nlp.world().methods.one;
  const theirs = methods.bulkMatch;
  expect(theirs).not.toBe(bulkMatch);
  const calls: Array<{ theirs: unknown; ours: unknown }> = [];
  methods.bulkMatch = (document, net, ...rest) => {
    const ours = hits(bulkMatch(document, net as SweepNet, ...rest));
    const result = theirs(document, net, ...rest);
    calls.push({ theirs: hits(result), ours });
    return result;
  };
  return { nlp, calls };
}

describe('the fast post-tagger sweep', () => {
  it('is installed in the adapter', () => {
    const require = createRequire(import.meta.url);
    const nlp = require('compromise/two') as Nlp;
    expect(nlp.world().methods.one.bulkMatch).toBe(bulkMatch);
  });

  it("finds exactly what compromise's own sweep finds, in the same order", () => {
    const { nlp, calls } = recordingCompromise();
    for (const text of [...articles, ...sentences]) nlp(text);
    expect(calls.length).toBe(articles.length + sentences.length);
    let found = 0;
    for (const { theirs, ours } of calls) {
      expect(ours).toEqual(theirs);
      found += (theirs as unknown[]).length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('stops at the first hit when asked for one, as compromise does', () => {
    const { nlp, calls } = recordingCompromise();
    const doc = nlp('The minister said the talks would resume.') as { matchOne(net: unknown): unknown };
    const before = calls.length;
    doc.matchOne(nlp.buildNet([{ match: '#Noun' }]));
    const last = calls.at(-1);
    expect(calls.length).toBe(before + 1);
    expect(last!.ours).toEqual(last!.theirs);
    expect(last!.ours as unknown[]).toHaveLength(1);
  });
});
