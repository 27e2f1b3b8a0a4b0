import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/io.js';
import { project } from '../helpers/project.js';

async function lint(args: string[], cwd: string, stdin?: string) {
  const io = fakeIo({ cwd, stdin });
  const code = await main(['lint', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const BROKEN = [
  'Council backs bike lanes after a long debate over parking, costs and safety on Main Street.',
  "Here's the Rewritten Article:",
  'Council Backs Bike Lanes:',
  'The council voted on Monday to build the lanes. The mayor wouldnâ€™t comment.',
  'The lanes open in May within the broader context of politics, and general-news.',
  '',
].join('\n');
const FIXED = [
  'Council backs bike lanes after a long debate over parking, costs and safety on Main Street.',
  'Council Backs Bike Lanes',
  'The council voted on Monday to build the lanes. The mayor wouldn’t comment.',
  'The lanes open in May.',
  '',
].join('\n');

describe('newsx lint --fix', () => {
  it('writes the fixed text and reports only what is left', async () => {
    const dir = project({ 'corpus/a.txt': BROKEN });
    const { code, out, err } = await lint(['corpus/a.txt', '--fix', '--format', 'json'], dir);
    expect(readFileSync(path.join(dir, 'corpus/a.txt'), 'utf8')).toBe(FIXED);
    expect(code).toBe(0);
    const [result] = JSON.parse(out).results;
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(FIXED);
    expect(err).toBe('newsx: 1 file fixed\n');
    // No temporary file is left behind.
    expect(readdirSync(path.join(dir, 'corpus')).sort()).toEqual(['a.txt', 'clean.txt']);
  });

  it('keeps a UTF-8 byte-order mark, CRLF line ends and the file mode', async () => {
    const crlf = `\uFEFF${BROKEN.replace(/\n/g, '\r\n')}`;
    const dir = project({ 'corpus/a.txt': crlf });
    chmodSync(path.join(dir, 'corpus/a.txt'), 0o640);
    await lint(['corpus/a.txt', '--fix'], dir);
    const bytes = readFileSync(path.join(dir, 'corpus/a.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(statSync(path.join(dir, 'corpus/a.txt')).mode & 0o777).toBe(0o640);
  });

  it('keeps UTF-16 with its byte-order mark', async () => {
    const dir = project();
    const file = path.join(dir, 'corpus/a.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN, 'utf16le')]));
    await lint(['corpus/a.txt', '--fix'], dir);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(FIXED);
  });

  it('leaves clean files and files with nothing to fix alone', async () => {
    const dir = project({ 'corpus/b.txt': 'COUNCIL BACKS NEW BIKE LANES\n\nThe council voted on Monday.\n' });
    const before = statSync(path.join(dir, 'corpus/b.txt')).mtimeMs;
    const { code, err } = await lint(['corpus', '--fix'], dir);
    expect(code).toBe(0);
    expect(err).toBe('newsx: 0 files fixed\n');
    expect(statSync(path.join(dir, 'corpus/b.txt')).mtimeMs).toBe(before);
  });

  it('never writes standard input', async () => {
    const dir = project();
    const { err } = await lint(['-', '--fix', '--format', 'json'], dir, BROKEN);
    expect(err).toContain('newsx: <stdin>: fixes are not written to standard input');
  });

  it('refuses --fix with --fix-dry-run', async () => {
    const { code, err } = await lint(['corpus', '--fix', '--fix-dry-run'], project());
    expect(code).toBe(2);
    expect(err).toBe('newsx: --fix and --fix-dry-run cannot be used together\n');
  });
});

describe('newsx lint --fix-dry-run', () => {
  it('prints a unified diff on stdout and writes nothing', async () => {
    const dir = project({ 'corpus/a.txt': BROKEN });
    const { code, out, err } = await lint(['corpus', '--fix-dry-run'], dir);
    expect(readFileSync(path.join(dir, 'corpus/a.txt'), 'utf8')).toBe(BROKEN);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '--- a/corpus/a.txt',
        '+++ b/corpus/a.txt',
        '@@ -1,5 +1,4 @@',
        ' Council backs bike lanes after a long debate over parking, costs and safety on Main Street.',
        "-Here's the Rewritten Article:",
        '-Council Backs Bike Lanes:',
        '-The council voted on Monday to build the lanes. The mayor wouldnâ€™t comment.',
        '-The lanes open in May within the broader context of politics, and general-news.',
        '+Council Backs Bike Lanes',
        '+The council voted on Monday to build the lanes. The mayor wouldn’t comment.',
        '+The lanes open in May.',
        '',
      ].join('\n'),
    );
    expect(err).toBe('newsx: 1 file would be fixed (nothing written)\n');
  });

  it('writes the results to -o, with what is left', async () => {
    const dir = project({ 'corpus/a.txt': BROKEN.replace('Council Backs Bike Lanes:', 'COUNCIL BACKS NEW BIKE LANES') });
    const { code, out } = await lint(['corpus/a.txt', '--fix-dry-run', '--format', 'json', '-o', 'results.json'], dir);
    expect(code).toBe(0);
    expect(out).toContain('+++ b/corpus/a.txt');
    const [result] = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).results;
    expect(result.messages.map((m: { messageId: string }) => m.messageId)).toEqual(['allCaps']);
  });
});

describe('fixes in JSON results', () => {
  it('carry their range and replacement, as ESLint writes them', async () => {
    const dir = project({ 'corpus/a.txt': BROKEN });
    const { out } = await lint(['corpus/a.txt', '--format', 'json'], dir);
    const [result] = JSON.parse(out).results;
    const fixes = Object.fromEntries(result.messages.map((m: { ruleId: string; fix?: unknown }) => [m.ruleId, m.fix]));
    const colon = BROKEN.indexOf('Lanes:') + 5;
    expect(fixes['title-style']).toEqual({ range: [colon, colon + 1], text: '' });
    const mojibake = BROKEN.indexOf('â€™');
    expect(fixes.encoding).toEqual({ range: [mojibake, mojibake + 3], text: '’' });
    const preamble = BROKEN.indexOf("Here's");
    expect(fixes['no-preamble']).toEqual({ range: [preamble, preamble + "Here's the Rewritten Article:\n".length], text: '' });
    expect(result.output).toBeUndefined();
  });
});
