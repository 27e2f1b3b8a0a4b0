/** Lines compared beyond this many cells (old lines × new lines between the common ends) count as all changed. */
const MAX_CELLS = 4_000_000;
const CONTEXT = 3;

type Edit = { kind: ' ' | '-' | '+'; line: string };

/**
 * A unified diff of `before` and `after` under `a/PATH` and `b/PATH`, as `git diff` writes it, so
 * `--fix-dry-run` output can be read, and applied with `git apply` or `patch -p1`. Empty when the
 * texts are equal. Lines keep their own endings, so a CRLF file's diff carries its CRs.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const edits = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < edits.length) {
    if (edits[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: the change, its context, and any change whose context touches it.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (;;) {
      while (end < edits.length && edits[end]!.kind !== ' ') end++;
      let next = end;
      while (next < edits.length && edits[next]!.kind === ' ') next++;
      if (next < edits.length && next - end <= 2 * CONTEXT) end = next;
      else break;
    }
    end = Math.min(edits.length, end + CONTEXT);
    hunks.push(hunk(edits, start, end));
    i = end;
  }
  return `--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}

function hunk(edits: Edit[], start: number, end: number): string {
  let oldStart = 1;
  let newStart = 1;
  for (let k = 0; k < start; k++) {
    if (edits[k]!.kind !== '+') oldStart++;
    if (edits[k]!.kind !== '-') newStart++;
  }
  const body = edits.slice(start, end);
  const oldCount = body.filter((e) => e.kind !== '+').length;
  const newCount = body.filter((e) => e.kind !== '-').length;
  const range = (from: number, count: number) => `${count === 0 ? from - 1 : from}${count === 1 ? '' : `,${count}`}`;
  const lines = body.map((e) => (e.line.endsWith('\n') ? `${e.kind}${e.line}` : `${e.kind}${e.line}\n\\ No newline at end of file\n`));
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${lines.join('')}`;
}

/** Lines with their line endings. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** The shortest edit between two lists of lines: common ends kept, the middle by longest common subsequence. */
function diffLines(a: string[], b: string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const same = (line: string): Edit => ({ kind: ' ', line });
  return [...a.slice(0, head).map(same), ...middle(x, y), ...a.slice(a.length - tail).map(same)];
}

function middle(x: string[], y: string[]): Edit[] {
  if (x.length * y.length > MAX_CELLS) return [...x.map((line): Edit => ({ kind: '-', line })), ...y.map((line): Edit => ({ kind: '+', line }))];
  const width = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * width + j] = x[i] === y[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      edits.push({ kind: ' ', line: x[i++]! });
      j++;
    } else if (j < y.length && (i === x.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      edits.push({ kind: '+', line: y[j++]! });
    } else {
      edits.push({ kind: '-', line: x[i++]! });
    }
  }
  // Removals before additions within each change, as diff tools print them.
  return reorder(edits);
}

function reorder(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  let removed: Edit[] = [];
  let added: Edit[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const e of edits) {
    if (e.kind === ' ') {
      flush();
      out.push(e);
    } else (e.kind === '-' ? removed : added).push(e);
  }
  flush();
  return out;
}
