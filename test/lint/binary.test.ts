import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';

/** These tests spawn the built binary, as CI runs it; `npm test` builds dist/ first. */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/newsx.js');

function newsx(args: string[], cwd = root, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}


const TITLE_COLON = 'Council Backs Bike Lanes:\n\nThe council approved the plan on Tuesday, officials said.\n';

/** Rule ids and severities per file, from JSON output. */
function findings(out: string): Record<string, string[]> {
  const { results } = JSON.parse(out) as { results: Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string }> }> };
  return Object.fromEntries(results.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
});

describe('newsx lint, built', () => {
  it('lists lint, rules and print-config in its help', () => {
    const help = newsx(['--help']);
    expect(help.out).toMatch(/lint \[options\] \[inputs\.\.\.\]/);
    expect(help.out).toContain('rules');
    expect(help.out).toContain('print-config');
    expect(newsx(['lint', '--help']).out).toContain('--max-warnings <n>');
  });

  it('annotates a GitHub Actions run and exits 1 on errors', () => {
    const { code, out, err } = newsx(['lint', 'fixtures/lint/corpus', '--format', 'github']);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=fixtures\/lint\/corpus\/[\w.-]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=newsx\([\w-]+\)::/.test(line))).toBe(true);
    expect(lines).toContain('::error file=fixtures/lint/corpus/seed.txt,line=2,col=1,endLine=2,endColumn=30,title=newsx(no-preamble)::Model preamble left in the article: "Here\'s the Rewritten Article:".');
  });

  it('writes SARIF with -o and keeps the exit code', () => {
    const dir = project({ 'corpus/colon.txt': TITLE_COLON });
    const { code, out } = newsx(['lint', 'corpus', '--format', 'sarif', '-o', 'reports/newsx.sarif', '--max-warnings', '0'], dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    const log = JSON.parse(readFileSync(path.join(dir, 'reports/newsx.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['title-style']);
  });

  it('exits 0, 1 and 2 as documented', () => {
    const dir = project({ 'corpus/colon.txt': TITLE_COLON });
    expect(newsx(['lint', 'corpus/clean.txt'], dir)).toEqual({ code: 0, out: '', err: '' });
    expect(newsx(['lint', 'corpus'], dir).code).toBe(0);
    expect(newsx(['lint', 'corpus', '--max-warnings', '0'], dir).code).toBe(1);
    expect(newsx(['lint', 'corpus', '--max-warnings', '0', '--quiet'], dir)).toMatchObject({ code: 1, out: '' });
    expect(newsx(['lint', 'nothing'], dir)).toMatchObject({ code: 2, err: 'newsx: no files matched "nothing"\n' });
    expect(newsx(['lint', 'nothing', '--no-error-on-unmatched-pattern'], dir).code).toBe(0);
    expect(newsx(['lint', 'corpus', '--format', 'nope'], dir).code).toBe(2);
    expect(newsx(['lint', 'corpus', '--rule', 'nope:off'], dir).code).toBe(2);
  });
});

describe('configuration, built', () => {
  it('finds .newsxrc.yaml and applies its overrides', () => {
    const dir = project(
      { '.newsxrc.yaml': 'rules:\n  title-style: error\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      title-style: "off"\n', 'corpus/a.txt': TITLE_COLON, 'drafts/a.txt': TITLE_COLON },
      [],
    );
    const { code, out } = newsx(['lint', '.', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(findings(out)).toEqual({ 'corpus/a.txt': ['title-style:error'], 'drafts/a.txt': [] });
  });

  it('finds package.json#newsx and newsx.config.mjs, and takes --config and --no-config', () => {
    const pkg = project({ 'package.json': JSON.stringify({ name: 'c', newsx: { rules: { 'title-style': 'off' } } }), 'corpus/a.txt': TITLE_COLON }, []);
    expect(findings(newsx(['lint', 'corpus', '--format', 'json'], pkg).out)).toEqual({ 'corpus/a.txt': [] });
    const mjs = project({ 'newsx.config.mjs': "export default { rules: { 'title-style': ['error', { maxLength: 200 }] } };", 'ci/other.json': '{"rules":{"title-style":"off"}}', 'corpus/a.txt': TITLE_COLON }, []);
    expect(findings(newsx(['lint', 'corpus', '--format', 'json'], mjs).out)).toEqual({ 'corpus/a.txt': ['title-style:error'] });
    expect(findings(newsx(['lint', 'corpus', '--format', 'json', '--config', 'ci/other.json'], mjs).out)).toEqual({ 'corpus/a.txt': [] });
    expect(findings(newsx(['lint', 'corpus', '--format', 'json', '--no-config'], mjs).out)).toEqual({ 'corpus/a.txt': ['title-style:warning'] });
  });

  it('stops with exit 2 and one line naming the file and the key when the configuration is invalid', () => {
    const bad = (files: Record<string, string>) => newsx(['lint', 'corpus'], project(files));
    expect(bad({ '.newsxrc.json': '{"rules":{"title-styel":"warn"}}' })).toEqual({ code: 2, out: '', err: 'newsx: .newsxrc.json: rules.title-styel: unknown rule (did you mean "title-style"?)\n' });
    expect(bad({ '.newsxrc.yml': 'rules:\n  quote-balance: warning\n' })).toEqual({ code: 2, out: '', err: 'newsx: .newsxrc.yml: rules.quote-balance: expected "off", "warn" or "error", got "warning"\n' });
    expect(bad({ 'newsx.config.cjs': 'module.exports = { rules: { "title-style": ["warn", { maxLength: "long" }] } };' })).toEqual({
      code: 2,
      out: '',
      err: 'newsx: newsx.config.cjs: rules.title-style[1].maxLength: expected a number, got "long"\n',
    });
    const broken = bad({ '.newsxrc.json': '{"rules": ' });
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^newsx: \.newsxrc\.json: cannot be parsed \(.*\)\n$/);
  });

  it('prints the configuration for a file', () => {
    const dir = project({ '.newsxrc.json': JSON.stringify({ overrides: [{ files: 'drafts/**', rules: { 'body-required': 'warn' } }] }) });
    const { code, out } = newsx(['print-config', 'drafts/x.txt'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ file: 'drafts/x.txt', configFile: '.newsxrc.json', rules: { 'body-required': ['warn', { minWords: 1 }] } });
  });

  it('lists rules without loading compromise', () => {
    const script = `
      import { main } from ${JSON.stringify(path.join(root, 'dist/cli/main.js'))};
      import { createRequire } from 'node:module';
      const sink = { write() { return true; }, isTTY: false };
      const code = await main(['rules'], { stdout: sink, stderr: sink, readStdin: async () => new Uint8Array(), stdinLines: async function* () {}, env: {}, cwd: process.cwd() });
      const cache = createRequire(import.meta.url).cache;
      process.stdout.write(code + ' ' + Object.keys(cache).some((key) => key.includes('/node_modules/compromise/')));
    `;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })).toBe('0 false');
  });
});
