import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/io.js';
import { project } from '../helpers/project.js';

const ARTICLE = 'Council Backs Bike Lanes:\n\nThe council approved the plan on Tuesday, officials said.\n';
const CONFIG = JSON.stringify({ overrides: [{ files: ['drafts/**'], rules: { 'title-style': 'off' } }], ignores: ['archive/'] });

async function lint(args: string[], cwd: string) {
  const io = fakeIo({ cwd, stdin: ARTICLE });
  const code = await main(['lint', '-', '--format', 'json', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsx lint - --stdin-filename PATH', () => {
  it.each([
    ['no name: <stdin>, and the overrides of no path', [], '<stdin>', ['title-style']],
    ['a name: shown in the results', ['--stdin-filename', 'corpus/a.txt'], 'corpus/a.txt', ['title-style']],
    ['a name that an override matches: its rules apply', ['--stdin-filename', 'drafts/a.txt'], 'drafts/a.txt', []],
  ])('%s', async (_name, args, filePath, ruleIds) => {
    const dir = project({ '.newsxrc.json': CONFIG });
    const { out } = await lint(args, dir);
    const [result] = JSON.parse(out).results;
    expect(result.filePath).toBe(filePath);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(ruleIds);
  });

  it('a name that ignores match is not linted, as a named path would not be', async () => {
    const dir = project({ '.newsxrc.json': CONFIG });
    const { code, err } = await lint(['--stdin-filename', 'archive/old.txt'], dir);
    expect(code).toBe(2);
    expect(err).toContain('all files matched by "-" are ignored (use --no-ignore to lint them)');
    expect((await lint(['--stdin-filename', 'archive/old.txt', '--no-ignore'], dir)).code).toBe(0);
  });
});
