import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadIgnores } from '../../src/cli/config-files.js';
import { main } from '../../src/cli/main.js';
import { isIgnored } from '../../src/config/glob.js';
import { rules } from '../../src/lint/rules/index.js';
import { fakeIo } from '../helpers/io.js';

const withRules = { rules: () => rules };

function dir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newsx-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const RULES = { rules: { 'title-style': 'off' } };

describe('loadConfig finds', () => {
  it.each([
    ['package.json#newsx', { 'package.json': JSON.stringify({ name: 'corpus', newsx: RULES }) }],
    ['.newsxrc (YAML)', { '.newsxrc': 'rules:\n  title-style: off\n' }],
    ['.newsxrc.json', { '.newsxrc.json': JSON.stringify(RULES) }],
    ['.newsxrc.yaml', { '.newsxrc.yaml': 'rules:\n  title-style: "off"\n' }],
    ['.newsxrc.yml', { '.newsxrc.yml': 'rules: { title-style: "off" }\n' }],
    ['.newsxrc.cjs', { '.newsxrc.cjs': `module.exports = ${JSON.stringify(RULES)};` }],
    ['.newsxrc.mjs', { '.newsxrc.mjs': `export default ${JSON.stringify(RULES)};` }],
    ['newsx.config.mjs', { 'newsx.config.mjs': `export default ${JSON.stringify(RULES)};` }],
    ['newsx.config.cjs', { 'newsx.config.cjs': `module.exports = ${JSON.stringify(RULES)};` }],
  ])('%s', async (name, files) => {
    const root = dir(files);
    const loaded = await loadConfig({ cwd: root, ...withRules });
    expect(loaded.config.rules).toEqual({ 'title-style': { severity: 'off' } });
    expect(path.basename(loaded.filepath!)).toBe(name.replace(/#newsx| \(YAML\)/, ''));
    expect(loaded.baseDir).toBe(root);
  });

  it('the nearest file above the working directory, up to the project root', async () => {
    const root = dir({ 'package.json': '{"name":"p"}', '.newsxrc.json': JSON.stringify(RULES), 'corpus/a/.keep': '' });
    const loaded = await loadConfig({ cwd: path.join(root, 'corpus/a'), ...withRules });
    expect(loaded.filepath).toBe(path.join(root, '.newsxrc.json'));
    expect(loaded.baseDir).toBe(root);
  });

  it('nothing, when there is no configuration, and ignores one with --no-config', async () => {
    const root = dir({ 'package.json': '{"name":"p"}' });
    expect((await loadConfig({ cwd: root, ...withRules })).filepath).toBeNull();
    const withConfig = dir({ '.newsxrc.json': JSON.stringify(RULES) });
    expect((await loadConfig({ cwd: withConfig, noConfig: true, ...withRules })).config.rules).toEqual({});
  });

  it('the file given with --config', async () => {
    const root = dir({ 'ci/lint.json': JSON.stringify(RULES), '.newsxrc.json': '{}' });
    const loaded = await loadConfig({ cwd: root, configFile: 'ci/lint.json', ...withRules });
    expect(loaded.config.rules).toEqual({ 'title-style': { severity: 'off' } });
    expect(loaded.baseDir).toBe(path.join(root, 'ci'));
  });
});

describe('loadConfig fails with one line naming the file', () => {
  it.each([
    [{ '.newsxrc.json': '{ "rules": ' }, {}, /^\.newsxrc\.json: cannot be parsed \(.+\)$/],
    [{ '.newsxrc.yaml': 'rules: [unclosed' }, {}, /^\.newsxrc\.yaml: cannot be parsed \(.+\)$/],
    [{ 'newsx.config.mjs': 'export default {' }, {}, /^newsx\.config\.mjs: cannot be parsed \(.+\)$/],
    [{}, { configFile: 'missing.json' }, /^missing\.json: cannot read \(no such file\)$/],
    [{ '.newsxrc.json': '{"rules":{"nope":"off"}}' }, {}, /^\.newsxrc\.json: rules\.nope: unknown rule$/],
  ])('%j', async (files, options, message) => {
    const root = dir(files);
    const error = await loadConfig({ cwd: root, ...options, ...withRules }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ConfigError');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('loadIgnores', () => {
  it('combines built-in ignores, the configuration, .gitignore and extra patterns', async () => {
    const root = dir({ '.newsxrc.json': JSON.stringify({ ignores: ['drafts/'] }), '.gitignore': 'build/\n' });
    const sources = await loadIgnores(await loadConfig({ cwd: root, ...withRules }), root, ['*.tmp.txt']);
    const ignored = (p: string) => isIgnored(path.join(root, p), sources);
    expect(['drafts/a.txt', 'build/a.txt', 'x.tmp.txt', 'node_modules/pkg/README.md'].map(ignored)).toEqual([true, true, true, true]);
    expect(ignored('corpus/a.txt')).toBe(false);
  });
});

describe('loadConfig never runs a configuration from far away', () => {
  /** A .newsxrc.cjs that leaves a mark when it runs. */
  const marking = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = ${JSON.stringify(RULES)};`;

  it('a file two folders above the working directory, with no project root, neither loads nor runs', async () => {
    const root = dir({ 'a/b/.keep': '' });
    const marker = path.join(root, 'ran');
    writeFileSync(path.join(root, '.newsxrc.cjs'), marking(marker));
    const loaded = await loadConfig({ cwd: path.join(root, 'a/b'), home: '/nonexistent-home', ...withRules });
    expect(loaded.filepath).toBeNull();
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ['package.json', { 'project/package.json': '{"name":"p"}' }],
    ['.git folder', { 'project/.git/HEAD': 'ref: refs/heads/main\n' }],
    ['.git file (a worktree)', { 'project/.git': 'gitdir: /elsewhere\n' }],
  ])('the search stops at the project root marked by a %s', async (_name, files) => {
    const root = dir({ ...files, '.newsxrc.json': JSON.stringify(RULES), 'project/corpus/a/.keep': '' });
    const home = '/nonexistent-home';
    expect((await loadConfig({ cwd: path.join(root, 'project/corpus/a'), home, ...withRules })).filepath).toBeNull();
    writeFileSync(path.join(root, 'project/.newsxrc.json'), JSON.stringify(RULES));
    expect((await loadConfig({ cwd: path.join(root, 'project/corpus/a'), home, ...withRules })).filepath).toBe(path.join(root, 'project/.newsxrc.json'));
  });

  it('the search goes up to the home directory and never above it', async () => {
    const root = dir({ '.newsxrc.json': JSON.stringify(RULES), 'home/me/notes/corpus/.keep': '' });
    const home = path.join(root, 'home/me');
    expect((await loadConfig({ cwd: path.join(home, 'notes/corpus'), home, ...withRules })).filepath).toBeNull();
    writeFileSync(path.join(home, '.newsxrc.json'), JSON.stringify(RULES));
    expect((await loadConfig({ cwd: path.join(home, 'notes/corpus'), home, ...withRules })).filepath).toBe(path.join(home, '.newsxrc.json'));
  });

  it('through the CLI: HOME bounds the search and --config still names any file', async () => {
    const root = dir({ 'home/me/corpus/a.txt': 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n' });
    const marker = path.join(root, 'ran');
    writeFileSync(path.join(root, '.newsxrc.cjs'), marking(marker));
    const io = fakeIo({ cwd: path.join(root, 'home/me/corpus'), env: { HOME: path.join(root, 'home/me') } });
    expect(await main(['analyze', 'a.txt'], io)).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const named = fakeIo({ cwd: path.join(root, 'home/me/corpus'), env: { HOME: path.join(root, 'home/me') } });
    expect(await main(['print-config', 'a.txt', '--config', '../../../.newsxrc.cjs'], named)).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});

describe('--help', () => {
  it.each(['analyze', 'summary', 'lint', 'print-config'])('%s says where the configuration search stops, beside --no-config', async (command) => {
    const io = fakeIo();
    expect(await main([command, '--help'], io)).toBe(0);
    expect(io.out().replace(/\s+/g, ' ')).toMatch(/--no-config ignore configuration files \(otherwise searched from here up to the project root, the nearest folder with a package\.json or \.git, never above the home directory\)/);
  });
});
