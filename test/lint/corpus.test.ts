import { describe, expect, it } from 'vitest';
import { CorpusCollector } from '../../src/lint/corpus.js';
import { defaultConfig } from '../../src/lint/lint-text.js';
import { lintReport, report } from './helpers.js';

const STORY = [
  'Harbor Ferry Service Resumes After Storm Repairs',
  '',
  'The harbor ferry resumed service on Friday after two weeks of repairs to the main pier, the port authority said in a statement.',
  'Officials said the pier would not have survived another storm without the work, and that the terminal cafe would reopen next week.',
  'Passengers said the delays had been frustrating but that they understood the need for the repairs to the old wooden structure.',
].join('\n');
const OTHER = [
  'Library Extends Opening Hours During Exam Season',
  '',
  'The central library will stay open until midnight for the next three weeks, the university said on Wednesday afternoon.',
  'Students had asked for more quiet space to study, and the head librarian said the staff had agreed to cover the late shifts.',
  'The extended hours will be reviewed at the end of the semester, when the library will publish how many students used them.',
].join('\n');

function corpusRun(texts: string[]) {
  const config = defaultConfig();
  const corpus = new CorpusCollector();
  texts.forEach((text, i) => corpus.add(i, `f${i}.txt`, lintReport(text, report(text), { source: `f${i}.txt`, config }).collected, config));
  return { corpus, findings: corpus.finish() };
}

describe('duplicate-article', () => {
  it('reports the later of two near-duplicates, on its title, naming the earlier', () => {
    const edited = STORY.replace('Friday', 'Saturday');
    const { findings } = corpusRun([STORY, OTHER, edited]);
    expect([...findings.keys()]).toEqual([2]);
    const [message] = findings.get(2)!;
    expect(message).toMatchObject({ ruleId: 'duplicate-article', severity: 'warning', line: 1, column: 1, span: { text: 'Harbor Ferry Service Resumes After Storm Repairs' } });
    expect(message!.message).toMatch(/^Near-duplicate of f0\.txt \(about \d+% of five-word phrases shared\)\.$/);
  });

  it('does not report different articles, or articles too short to compare', () => {
    expect(corpusRun([STORY, OTHER]).findings.size).toBe(0);
    expect(corpusRun(['Short One\n\nA short note.', 'Short One\n\nA short note.']).findings.size).toBe(0);
  });

  it('keeps 64 numbers per file, not its text', () => {
    const config = defaultConfig();
    const { collected } = lintReport(STORY, report(STORY), { config });
    expect(collected).toHaveLength(1);
    expect(collected[0]!.signature).toHaveLength(64);
    expect(JSON.stringify(collected).length).toBeLessThan(1200);
  });

  it('compares a thousand files in well under a second', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => `${OTHER} Item ${i}.`);
    const config = defaultConfig();
    const corpus = new CorpusCollector();
    texts.forEach((text, i) => corpus.add(i, `f${i}`, lintReport(text, report(text), { config: { ...config, rules: { 'duplicate-article': config.rules['duplicate-article']! } } }).collected, config));
    const started = performance.now();
    const findings = corpus.finish();
    expect(performance.now() - started).toBeLessThan(1000);
    // They differ in one number: each is a near-duplicate of an earlier one.
    expect(findings.size).toBe(999);
  });
});
