import { homedir } from 'node:os';
import path from 'node:path';
import type { LoadedConfig } from '../config/types.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** Runs a configuration step; a ConfigError (one line naming file and key) becomes a usage error, exit 2. */
export async function asUsageError<T>(step: () => T | Promise<T>): Promise<T> {
  const { ConfigError } = await import('../config/types.js');
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** How `--no-config` is described in every command's help: what it turns off, and where the search looks. */
export const NO_CONFIG_HELP = 'ignore configuration files (otherwise searched from here up to the project root, the nearest folder with a package.json or .git, never above the home directory)';

/** `--config FILE`, `--no-config` (false), or the search from the working directory (undefined). */
export async function loadCliConfig(flag: string | false | undefined, io: Io): Promise<LoadedConfig> {
  const { loadConfig } = await import('./config-files.js');
  const rules = async () => (await import('../lint/rules/index.js')).rules;
  const home = io.env.HOME || homedir();
  return asUsageError(() => loadConfig({ cwd: io.cwd, configFile: flag || undefined, noConfig: flag === false, home: path.resolve(home), rules }));
}
