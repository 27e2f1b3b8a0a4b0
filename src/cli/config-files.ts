import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IgnoreSource } from '../config/glob.js';
import type { RuleCatalog } from '../config/rule-spec.js';
import { ConfigError, emptyConfig, type LoadedConfig } from '../config/types.js';

/**
 * The names newsx looks for, in this order, in each folder from the working directory up to the
 * project root (see `searchFolders`).
 */
export const CONFIG_FILES = [
  'package.json',
  '.newsxrc',
  '.newsxrc.json',
  '.newsxrc.yaml',
  '.newsxrc.yml',
  '.newsxrc.js',
  '.newsxrc.cjs',
  '.newsxrc.mjs',
  'newsx.config.js',
  'newsx.config.mjs',
  'newsx.config.cjs',
];

/** Never linted, whatever the configuration says. */
const DEFAULT_IGNORES = ['node_modules/'];

export interface LoadOptions {
  cwd: string;
  /** `--config FILE`: this file and no search. */
  configFile?: string;
  /** `--no-config`: rule defaults only. */
  noConfig?: boolean;
  /** The user's home directory: the search never goes above it. */
  home?: string;
  /**
   * The rules a configuration may name. A function, called only when there is a configuration to
   * check, so a run without one (most `newsx analyze` runs) never loads the linter's rules.
   */
  rules: () => RuleCatalog | Promise<RuleCatalog>;
}

/**
 * Finds, loads and validates the configuration. Both `newsx lint` and `newsx analyze` call it
 * (analyze reads `referenceDate` and `sections`); every failure is a ConfigError whose one-line
 * message names the file.
 */
export async function loadConfig(options: LoadOptions): Promise<LoadedConfig> {
  const none = { config: emptyConfig(), filepath: null, baseDir: options.cwd };
  if (options.noConfig) return none;
  const target = options.configFile ? path.resolve(options.cwd, options.configFile) : await findConfigFile(options.cwd, options.home);
  if (target === null) return none;
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('newsx', { searchPlaces: CONFIG_FILES, searchStrategy: 'none', cache: false });
  const shown = (file: string) => displayPath(file, options.cwd);
  let result;
  try {
    result = await explorer.load(target);
  } catch (error) {
    throw new ConfigError(`${shown(target)}: ${describeLoadError(error)}`);
  }
  if (!result) return none;
  const raw = result.isEmpty ? {} : unwrapDefault(result.config);
  const [{ validateConfig }, rules] = await Promise.all([import('../config/validate.js'), options.rules()]);
  return { config: validateConfig(raw, rules, shown(result.filepath)), filepath: result.filepath, baseDir: path.dirname(result.filepath) };
}

/**
 * What decides which files are skipped: built-in ignores, the configuration's `ignores`
 * (relative to its directory) and the `.gitignore` of the working directory and of the
 * configuration's directory.
 */
export async function loadIgnores(loaded: LoadedConfig, cwd: string, extra: string[] = []): Promise<IgnoreSource[]> {
  const { ignoreSource } = await import('../config/glob.js');
  const sources = [ignoreSource(cwd, DEFAULT_IGNORES), ignoreSource(loaded.baseDir, loaded.config.ignores), ignoreSource(cwd, extra)];
  for (const dir of new Set([cwd, loaded.baseDir])) {
    const text = await readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => null);
    if (text !== null) sources.push(ignoreSource(dir, text.split(/\r?\n/)));
  }
  return sources;
}

/**
 * The configuration file that applies in `cwd`, found with plain lookups so a run without one
 * never loads cosmiconfig: in each folder of `searchFolders`, the first of CONFIG_FILES, where a
 * package.json counts when it has a "newsx" key or cannot be parsed (loading then reports it).
 */
async function findConfigFile(cwd: string, home: string | undefined): Promise<string | null> {
  for (const dir of await searchFolders(cwd, home)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (name !== 'package.json') {
        if (await exists(file)) return file;
        continue;
      }
      const manifest = await readFile(file, 'utf8').catch(() => null);
      if (manifest === null) continue;
      try {
        const parsed: unknown = JSON.parse(manifest);
        if (typeof parsed === 'object' && parsed !== null && 'newsx' in parsed) return file;
      } catch {
        return file;
      }
    }
  }
  return null;
}

/**
 * Where a configuration may come from: the working directory and its parents up to the project
 * root (the nearest folder with a package.json or .git), never above the home directory; with no
 * project root, the working directory alone. A configuration can be code (.js, .cjs, .mjs), so
 * a file left in /tmp or another user's folder above the working directory must never run.
 */
async function searchFolders(cwd: string, home: string | undefined): Promise<string[]> {
  const folders: string[] = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    folders.push(dir);
    if ((await exists(path.join(dir, 'package.json'))) || (await exists(path.join(dir, '.git')))) return folders;
    if (home !== undefined && dir === home) return folders;
    if (path.dirname(dir) === dir) return [cwd];
  }
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function unwrapDefault(config: unknown): unknown {
  if (config && typeof config === 'object' && 'default' in config && Object.keys(config).length === 1) return (config as { default: unknown }).default;
  return config;
}

function describeLoadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot read (no such file)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read (permission denied)';
  if (code === 'EISDIR') return 'cannot read (is a directory)';
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n').find((line) => line.trim().length > 0) ?? 'cannot be parsed';
  return `cannot be parsed (${firstLine.trim()})`;
}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
