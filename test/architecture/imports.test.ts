import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, folderOf, readSources, SRC } from '../helpers/import-graph.js';

const files = readSources();

/**
 * Layers from the bottom: a file may import its own layer and the ones below, never above. Two
 * folders of one layer may not import each other (the cycle check below).
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['types', 'lexicon'],
  ['nlp'],
  ['article'],
  ['passes'],
  ['analyze'],
  ['report', 'eval', 'summary'],
  ['config', 'lint'],
  ['index', 'cli'],
];
const rank = new Map(LAYERS.flatMap((names, i) => names.map((name) => [name, i] as const)));

describe('the source tree', () => {
  it('knows every top-level folder and file of src/', () => {
    const unknown = [...new Set(files.map((f) => folderOf(f.file)))].filter((layer) => !rank.has(layer));
    expect(unknown).toEqual([]);
  });

  it('imports only its own layer and the layers below', () => {
    const upward: string[] = [];
    for (const { file, imports } of files) {
      const from = rank.get(folderOf(file))!;
      for (const target of imports) {
        const to = rank.get(folderOf(target));
        if (to !== undefined && to > from) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no two folders that import each other', () => {
    expect(folderCycles(folderEdges(files, 1))).toEqual([]);
    expect(folderCycles(folderEdges(files, 2))).toEqual([]);
  });

  it('imports compromise and chrono-node only in src/nlp', () => {
    const outside = files.filter((f) => !f.file.startsWith('nlp/') && f.packages.some((p) => p === 'compromise' || p === 'chrono-node'));
    expect(outside.map((f) => f.file)).toEqual([]);
  });

  it('touches files, the process and the console only in src/cli', () => {
    const io = new Set(['node:fs', 'node:fs/promises', 'node:child_process', 'node:worker_threads', 'node:readline', 'node:process']);
    const outside = files.filter((f) => !f.file.startsWith('cli/')).filter((f) => {
      const text = readFileSync(path.join(SRC, f.file), 'utf8');
      return f.packages.some((p) => io.has(p)) || /\bprocess\.(?:env|exit|stdout|stderr|argv|cwd)\b|\bconsole\.\w+\(/.test(text);
    });
    expect(outside.map((f) => f.file)).toEqual([]);
  });

  it('keeps every file under 450 lines', () => {
    expect(files.filter((f) => f.lines > 450).map((f) => `${f.file} (${f.lines})`)).toEqual([]);
  });
});
