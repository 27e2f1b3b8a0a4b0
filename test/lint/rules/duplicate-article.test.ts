import { describe, expect, it } from 'vitest';
import { CorpusCollector } from '../../../src/lint/corpus.js';
import { defaultConfig } from '../../../src/lint/lint-text.js';
import { lintReport, report } from '../helpers.js';
import { corpusRuleTester } from '../rule-tester.js';

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
const TITLE = 'Harbor Ferry Service Resumes After Storm Repairs';

corpusRuleTester('duplicate-article', {
  valid: [
    { name: 'different articles', files: { 'a.txt': STORY, 'b.txt': OTHER } },
    { name: 'articles too short to compare', files: { 'a.txt': 'Short One\n\nA short note.', 'b.txt': 'Short One\n\nA short note.' } },
    { name: 'an edited copy below a stricter threshold', files: { 'a.txt': STORY, 'b.txt': STORY.replace('Friday', 'Saturday').replace('next week', 'in May') }, options: { threshold: 1 } },
  ],
  invalid: [
    {
      name: 'the later of two near-duplicates, on its title, naming the earlier',
      files: { 'f0.txt': STORY, 'f1.txt': OTHER, 'f2.txt': STORY.replace('Friday', 'Saturday') },
      errors: [{ file: 'f2.txt', messageId: 'duplicate', data: { other: 'f0.txt', percent: 88 }, text: TITLE }],
    },
    {
      name: 'an exact copy',
      files: { 'a.txt': STORY, 'b.txt': STORY },
      errors: [{ file: 'b.txt', messageId: 'duplicate', data: { other: 'a.txt', percent: 100 }, text: TITLE }],
    },
  ],
});

describe('duplicate-article signatures', () => {
  it('keep 64 numbers per file, not its text', () => {
    const { collected } = lintReport(STORY, report(STORY), { config: defaultConfig() });
    expect(collected).toHaveLength(1);
    expect(collected[0]!.signature).toHaveLength(64);
    expect(JSON.stringify(collected).length).toBeLessThan(1200);
  });

  it('find every near-duplicate among a thousand files', () => {
    const config = defaultConfig();
    const only = { ...config, rules: { 'duplicate-article': config.rules['duplicate-article']! } };
    const corpus = new CorpusCollector();
    for (let i = 0; i < 1000; i++) {
      const text = `${OTHER} Item ${i}.`;
      corpus.add(i, `f${i}`, lintReport(text, report(text), { config: only }).collected, config);
    }
    // They differ in one number: each is a near-duplicate of an earlier one.
    expect(corpus.finish().size).toBe(999);
  });
});
