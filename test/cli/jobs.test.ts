import { describe, expect, it } from 'vitest';
import { crossingResult, type JobResult } from '../../src/cli/jobs.js';

describe('crossingResult', () => {
  const report = '{"schemaVersion":"x","title":"Café owners say “no”"}\n';

  it('sends an analyze report across as its UTF-8 bytes', () => {
    const result = crossingResult({ ok: true, kind: 'analyze', output: report, label: 'Café' });
    expect(result.ok && result.kind === 'analyze' && result.output).toBeInstanceOf(Uint8Array);
    expect(result.ok && result.kind === 'analyze' && new TextDecoder().decode(result.output as Uint8Array)).toBe(report);
    expect(result.ok && result.kind === 'analyze' && result.label).toBe('Café');
  });

  it('sends a report written in pieces across as the bytes of the whole', () => {
    const pieces = ['{"title":', '"Café owners say “no”"', '}\n'];
    const result = crossingResult({ ok: true, kind: 'analyze', output: { pieces }, label: 'Café' });
    expect(result.ok && result.kind === 'analyze' && new TextDecoder().decode(result.output as Uint8Array)).toBe(pieces.join(''));
  });

  it.each<[string, JobResult]>([
    ['a failure', { ok: false, problem: 'file is empty' }],
    ['a lint result', { ok: true, kind: 'lint', lint: { source: 'a.txt', messages: [] } as never }],
    ['a report for summary', { ok: true, kind: 'report', report: { source: 'a.txt' } as never }],
    ['an analyze report already in bytes', { ok: true, kind: 'analyze', output: new Uint8Array([123, 125]), label: 'a' }],
  ])('leaves %s as it is', (_, given) => {
    expect(crossingResult(given)).toBe(given);
  });
});
