import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { drained, openSink } from '../../src/cli/output.js';
import { fakeIo } from '../helpers/io.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A stream whose buffer is full after every write until it emits 'drain' on the next turn. */
class SlowStream extends EventEmitter {
  writableNeedDrain = false;
  written = '';
  /** Writes made while the buffer was still full: what a caller that ignores 'drain' does. */
  overruns = 0;
  writes = 0;
  write(chunk: string | Uint8Array): boolean {
    this.writes++;
    if (this.writableNeedDrain) this.overruns++;
    this.written += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    this.writableNeedDrain = true;
    setImmediate(() => {
      this.writableNeedDrain = false;
      this.emit('drain');
    });
    return false;
  }
}

describe('drained', () => {
  it('resolves at once for a stream that has room or is not a Node stream', async () => {
    const settled: string[] = [];
    void drained({ write: () => true }).then(() => settled.push('plain'));
    void drained(new SlowStream() as never).then(() => settled.push('with room'));
    await tick();
    expect(settled).toEqual(['plain', 'with room']);
  });

  it.each(['drain', 'error', 'close'])("waits for a full stream's %s and stops listening", async (event) => {
    const stream = new SlowStream();
    stream.writableNeedDrain = true;
    let settled = false;
    const waiting = drained(stream as never).then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    stream.emit(event, event === 'error' ? new Error('EPIPE') : undefined);
    await waiting;
    expect(['drain', 'error', 'close'].map((name) => stream.listenerCount(name))).toEqual([0, 0, 0]);
  });
});

describe('openSink', () => {
  it('writes an -o file as it goes, so nothing waits in memory for the disk', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-sink-'));
    const sink = openSink(fakeIo({ cwd: dir }), 'out/report.json');
    sink.stream.write('{"a":');
    sink.stream.write(new TextEncoder().encode('"é"}\n'));
    expect(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).toBe('{"a":"é"}\n');
    await sink.drained();
    await sink.close();
  });

  it.skipIf(!existsSync('/dev/full'))('reports a write that failed when the file is closed', async () => {
    const sink = openSink(fakeIo(), '/dev/full');
    sink.stream.write('x');
    await expect(sink.close()).rejects.toThrow('/dev/full: cannot write (no space left on device)');
  });
});

describe('a slow standard output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-slow-'));
  const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
  for (const name of names) writeFileSync(path.join(dir, name), `The council said on Monday that ${name} would close.\n`);
  const slowRun = async (argv: string[]) => {
    const stdout = new SlowStream();
    const code = await main(argv, { ...fakeIo({ cwd: dir }), stdout: stdout as never });
    return { code, stdout };
  };

  it('gets each analyze report only once it has drained', async () => {
    const { code, stdout } = await slowRun(['analyze', ...names, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(stdout.overruns).toBe(0);
    expect(stdout.written.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual(names);
  });

  it('gets a very large report in pieces, each once the last has drained', async () => {
    const sentences = Array.from({ length: 2_100 }, (_, i) => `On Monday, ${i + 12} boats, ${i + 15} cars, 3 buses and ${i + 40} trucks crossed.`);
    writeFileSync(path.join(dir, 'counts.txt'), `Counts\n\n${sentences.join('\n\n')}\n`);
    const { code, stdout } = await slowRun(['analyze', 'counts.txt', '--format', 'json']);
    expect(code).toBe(0);
    expect(stdout.writes).toBeGreaterThan(10);
    expect(stdout.overruns).toBe(0);
    const report = JSON.parse(stdout.written);
    expect(report.numbers.length + report.dates.length).toBeGreaterThan(10_000);
    expect(stdout.written).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('gets the rows of a summary CSV table only once it has drained, from articles and from reports', async () => {
    const fromArticles = await slowRun(['summary', ...names, '--table', 'articles']);
    expect(fromArticles.code).toBe(0);
    expect(fromArticles.stdout.overruns).toBe(0);
    expect(fromArticles.stdout.written.trim().split('\n')).toHaveLength(names.length + 1);

    const reports = fakeIo({ cwd: dir });
    await main(['analyze', ...names, '--format', 'ndjson', '-o', 'reports.ndjson'], reports);
    const fromReports = await slowRun(['summary', '--reports', 'reports.ndjson', '--table', 'articles']);
    expect(fromReports.code).toBe(0);
    expect(fromReports.stdout.overruns).toBe(0);
    expect(fromReports.stdout.written).toBe(fromArticles.stdout.written);
  });
});
