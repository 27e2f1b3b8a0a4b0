import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs examples/dask/run.py on a two-worker LocalCluster, as the README tells, and checks it
 * against plain `newsx analyze`. Needs Python with Dask distributed (Debian's python3-distributed,
 * which .ci/run installs): NEWSX_PYTHON, else /usr/bin/python3, else python3 on the PATH.
 */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/newsx.js');
const script = path.join(root, 'examples/dask/run.py');
const python = [process.env.NEWSX_PYTHON, '/usr/bin/python3', 'python3'].find((candidate) => candidate && spawnSync(candidate, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
const skip = python ? '' : ' (skipped: no Python with Dask distributed; apt-get install python3-distributed, or set NEWSX_PYTHON)';
if (!python) console.warn(`test/integration/dask.test.ts${skip}`);

let dir: string;

function run(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const newsx = (args: string[], input?: string) => run(process.execPath, [bin, ...args], input);
const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const sources = (text: string) => lines(text).map((line) => (JSON.parse(line) as { source: string }).source);

/** Short wire stories from a few templates, each different: names, places, numbers and dates to find. */
function generatedArticle(i: number): { id: string; text: string; dct?: string } {
  const people = ['Mara Quill', 'Tobias Wren', 'Ines Calloway', 'Dev Okafor', 'Lena Stroud', 'Piet Harrow'];
  const towns = ['Eastbrook', 'Millford', 'Port Alder', 'Kestrel Bay', 'Northgate'];
  const bodies = ['the Eastbrook Water Board', 'Millford District Council', 'the Harbour Pilots Union', 'Northgate General Hospital'];
  const person = people[i % people.length]!;
  const town = towns[(i * 7) % towns.length]!;
  const body = bodies[(i * 3) % bodies.length]!;
  const n = 12 + ((i * 37) % 400);
  const stories = [
    `${town} bridge to close for repairs\n\nThe old bridge in ${town} will close for ${n} days from Monday, ${body} said on Tuesday.\n\n"We have waited long enough for this work," said ${person}, who chairs the board. Traffic will divert through the ring road, adding about ${n % 30} minutes to a crossing.\n\nThe repairs will cost £${n}.5 million, a third more than planned last year.`,
    `Rainfall record broken in ${town}\n\n${town} recorded ${n} millimetres of rain in March, the wettest month since 1987.\n\n${person} of ${body} said the drains had coped "better than anyone feared". Officials said the river would stay high until the weekend.`,
    `${body} approves ${n} new jobs\n\nPlans for ${n} jobs at a depot near ${town} were approved on Wednesday after a two-hour debate.\n\n${person} told the meeting the depot would open in the spring. "It is a good day for the town," ${person.split(' ')[0]} said. About 40% of the posts will be part-time.`,
  ];
  const text = stories[i % stories.length]!;
  return i % 4 === 0 ? { id: `gen-${i}`, text } : { id: `gen-${i}`, text, dct: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` };
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'newsx-dask-'));
});

describe.skipIf(!python)(`newsx on a Dask LocalCluster of two workers${skip}`, () => {
  it('gives every record back exactly once, in order, with the report plain newsx analyze gives, naming the bad ones', () => {
    const fixtures = [path.join(root, 'fixtures/000_a8d46ff2df23af88.txt'), ...readdirSync(path.join(root, 'fixtures/articles')).map((f) => path.join(root, 'fixtures/articles', f))];
    const records = [
      ...fixtures.map((file) => ({ id: path.basename(file), text: readFileSync(file, 'utf8'), dct: '2025-03-14' })),
      ...Array.from({ length: 240 }, (_, i) => generatedArticle(i)),
    ].map((record) => JSON.stringify(record));
    records.splice(100, 0, '{"id": "broken", "text": ');
    records.splice(180, 0, JSON.stringify({ id: 'bad-date', text: 'Rain fell.', dct: '14/03/2025' }));
    writeFileSync(path.join(dir, 'records.ndjson'), `${records.join('\n')}\n`);

    const dask = run(python!, [script, 'records.ndjson', '--workers', '2', '--partition-size', '40', '--newsx', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`, '-o', 'reports.ndjson', '--summary', 'summary.json', '--summary-format', 'json']);
    const plain = newsx(['analyze', '--input', 'ndjson', '--format', 'ndjson', '--concurrency', 'off'], readFileSync(path.join(dir, 'records.ndjson'), 'utf8'));

    expect(dask.code, dask.err).toBe(1);
    expect(lines(dask.err)).toEqual([
      'run.py: records.ndjson:101: not a JSON object',
      'run.py: records.ndjson:181 (id bad-date): record\'s "dct" is not an ISO date (YYYY-MM-DD): "14/03/2025"',
    ]);
    const reports = readFileSync(path.join(dir, 'reports.ndjson'), 'utf8');
    const expected = records.flatMap((line) => (line.startsWith('{"id": "broken"') || line.includes('bad-date') ? [] : [String(JSON.parse(line).id)]));
    expect(sources(reports)).toEqual(expected);
    expect(new Set(sources(reports)).size).toBe(expected.length);
    expect(lines(reports)).toEqual(lines(plain.out));
    expect(JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')).articles).toMatchObject({ analysed: expected.length });
  }, 180_000);

  it('reads a folder, names the files it cannot read, and reports a partition whose newsx died', () => {
    cpSync(path.join(root, 'fixtures/lint/corpus'), path.join(dir, 'corpus'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus/plain-unlucky.txt'), 'KILL-THIS-PARTITION\n\nThe depot opened on Monday.\n');
    // A newsx that dies by a signal on the partition holding the marker, as an out-of-memory kill would.
    writeFileSync(path.join(dir, 'dying-newsx'), `#!/bin/sh\ninput=$(cat)\ncase "$input" in *KILL-THIS-PARTITION*) kill -9 $$;; esac\nprintf '%s\\n' "$input" | exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} "$@"\n`);
    chmodSync(path.join(dir, 'dying-newsx'), 0o755);

    const dask = run(python!, [script, 'corpus', '--workers', '2', '--partition-size', '2', '--newsx', path.join(dir, 'dying-newsx')]);
    const plain = newsx(['analyze', 'corpus', '--format', 'ndjson', '--concurrency', 'off']);

    expect(dask.code, dask.err).toBe(3);
    const err = lines(dask.err);
    // The same words as newsx: the example decodes files by its rules.
    expect(err.slice(0, 2)).toEqual(lines(plain.err).map((line) => line.replace(/^newsx:/, 'run.py:')));
    const died = err.findIndex((line) => /^run\.py: partition from corpus\/\S+: newsx died \(killed by signal 9; .*\); 2 of its records have no report:$/.test(line));
    expect(died, dask.err).toBeGreaterThan(-1);
    const lost = err.slice(died + 1, died + 3).map((line) => /^run\.py: {3}(\S+)$/.exec(line)?.[1]);
    expect(lost).toContain('corpus/plain-unlucky.txt');
    expect(lines(dask.out)).toEqual(lines(plain.out).filter((line) => !lost.includes(JSON.parse(line).source)));
    expect(sources(dask.out)).toContain('corpus/seed.txt');
  }, 120_000);
});
