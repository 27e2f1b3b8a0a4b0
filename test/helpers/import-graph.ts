/**
 * The import graph of src/ by folder, read from the source text. Run it to see the layers:
 *   npx tsx test/helpers/import-graph.ts
 * prints each folder's imports of other folders (with counts) and any cycle between folders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

export interface SourceFile {
  /** Path relative to src/, with forward slashes. */
  file: string;
  lines: number;
  /** Relative imports resolved to paths under src/, and bare package names. */
  imports: string[];
  packages: string[];
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|createRequire\([^)]*\)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function readSources(dir = SRC, root = dir): SourceFile[] {
  const files: SourceFile[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      files.push(...readSources(full, root));
      continue;
    }
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(full, 'utf8');
    const imports: string[] = [];
    const packages: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = m[1] ?? m[2] ?? m[3]!;
      if (target.startsWith('.')) imports.push(path.relative(root, path.resolve(path.dirname(full), target)).split(path.sep).join('/').replace(/\.js$/, '.ts'));
      else packages.push(target.startsWith('node:') ? target : target.split('/').slice(0, target.startsWith('@') ? 2 : 1).join('/'));
    }
    files.push({ file: path.relative(root, full).split(path.sep).join('/'), lines: text.split('\n').length, imports, packages });
  }
  return files;
}

/**
 * The layer a file belongs to: its first directory under src/ ("passes", "lint"), or for a file at
 * the top its own name ("analyze", "types"). With `depth` 2, subfolders count on their own
 * ("passes/dates"), and a file directly in a folder counts as that folder.
 */
export function folderOf(file: string, depth = 1): string {
  const parts = file.replace(/\.ts$/, '').split('/');
  if (parts.length === 1) return parts[0]!;
  return parts.slice(0, Math.min(depth, parts.length - 1)).join('/');
}

/** Whether one folder contains the other: a folder and its subfolders may import each other. */
function nested(a: string, b: string): boolean {
  return a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** Edges between folders at `depth`, with how many imports make each one. */
export function folderEdges(files: SourceFile[], depth = 1): Map<string, Map<string, number>> {
  const edges = new Map<string, Map<string, number>>();
  for (const { file, imports } of files) {
    const from = folderOf(file, depth);
    for (const target of imports) {
      if (target.startsWith('..')) continue;
      const to = folderOf(target, depth);
      if (to === from || nested(from, to)) continue;
      const out = edges.get(from) ?? new Map<string, number>();
      out.set(to, (out.get(to) ?? 0) + 1);
      edges.set(from, out);
    }
  }
  return edges;
}

/** Pairs of folders that import each other, directly or through others. */
export function folderCycles(edges: Map<string, Map<string, number>>): string[][] {
  const cycles: string[][] = [];
  const reach = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(edges.get(from)?.keys() ?? [])].some((next) => reach(next, to, seen));
  };
  for (const [from, out] of edges) for (const to of out.keys()) if (from < to && reach(to, from)) cycles.push([from, to]);
  return cycles;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // Optional argument: another checkout's src/ folder, to compare.
  const files = readSources(process.argv[2] ? path.resolve(process.argv[2]) : SRC);
  for (const depth of [1, 2]) {
    const edges = folderEdges(files, depth);
    console.log(depth === 1 ? 'layers:' : 'folders:');
    for (const from of [...edges.keys()].sort()) {
      const out = [...edges.get(from)!].sort(([a], [b]) => a.localeCompare(b)).map(([to, n]) => `${to} (${n})`);
      console.log(`  ${from} → ${out.join(', ')}`);
    }
    const cycles = folderCycles(edges);
    console.log(cycles.length ? `  cycles: ${cycles.map((c) => c.join(' ⇄ ')).join('; ')}` : '  cycles: none');
  }
}
