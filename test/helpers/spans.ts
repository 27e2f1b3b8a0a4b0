import { expect } from 'vitest';
import type { Report, Span } from '../../src/types.js';

function isSpan(value: unknown): value is Span {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Span).start === 'number' &&
    typeof (value as Span).end === 'number' &&
    typeof (value as Span).text === 'string'
  );
}

/** Every span-shaped object anywhere in the report, with its JSON path for failure messages. */
export function collectSpans(value: unknown, path = '$', out: Array<{ path: string; span: Span }> = []): Array<{ path: string; span: Span }> {
  if (Array.isArray(value)) value.forEach((item, i) => collectSpans(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    if (isSpan(value)) out.push({ path, span: value });
    for (const [key, child] of Object.entries(value)) collectSpans(child, `${path}.${key}`, out);
  }
  return out;
}

/** Asserts the report contract: `input.slice(start, end) === text` for every span, nothing out of range. */
export function expectSpansHold(input: string, report: Report): number {
  const spans = collectSpans(report);
  for (const { path, span } of spans) {
    expect(span.start, path).toBeGreaterThanOrEqual(0);
    expect(span.end, path).toBeGreaterThanOrEqual(span.start);
    expect(span.end, path).toBeLessThanOrEqual(input.length);
    expect(input.slice(span.start, span.end), path).toBe(span.text);
  }
  return spans.length;
}
