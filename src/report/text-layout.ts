import { terminalLine } from './terminal-text.js';
import { displayWidth, fitColumns } from './display-width.js';

/** The narrowest width the text report keeps its columns in; `--width` accepts no less. */
export const MIN_WIDTH = 40;

/** How a stretch of a cell is drawn (a chalk colour, or nothing); applied after layout, so widths never count escape codes. */
export type Style = (text: string) => string;

/** A stretch of a cell's text with one style; a cell is runs laid end to end. */
export interface Run {
  text: string;
  style?: Style;
}

/** One column of a table: its cells, one per row, how many lines a cell may take (then `…`), and how far its later lines indent. */
export interface Column {
  cells: ReadonlyArray<readonly Run[]>;
  maxLines?: number;
  hang?: number;
  /** Short labels and types keep their width; other columns give way when the line is narrow. */
  fixed?: boolean;
}

/** A line of a cell: a range of the cell's flattened text, and whether it ends in `…`. */
interface Line {
  start: number;
  end: number;
  ellipsis: boolean;
}

const plain: Style = (text) => text;

/** A cell's text flattened to one line, with its styles. */
interface Flat {
  text: string;
  styles: Styled[];
}

/** A style and the offset in the flattened text where it begins; it lasts until the next one. */
interface Styled {
  from: number;
  style: Style;
}

/** The text the runs spell, whitespace collapsed to single spaces so line breaks fall only there, and where each run's style begins. */
function flatten(runs: readonly Run[]): Flat {
  let text = '';
  const styles: Styled[] = [];
  for (const run of runs) {
    let part = terminalLine(run.text);
    if (text === '' || text.endsWith(' ')) part = part.replace(/^ /, '');
    if (part) styles.push({ from: text.length, style: run.style ?? plain });
    text += part;
  }
  return { text: text.trimEnd(), styles };
}

/**
 * Breaks flattened text into lines of at most `width` columns, at spaces; a word wider than a
 * whole line is the only thing cut, between graphemes. Past `maxLines`, the last line ends in `…`.
 */
function breakLines(text: string, first: number, maxLines: number, hang: number): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    const width = lines.length === 0 ? first : Math.max(1, first - hang);
    if (lines.length === maxLines - 1 && displayWidth(text.slice(pos)) > width) {
      lines.push(shortened(text, pos, width));
      break;
    }
    const end = lineEnd(text, pos, width);
    lines.push({ start: pos, end, ellipsis: false });
    pos = text[end] === ' ' ? end + 1 : end;
  }
  return lines;
}

/** Where a line starting at `pos` ends: after the last whole word that fits, else mid-word. */
function lineEnd(text: string, pos: number, width: number): number {
  let end = pos;
  let used = 0;
  const words = /[^ ]+/g;
  words.lastIndex = pos;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const w = displayWidth(m[0]) + (end > pos ? 1 : 0);
    if (used + w > width) break;
    used += w;
    end = m.index + m[0].length;
  }
  return end > pos ? end : fitColumns(text, pos, text.length, width);
}

/** The rest of the text from `pos` shortened to one line that ends in `…`, at a word boundary when one is near. */
function shortened(text: string, pos: number, width: number): Line {
  const end = lineEnd(text, pos, width - 1);
  const cut = fitColumns(text, pos, text.length, width - 1);
  // A word boundary that wastes more than a third of the line reads worse than a cut word.
  const near = displayWidth(text.slice(pos, end)) >= ((width - 1) * 2) / 3;
  return { start: pos, end: near ? end : cut - (text[cut - 1] === ' ' && cut - 1 > pos ? 1 : 0), ellipsis: true };
}

/** A line of the cell with each run's style applied to its part, and the `…` in the style it cuts. */
function render(text: string, styles: readonly Styled[], line: Line): string {
  let out = '';
  let last: Style = plain;
  styles.forEach(({ from, style }, i) => {
    const to = styles[i + 1]?.from ?? text.length;
    const a = Math.max(from, line.start);
    const b = Math.min(to, line.end);
    if (a < b) out += style(text.slice(a, b));
    if (from < line.end) last = style;
  });
  return line.ellipsis ? out + last('…') : out;
}

/**
 * A cell laid out at `width` columns, lines after the first indented by `hang` more: its lines,
 * styled, and the plain width of each (indent included).
 */
export function wrapRuns(runs: readonly Run[], width: number, maxLines = Number.POSITIVE_INFINITY, hang = 0): Array<{ text: string; width: number }> {
  return wrapFlat(flatten(runs), width, maxLines, hang);
}

function wrapFlat({ text, styles }: Flat, width: number, maxLines: number, hang: number): Array<{ text: string; width: number }> {
  const indent = Math.min(hang, Math.max(0, width - 1));
  return breakLines(text, Math.max(1, width), maxLines, indent).map((line, i) => {
    const pad = i === 0 ? '' : ' '.repeat(indent);
    return { text: pad + render(text, styles, line), width: pad.length + displayWidth(text.slice(line.start, line.end)) + (line.ellipsis ? 1 : 0) };
  });
}

/**
 * Column widths that fit `available` columns: every column but the last at its natural width when
 * they all fit; otherwise the widest ones not `fixed` shrink (their cells wrap) so the last keeps a
 * fair share.
 */
export function columnWidths(natural: readonly number[], available: number, gap: number, fixed: readonly boolean[] = []): number[] {
  const last = natural.length - 1;
  const room = available - gap * last;
  const others = natural.slice(0, last);
  const lastWant = Math.min(natural[last]!, Math.max(12, Math.floor(room * 0.4)));
  const kept = others.reduce((sum, n, i) => sum + (fixed[i] ? n : 0), 0);
  // Too narrow even for the fixed columns: every column gives way.
  const keep = kept + others.length + lastWant <= room;
  const budget = Math.max(others.length, room - lastWant - (keep ? kept : 0));
  const shrinks = (i: number) => !keep || !fixed[i];
  let cap = Math.max(...others.filter((_, i) => shrinks(i)), 0);
  while (cap > 1 && others.reduce((sum, n, i) => sum + (shrinks(i) ? Math.min(n, cap) : 0), 0) > budget) cap--;
  const widths = others.map((n, i) => (shrinks(i) ? Math.min(n, cap) : n));
  return [...widths, Math.max(1, room - widths.reduce((sum, w) => sum + w, 0))];
}

/**
 * Rows of cells aligned in columns within `width` columns, after `indent` spaces; a cell too long
 * for its column wraps onto the next lines of its row, under itself.
 */
export function table(columns: readonly Column[], width: number, indent = 2, gap = 2): string[] {
  const rows = columns[0]?.cells.length ?? 0;
  if (rows === 0) return [];
  const flat = columns.map((column) => column.cells.map(flatten));
  const natural = flat.map((cells) => Math.max(1, ...cells.map((cell) => displayWidth(cell.text))));
  const widths = columnWidths(
    natural,
    width - indent,
    gap,
    columns.map((column) => column.fixed === true),
  );
  const out: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cells = columns.map((column, i) => wrapFlat(flat[i]![row]!, widths[i]!, column.maxLines ?? Number.POSITIVE_INFINITY, column.hang ?? 0));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let l = 0; l < height; l++) {
      const parts = cells.map((lines, i) => {
        const line = lines[l] ?? { text: '', width: 0 };
        return i === cells.length - 1 ? line.text : line.text + ' '.repeat(widths[i]! - line.width + gap);
      });
      out.push(`${' '.repeat(indent)}${parts.join('')}`.trimEnd());
    }
  }
  return out;
}
