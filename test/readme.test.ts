import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs the README's shell examples as a reader would, against the fixtures. A block is run when
 * its fence says ```sh test; each command (a line, with its `\` continuations) runs in order in
 * one folder holding `article.txt`, `corpus/` and `gold.jsonl`, with `newsx` on the PATH as the
 * built binary. A command must exit 0; `newsx lint` may exit 1, which means it found problems.
 * Commands that use jq are skipped, saying so, when jq is not installed (`.ci/run` installs it).
 */
const root = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;
if (!hasJq) console.warn('README commands that use jq are skipped: jq is not installed (apt-get install jq)');

/** The commands of every ```sh test block, continuation lines joined. */
function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/^```sh test\n([\s\S]*?)^```$/gm)) {
    let pending = '';
    for (const line of block[1]!.split('\n')) {
      pending += pending ? `\n${line}` : line;
      if (line.endsWith('\\')) continue;
      if (pending.trim() && !pending.trim().startsWith('#')) commands.push(pending);
      pending = '';
    }
  }
  return commands;
}

const commands = readmeCommands(readme);
let sandbox: string;
let env: NodeJS.ProcessEnv;

function shell(command: string) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: sandbox, env, encoding: 'utf8', maxBuffer: 1 << 26 });
}

beforeAll(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'newsx-readme-'));
  cpSync(path.join(root, 'fixtures/articles/wire-harbour-strike.txt'), path.join(sandbox, 'article.txt'));
  cpSync(path.join(root, 'fixtures/articles'), path.join(sandbox, 'corpus'), { recursive: true });
  cpSync(path.join(root, 'fixtures/000_a8d46ff2df23af88.txt'), path.join(sandbox, 'corpus/seed.txt'));
  cpSync(path.join(root, 'fixtures/eval/mini.jsonl'), path.join(sandbox, 'gold.jsonl'));
  mkdirSync(path.join(sandbox, 'bin'));
  writeFileSync(path.join(sandbox, 'bin/newsx'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'bin/newsx.js'))} "$@"\n`);
  chmodSync(path.join(sandbox, 'bin/newsx'), 0o755);
  env = { ...process.env, PATH: `${path.join(sandbox, 'bin')}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1', CI: 'true' };
});

describe('the README', () => {
  it('has runnable examples for analyze, summary, lint and eval', () => {
    for (const command of ['newsx analyze', 'newsx summary', 'newsx lint', 'newsx eval']) expect(commands.some((c) => c.includes(command)), command).toBe(true);
  });

  for (const command of commands) {
    it.skipIf(!hasJq && /\bjq\b/.test(command))(`runs: ${command.replace(/\s*\\\n\s*/g, ' ')}`, () => {
      const result = shell(command);
      const allowed = /^newsx lint\b/.test(command.trim()) ? [0, 1] : [0];
      // `| head` may close the pipe before newsx is done: 141 then, as for any command under pipefail.
      if (/\|\s*head\b/.test(command)) allowed.push(141);
      expect(allowed, `exit ${result.status}\n${result.stderr}`).toContain(result.status);
      expect(result.stderr).not.toMatch(/internal error|unknown option|error: /);
      if (!/[>]\s*\S+\s*(#.*)?$/.test(command) && !/--out-dir|eval|^newsx schema/.test(command)) expect(result.stdout.length, 'prints something').toBeGreaterThan(0);
    });
  }

  it.skipIf(!hasJq)('counts unattributed quotes and sorts by number in its most-quoted recipe', () => {
    const recipe = commands.find((c) => c.includes('"unattributed"') && c.includes('group_by'));
    expect(recipe).toBeDefined();
    const filter = recipe!.slice(recipe!.indexOf('| jq'));
    const quote = (name: string | null) => ({ start: 0, end: 1, text: 'x', section: 'body', kind: 'direct', speaker: name ? { start: 0, end: 1, text: 'x', name, entity: null } : null, cue: null });
    const reports = [
      { source: 'a', quotes: [...Array.from({ length: 10 }, () => quote('Ann Lee')), quote(null), quote('Bo Chan')] },
      { source: 'b', quotes: [quote(null), quote('Bo Chan'), quote('Cy Dee'), quote('Bo Chan')] },
    ];
    writeFileSync(path.join(sandbox, 'hand-made.ndjson'), reports.map((r) => JSON.stringify(r)).join('\n'));
    const out = execFileSync('bash', ['-o', 'pipefail', '-c', `cat hand-made.ndjson ${filter}`], { cwd: sandbox, env, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['10 Ann Lee', '3 Bo Chan', '2 unattributed', '1 Cy Dee']);
  });
});
