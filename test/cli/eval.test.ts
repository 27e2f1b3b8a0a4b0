import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/io.js';

const root = path.resolve(__dirname, '../..');

async function run(argv: string[]) {
  const io = fakeIo({ cwd: root });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsx eval', () => {
  it('scores every task the gold annotates and ends with the headline figures', async () => {
    const { code, out, err } = await run(['eval', '--gold', 'fixtures/eval/mini.jsonl']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(out).toContain('entities on 1 documents');
    expect(out).toContain('quotes on 1 documents');
    expect(out).toContain('dates on 1 documents');
    expect(lines.at(-1)).toMatch(/^dates: relaxed all F1 (0|1)\.\d{3} \(P \d\.\d{3}, R \d\.\d{3}\)$/);
    expect(lines.at(-3)).toMatch(/^entities: strict overall F1 \d\.\d{3}/);
  });

  it('measures one task with --task and writes JSON with --format json', async () => {
    const { code, out } = await run(['eval', '--gold', 'fixtures/eval/mini.jsonl', '--task', 'entities', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.tasks.map((t: { task: string }) => t.task)).toEqual(['entities']);
    const headline = result.tasks[0].headline;
    expect(headline.name).toBe('strict overall');
    expect(headline.tp + headline.fn).toBe(5);
  });

  it('lists each error with its document, span, reading and a line of context with --errors', async () => {
    const { code, out } = await run(['eval', '--gold', 'fixtures/eval/mini.jsonl', '--errors']);
    expect(code).toBe(0);
    expect(out).toContain('entities: 1 error (document, kind, offsets, gold → newsx, context)');
    expect(out).toMatch(/\n {2}mini-1 {2}wrong {4}144-150 {2}ORG → LOC "Airbus" {2}….*⟦Airbus⟧ there last year\.\n/);
    expect(out).toContain('quotes: 0 errors');
    const json = JSON.parse((await run(['eval', '--gold', 'fixtures/eval/mini.jsonl', '--task', 'entities', '--errors', '--format', 'json'])).out);
    expect(json.tasks[0].errors).toEqual([
      expect.objectContaining({ document: 'mini-1', kind: 'wrong', start: 144, end: 150, text: 'Airbus', expected: 'ORG', found: 'LOC "Airbus"' }),
    ]);
    const plain = JSON.parse((await run(['eval', '--gold', 'fixtures/eval/mini.jsonl', '--format', 'json'])).out);
    expect(plain.tasks[0].errors).toBeUndefined();
  });

  it.each([
    [['eval', '--gold', 'fixtures/eval/broken.jsonl'], 'newsx: fixtures/eval/broken.jsonl:2: not valid JSON\n'],
    [['eval', '--gold', 'fixtures/eval/none.jsonl'], 'newsx: fixtures/eval/none.jsonl: cannot read (ENOENT)\n'],
  ])('exits 2 with one line for bad gold: %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toBe(message);
  });
});
