import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { displayWidth } from '../../src/report/display-width.js';
import type { Report } from '../../src/types.js';
import { fakeIo } from '../helpers/io.js';
import { expectSpansHold } from '../helpers/spans.js';

const fixtures = path.resolve(__dirname, '../../fixtures');
const seedPath = path.join(fixtures, '000_a8d46ff2df23af88.txt');
const seed = readFileSync(seedPath, 'utf8');
let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'newsx-analyze-'));
  mkdirSync(path.join(corpus, 'nested'));
  writeFileSync(path.join(corpus, 'a.txt'), 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n');
  writeFileSync(path.join(corpus, 'nested', 'b.md'), '# Rain\n\nRain fell for three hours.\n');
  writeFileSync(path.join(corpus, 'empty.txt'), '');
  writeFileSync(path.join(corpus, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(path.join(corpus, 'latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
  writeFileSync(path.join(corpus, 'crlf-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r\n'))]));
  writeFileSync(path.join(corpus, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Storm hits coast\n\nA storm hit.\n', 'utf16le')]));
  writeFileSync(path.join(corpus, 'notes.csv'), 'not,an,article\n');
});

async function run(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo({ cwd: corpus, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function ndjson(out: string): Report[] {
  return out.trim().split('\n').map((line) => JSON.parse(line) as Report);
}

describe('newsx analyze (in-process)', () => {
  it('prints one pretty JSON object for one input when piped', async () => {
    const { code, out, err } = await run(['analyze', seedPath]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.source).toBe(seedPath);
    expect(report.sections.body?.paragraphs).toHaveLength(8);
    expect(out.split('\n').length).toBeGreaterThan(10);
    expectSpansHold(seed, report);
  });

  it('prints NDJSON for several inputs, in input order, and reports each bad file on one line', async () => {
    const { code, out, err } = await run(['analyze', 'a.txt', 'binary.txt', 'latin1.txt', 'empty.txt', 'missing.txt', 'nested']);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      'newsx: binary.txt: binary file (NUL byte at offset 4)',
      'newsx: latin1.txt: not valid UTF-8 (byte 0xe9 at line 1, column 4); read as Windows-1252',
      'newsx: missing.txt: no such file',
    ]);
    const reports = ndjson(out);
    expect(reports.map((r) => r.source)).toEqual(['a.txt', 'latin1.txt', 'empty.txt', path.join('nested', 'b.md')]);
    expect(reports[2]!.sections).toEqual({ headline: null, preamble: null, title: null, body: null, insights: null });
    expect(reports[2]!.entities).toEqual([]);
  });

  it('expands quoted globs itself and skips files that are not articles in directories', async () => {
    const { out } = await run(['analyze', '**/*.md', '--format', 'ndjson']);
    expect(ndjson(out).map((r) => r.source)).toEqual([path.join('nested', 'b.md')]);
  });

  it('reads stdin for -', async () => {
    const { code, out } = await run(['analyze', '-'], { stdin: seed });
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.source).toBe('<stdin>');
    expect(report.sections.title?.text).toBe("Donald Trump's Special Envoy Meets Putin on Ukraine Crisis:");
  });

  it('keeps offsets right in a CRLF file with a BOM and decodes UTF-16', async () => {
    const { code, out } = await run(['analyze', 'crlf-bom.txt', 'utf16.txt', '--format', 'ndjson']);
    expect(code).toBe(0);
    const [crlf, utf16] = ndjson(out);
    const text = seed.replace(/\n/g, '\r\n');
    expectSpansHold(text, crlf!);
    expect(crlf!.sections.body?.paragraphs).toHaveLength(8);
    expect(utf16!.sections.title?.text).toBe('Storm hits coast');
  });

  it('writes -o files and keeps stdout empty', async () => {
    const target = path.join(corpus, 'out.md');
    const { code, out } = await run(['analyze', seedPath, '--format', 'md', '-o', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const md = readFileSync(target, 'utf8');
    expect(md).toMatch(/^# Donald Trump's Special Envoy/);
    expect(md).toContain('## Entities (15)');
  });

  it('refuses files over --max-bytes but analyses the rest', async () => {
    const { code, out, err } = await run(['analyze', 'a.txt', seedPath, '--max-bytes', '1000']);
    expect(code).toBe(1);
    expect(err).toMatch(/^newsx: .*000_a8d46ff2df23af88\.txt: file is \d+ bytes, over the 1000-byte limit \(--max-bytes\)\n$/);
    expect(ndjson(out)).toHaveLength(1);
  });

  it('reports a path under a file as one line and still analyses the rest', async () => {
    const { code, err, out } = await run(['analyze', 'a.txt/inside.txt', 'a.txt']);
    expect(code).toBe(1);
    expect(err).toBe('newsx: a.txt/inside.txt: a parent of this path is not a directory\n');
    expect(ndjson(out)).toHaveLength(1);
  });

  it.each([
    [['analyze', 'a.txt', '--format', 'xml'], /newsx: option '-f, --format <format>' argument 'xml' is invalid/],
    [['analyze', 'a.txt', '--ref-date', '2025-02-30'], /expected a date as YYYY-MM-DD/],
    [['analyze', 'a.txt', '--bogus'], /unknown option '--bogus'/],
    [['analyze', 'nothing/**/*.txt'], /newsx: nothing\/\*\*\/\*\.txt: no files matched\nnewsx: no inputs matched/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /Usage: newsx/],
  ])('exits 2 on usage errors: %j', async (argv, message) => {
    const { code, err, out } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('answers --help and --version on stdout with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('analyze');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).version);
  });

  it('uses the text report on a terminal, coloured unless NO_COLOR is set', async () => {
    const coloured = await run(['analyze', seedPath], { tty: true });
    expect(coloured.out).toContain('\u001b[');
    expect(coloured.out).toContain('Entities');
    const plain = await run(['analyze', seedPath], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.out).not.toContain('\u001b[');
    const forced = await run(['analyze', seedPath, '--format', 'text'], { env: { FORCE_COLOR: '1' } });
    expect(forced.out).toContain('\u001b[');
    const flag = await run(['analyze', seedPath, '--no-color'], { tty: true });
    expect(flag.out).not.toContain('\u001b[');
  });

  it.each([
    ['the terminal\'s columns', [], { tty: true, env: { NO_COLOR: '1', COLUMNS: '60' } }, 100],
    ['COLUMNS when not on a terminal', ['--format', 'text'], { env: { COLUMNS: '60' } }, 60],
    ['80 when nothing says', ['--format', 'text'], {}, 80],
    ['--width over everything', ['--format', 'text', '--width', '50'], { tty: true, env: { COLUMNS: '60' } }, 50],
    ['a COLUMNS that is not a number is ignored', ['--format', 'text'], { env: { COLUMNS: 'wide' } }, 80],
  ] as const)('fits the text report to %s', async (_, flags, options, width) => {
    const { code, out } = await run(['analyze', seedPath, ...flags], options);
    expect(code).toBe(0);
    const widths = out.split('\n').map((line) => displayWidth(line.replace(/\u001b\[[0-9;]*m/g, '')));
    expect(Math.max(...widths)).toBe(width);
  });

  it.each([['39'], ['abc'], ['1.5']])('refuses --width %s as a usage error', async (value) => {
    const { code, err } = await run(['analyze', seedPath, '--width', value]);
    expect(code).toBe(2);
    expect(err).toMatch(/--width/);
  });

  it('shows the lint progress line on a terminal stderr, wiped before each error and at the end', async () => {
    const terminal = (env: Record<string, string> = {}) => {
      const base = fakeIo({ cwd: corpus, env });
      let err = '';
      return { ...base, stderr: { write: (s: string) => (err += s), isTTY: true, columns: 80 }, err: () => err };
    };
    const io = terminal();
    expect(await main(['analyze', '.', '--format', 'ndjson', '--concurrency', 'off'], io)).toBe(1);
    const err = io.err();
    expect(err).toMatch(/\[[█░]+\] \d+\/\d+ files · [\d.]+ files\/s · ETA \d+:\d\d/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    // Each error starts on a clean line: the progress line is wiped first.
    const errors = err.match(/newsx: /g) ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(err.match(/(?:^|\n|\r\x1b\[K)newsx: /g)).toHaveLength(errors.length);
    expect(io.out()).not.toContain('files/s');
    const ci = terminal({ CI: 'true' });
    await main(['analyze', '.', '--format', 'ndjson', '--concurrency', 'off'], ci);
    expect(ci.err()).not.toContain('files/s');
    const one = terminal();
    await main(['analyze', 'a.txt'], one);
    expect(one.err()).toBe('');
  });

  it('passes --ref-date into the report', async () => {
    const { out } = await run(['analyze', 'a.txt', '--ref-date', '2025-03-14']);
    expect((JSON.parse(out) as Report).referenceDate).toBe('2025-03-14');
  });

  it('takes referenceDate and extra sections from the configuration, and --ref-date over it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsx-config-'));
    writeFileSync(path.join(dir, '.newsxrc.json'), JSON.stringify({ referenceDate: '2024-05-01', sections: { insightHeadings: ['Editor Notes'] } }));
    writeFileSync(path.join(dir, 'a.txt'), 'Storm hits coast\nA storm hit the coast on Friday.\nEditor Notes\n- Check names\n');
    const fromConfig = await run(['analyze', 'a.txt'], { cwd: dir });
    const report = JSON.parse(fromConfig.out) as Report;
    expect(report.referenceDate).toBe('2024-05-01');
    expect(report.sections.insights?.items.map((i) => i.text)).toEqual(['Check names']);
    const flag = await run(['analyze', 'a.txt', '--ref-date', '2025-01-02'], { cwd: dir });
    expect((JSON.parse(flag.out) as Report).referenceDate).toBe('2025-01-02');
    const none = await run(['analyze', 'a.txt', '--no-config'], { cwd: dir });
    expect((JSON.parse(none.out) as Report).sections.insights).toBeNull();
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ referenceDate: 'yesterday' }));
    const bad = await run(['analyze', 'a.txt', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^newsx: bad\.json: .*referenceDate.*\n$/);
  });

  it('reads a short NDJSON stream of records, in order, naming a bad record by its line', async () => {
    const stdin = ['{"id":"a","text":"Storm hits coast\\n\\nA storm hit on Monday."}', '[1]', '{"id":7,"text":"Rain fell for three hours."}', ''].join('\n');
    const { code, out, err } = await run(['analyze', '--input', 'ndjson'], { stdin });
    expect(code).toBe(1);
    expect(err).toBe('newsx: <stdin>:2: record has no string "text"\n');
    expect(ndjson(out).map((r) => r.source)).toEqual(['a', '7']);
    expect(ndjson(out)[1]!.numbers.map((n) => n.value)).toEqual([3]);
  });

  it.each([
    ['a record\'s dct', { dct: '2025-03-14' }, [], '2025-03-14'],
    ['its referenceDate, before its dct', { referenceDate: '2025-03-14', dct: '2020-01-01' }, [], '2025-03-14'],
    ['the date of a timestamp', { dct: '2025-03-14T23:30:00+02:00' }, [], '2025-03-14'],
    ['a record\'s date over --ref-date', { dct: '2025-03-14' }, ['--ref-date', '2024-01-01'], '2025-03-14'],
    ['--ref-date for a record without one', {}, ['--ref-date', '2024-01-01'], '2024-01-01'],
    ['--ref-date for a null dct', { dct: null }, ['--ref-date', '2024-01-01'], '2024-01-01'],
    ['no date: none', { title: 'Storm' }, [], null],
  ])('resolves a record\'s dates against %s', async (_, fields, flags, expected) => {
    const stdin = `${JSON.stringify({ id: 'r', text: 'Storm hits coast\n\nA storm hit the coast yesterday.', ...fields })}\n`;
    const { code, out, err } = await run(['analyze', '--input', 'ndjson', '--format', 'ndjson', ...flags], { stdin });
    expect(err).toBe('');
    expect(code).toBe(0);
    const [report] = ndjson(out);
    expect(report!.referenceDate).toBe(expected);
    expect(report!.dates.map((d) => d.value)).toEqual([expected ? new Date(Date.parse(expected) - 86_400_000).toISOString().slice(0, 10) : null]);
  });

  it.each([
    ['2025-02-30', '"dct"', '"2025-02-30"'],
    ['14/03/2025', '"dct"', '"14/03/2025"'],
    [20250314, '"dct"', '20250314'],
    ['yesterday', '"referenceDate"', '"yesterday"'],
  ])('skips a record whose date is %j, naming it by its id, and analyses the others', async (date, key, shown) => {
    const field = key === '"dct"' ? 'dct' : 'referenceDate';
    const stdin = [
      JSON.stringify({ id: 'good-1', text: 'Rain fell.', dct: '2025-03-14' }),
      JSON.stringify({ id: 'bad', text: 'Rain fell.', [field]: date }),
      JSON.stringify({ id: 'good-2', text: 'Snow fell.' }),
    ].join('\n');
    const { code, out, err } = await run(['analyze', '--input', 'ndjson', '--format', 'ndjson'], { stdin });
    expect(code).toBe(1);
    expect(err).toBe(`newsx: bad: record's ${key} is not an ISO date (YYYY-MM-DD): ${shown}\n`);
    expect(ndjson(out).map((r) => [r.source, r.referenceDate])).toEqual([['good-1', '2025-03-14'], ['good-2', null]]);
  });

  it('summarises records with their own dates', async () => {
    const stdin = `${JSON.stringify({ id: 'r', text: 'Storm hits coast\n\nA storm hit the coast yesterday.', dct: '2025-03-14' })}\n`;
    const { code, out } = await run(['summary', '--input', 'ndjson', '--format', 'json'], { stdin });
    expect(code).toBe(0);
    expect(JSON.stringify(JSON.parse(out).dates)).toContain('2025-03');
  });

  it('prints the report schema', async () => {
    const { code, out } = await run(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('newsx report');
  });
});
