import type { Range } from './rule.js';

/**
 * The one safe edit a finding offers, as ESLint writes it: replace the text in `range` (offsets into
 * the decoded text, end exclusive) with `text`. Plain data, so it travels in JSON results.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** What applying a set of fixes did: the new text, and which fixes went in and which were left for a later pass. */
export interface AppliedFixes {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

/**
 * Applies fixes that do not overlap, in text order. A fix that overlaps or touches one already
 * applied is skipped, as ESLint does: two edits of the same stretch cannot both be right, and the
 * next pass, on the edited text, offers it again if it still applies.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const parts: string[] = [];
  let last = -1;
  let copied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= last || start < 0 || end < start || end > text.length) {
      skipped.push(fix);
      continue;
    }
    parts.push(text.slice(copied, start), fix.text);
    copied = end;
    last = end;
    applied.push(fix);
  }
  parts.push(text.slice(copied));
  return { output: parts.join(''), applied, skipped };
}

/** ESLint's limit: fixes that keep making new fixes stop after this many passes. */
export const MAX_FIX_PASSES = 10;

/**
 * Lints, applies the fixes found, and lints the result again until no fix applies or
 * `MAX_FIX_PASSES` passes have run. Returns the last lint (the problems that remain) with `output`,
 * the fixed text, when anything changed.
 */
export function fixText<R extends { messages: ReadonlyArray<{ fix?: Fix }> }>(text: string, lint: (text: string) => R): R & { output?: string } {
  let current = text;
  let result = lint(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output } = applyFixes(current, fixes);
    if (output === current) break;
    current = output;
    result = lint(current);
  }
  return current === text ? result : { ...result, output: current };
}

/**
 * A fix that removes the whole lines `range` lies on, with the blank lines after them (or, at the
 * end of the text, before them), so no gap is left where they were. Null when the range shares a
 * line with other text: then removing lines would take words that are not the finding's.
 */
export function removeLines(text: string, range: Range): Fix | null {
  let start = range.start;
  while (start > 0 && isBlank(text[start - 1]!)) start--;
  if (start > 0 && !isBreak(text[start - 1]!)) return null;
  let end = range.end;
  while (end < text.length && isBlank(text[end]!)) end++;
  if (end < text.length && !isBreak(text[end]!)) return null;
  // Take the line break and every blank line after it.
  let after = end;
  while (after < text.length && (isBlank(text[after]!) || isBreak(text[after]!))) after++;
  if (after < text.length) return { range: [start, lastLineStart(text, start, after)], text: '' };
  // The last lines of the text: remove the breaks before them too, keeping a final line break if there was one.
  let before = start;
  while (before > 0 && (isBlank(text[before - 1]!) || isBreak(text[before - 1]!))) before--;
  const finalBreak = before > 0 && isBreak(text[text.length - 1] ?? '') ? (/\r\n|\n|\r/.exec(text.slice(before))?.[0] ?? '') : '';
  return { range: [before, text.length], text: finalBreak };
}

/** The start of the line `after` is on, so the removed stretch ends in a line break and never cuts one. */
function lastLineStart(text: string, from: number, after: number): number {
  let k = after;
  while (k > from && !isBreak(text[k - 1]!)) k--;
  return k;
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';
const isBreak = (c: string) => c === '\n' || c === '\r';
