import type { Report } from '../types.js';

export interface JsonOptions {
  /** Indent for a single report read by people; NDJSON lines are never indented. */
  pretty?: boolean;
}

/** A report as JSON: one object, or with `pretty: false` one line of NDJSON (newline included). */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  return options.pretty ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`;
}

/**
 * Reports with more findings than this are written in pieces (`jsonPieces`). A 5 MB article has
 * about 60,000 findings and 38 MB of JSON; held whole, that text and its UTF-8 copy for the write
 * were the largest allocations of the run. A news article has a few hundred.
 */
export const PIECEWISE_FINDINGS = 10_000;

/** Characters gathered before a piece is handed on: few enough writes, and small enough to drop at once. */
const PIECE_CHARS = 1 << 16;

/** Whether `report` is large enough to be written with `jsonPieces` rather than `formatJson`. */
export function isLargeReport(report: Report): boolean {
  return report.entities.length + report.quotes.length + report.numbers.length + report.dates.length > PIECEWISE_FINDINGS;
}

/**
 * The text `formatJson` returns, character for character, in pieces of about 64K characters, so
 * a very large report is written without its JSON ever being one string. The report and its
 * arrays are walked here; each finding and each other value is left to `JSON.stringify`.
 */
export function* jsonPieces(report: Report, options: JsonOptions = {}): Generator<string> {
  let gathered = '';
  for (const part of jsonParts(report, options.pretty ? '\n' : null, 0)) {
    gathered += part;
    if (gathered.length >= PIECE_CHARS) {
      yield gathered;
      gathered = '';
    }
  }
  yield `${gathered}\n`;
}

/** How deep the walk goes: the report, then its arrays and `sections`; below that, `JSON.stringify`. */
const WALKED_DEPTH = 2;

/**
 * `value` as `JSON.stringify(value, null, 2)` writes it at `depth` levels of nesting, where
 * `newline` is a line break and the indent of that depth (`null` for unindented JSON).
 */
function* jsonParts(value: unknown, newline: string | null, depth: number): Generator<string> {
  if (depth >= WALKED_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const json = newline === null ? JSON.stringify(value) : JSON.stringify(value, null, 2);
    yield newline === null || newline === '\n' ? json : json.replaceAll('\n', newline);
    return;
  }
  const inner = newline === null ? null : `${newline}  `;
  const entries = Array.isArray(value)
    ? Array.from(value, (item): [string | null, unknown] => [null, isOmitted(item) ? null : item])
    : Object.entries(value).flatMap(([key, item]): Array<[string | null, unknown]> => (isOmitted(item) ? [] : [[key, item]]));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield open + close;
    return;
  }
  yield open;
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!;
    yield (i > 0 ? ',' : '') + (inner ?? '') + (key === null ? '' : JSON.stringify(key) + (inner === null ? ':' : ': '));
    yield* jsonParts(item, inner, depth + 1);
  }
  yield (newline ?? '') + close;
}

/** Values `JSON.stringify` leaves out of an object, and writes as `null` in an array. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
