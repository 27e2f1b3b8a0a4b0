import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IgnoreSource } from '../config/glob.js';
import type { RuleCatalog } from '../config/rule-spec.js';
import { ConfigError, emptyConfig, type LoadedConfig } from '../config/types.js';

/** Where newsx looks for its configuration, in this order, from the working directory up to the project root. */
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
  if (options.noConfig) return { config: emptyConfig(), filepath: null, baseDir: options.cwd };
  if (!options.configFile && !(await mayHaveConfig(options.cwd))) return { config: emptyConfig(), filepath: null, baseDir: options.cwd };
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('newsx', { searchPlaces: CONFIG_FILES, searchStrategy: 'project', cache: false });
  const shown = (file: string) => displayPath(file, options.cwd);
  let result;
  const target = options.configFile ? path.resolve(options.cwd, options.configFile) : null;
  try {
    result = target ? await explorer.load(target) : await explorer.search(options.cwd);
  } catch (error) {
    const where = target ?? (error as { filepath?: string }).filepath ?? 'configuration';
    throw new ConfigError(`${shown(where)}: ${describeLoadError(error)}`);
  }
  if (!result) return { config: emptyConfig(), filepath: null, baseDir: options.cwd };
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
 * Whether a configuration may exist from `cwd` up to the project root (the first folder with a
 * package.json), checked with plain lookups so a run without one never loads cosmiconfig. A
 * package.json counts when it has a "newsx" key, or cannot be parsed (cosmiconfig then reports it).
 */
async function mayHaveConfig(cwd: string): Promise<boolean> {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      if (name === 'package.json') continue;
      if (await access(path.join(dir, name)).then(() => true, () => false)) return true;
    }
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => null);
    if (manifest !== null) {
      try {
        const parsed: unknown = JSON.parse(manifest);
        return typeof parsed === 'object' && parsed !== null && 'newsx' in parsed;
      } catch {
        return true;
      }
    }
    if (path.dirname(dir) === dir) return false;
  }
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
