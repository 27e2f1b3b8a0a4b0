import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { fakeIo } from '../helpers/io.js';
import { expectSpansHold } from '../helpers/spans.js';

/** A BBC-style article saved by an older system: Windows-1252, with £ as byte 0xA3 on line 3. */
const TEXT = 'Fuel Duty Rises Again\n\nThe levy rose by 5p to £52.95 a barrel, the Treasury said on Monday.\n';
const CP1252 = Buffer.from(TEXT, 'latin1');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsx-encoding-'));
  writeFileSync(path.join(dir, 'bbc.txt'), CP1252);
  writeFileSync(path.join(dir, 'utf8.txt'), TEXT);
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.from(TEXT, 'utf16le'));
  writeFileSync(path.join(dir, 'quotes.txt'), Buffer.from([...Buffer.from('Title\n\n'), 0x93, ...Buffer.from('Hi'), 0x94, ...Buffer.from(' she said.\n')]));
});

async function run(argv: string[], stdin?: string | Uint8Array) {
  const io = fakeIo({ cwd: dir, ...(stdin === undefined ? {} : { stdin }) });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsx analyze --encoding', () => {
  it('reads a Windows-1252 file by default, with one warning naming the file and the byte', async () => {
    const { code, out, err } = await run(['analyze', 'bbc.txt', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toBe('newsx: bbc.txt: not valid UTF-8 (byte 0xa3 at line 3, column 24); read as Windows-1252\n');
    const report = JSON.parse(out) as Report;
    expectSpansHold(TEXT, report);
    expect(report.numbers.map((n) => [n.text, n.unit])).toContainEqual(['£52.95', 'GBP']);
  });

  it.each([
    ['utf8.txt', []],
    ['utf16.txt', []],
  ])('reads %s without a warning', async (file) => {
    const { code, out, err } = await run(['analyze', file, '--format', 'json']);
    expect([code, err]).toEqual([0, '']);
    expectSpansHold(TEXT, JSON.parse(out) as Report);
  });

  it.each([
    ['windows-1252', 'quotes.txt', '“Hi” she said.'],
    ['latin1', 'quotes.txt', '\u0093Hi\u0094 she said.'],
    ['windows-1252', 'bbc.txt', 'The levy rose by 5p to £52.95 a barrel, the Treasury said on Monday.'],
  ])('--encoding %s reads %s as asked, without a warning', async (encoding, file, body) => {
    const { code, out, err } = await run(['analyze', file, '--encoding', encoding, '--format', 'json']);
    expect([code, err]).toEqual([0, '']);
    expect((JSON.parse(out) as Report).sections.body?.text).toBe(body);
  });

  it('--encoding utf-8 refuses the file, naming the byte, line and column', async () => {
    const { code, out, err } = await run(['analyze', 'bbc.txt', '--encoding', 'utf-8']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('newsx: bbc.txt: not valid UTF-8 (byte 0xa3 at line 3, column 24, offset 46)\n');
  });

  it('applies to standard input', async () => {
    const { code, err } = await run(['analyze', '-', '--format', 'json'], CP1252);
    expect(code).toBe(0);
    expect(err).toBe('newsx: <stdin>: not valid UTF-8 (byte 0xa3 at line 3, column 24); read as Windows-1252\n');
  });

  it.each([
    ['a file', ['summary', 'bbc.txt', '--format', 'json'], undefined, 'bbc.txt'],
    ['standard input', ['summary', '-', '--format', 'json'], CP1252, '<stdin>'],
  ])('summary warns of %s read as Windows-1252, as analyze does', async (_what, argv, stdin, name) => {
    const { code, err } = await run(argv, stdin);
    expect(code).toBe(0);
    expect(err).toBe(`newsx: ${name}: not valid UTF-8 (byte 0xa3 at line 3, column 24); read as Windows-1252\n`);
  });

  it('is a usage error for an unknown encoding', async () => {
    const { code, err } = await run(['analyze', 'bbc.txt', '--encoding', 'ebcdic']);
    expect(code).toBe(2);
    expect(err).toMatch(/--encoding.*ebcdic/s);
  });
});

describe('newsx lint --encoding', () => {
  const encodingMessages = (out: string) =>
    (JSON.parse(out) as { results: Array<{ messages: Array<{ ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }> }> }).results[0]!.messages.filter(
      (m) => m.ruleId === 'encoding',
    );

  it('lints a Windows-1252 file and puts the encoding finding on the first bad byte, not at 1:1', async () => {
    const { code, out } = await run(['lint', 'bbc.txt', '--no-config', '--format', 'json']);
    expect(code).toBe(1);
    const [finding, ...rest] = encodingMessages(out);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 3, column: 24 });
    expect(finding!.fatal).toBeUndefined();
  });

  it('--encoding utf-8 makes it a fatal finding at the same line and column', async () => {
    const { code, out } = await run(['lint', 'bbc.txt', '--no-config', '--format', 'json', '--encoding', 'utf-8']);
    expect(code).toBe(1);
    expect(encodingMessages(out)).toMatchObject([{ line: 3, column: 24, fatal: true }]);
  });

  it('--encoding windows-1252 reads it cleanly', async () => {
    const { out } = await run(['lint', 'bbc.txt', '--no-config', '--format', 'json', '--encoding', 'windows-1252']);
    expect(encodingMessages(out)).toEqual([]);
  });
});
