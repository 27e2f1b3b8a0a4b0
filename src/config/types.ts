import type { RuleOptions, Severity } from './rule-spec.js';
import type { SectionOptions } from '../types.js';

/** A rule as the configuration sets it; either part may be left to what came before. */
export interface RulePatch {
  severity: Severity;
  /** Given options replace earlier ones; options not given take the rule's defaults. */
  options?: Partial<RuleOptions>;
}

export interface Override {
  files: string[];
  excludedFiles: string[];
  rules: Record<string, RulePatch>;
}

/** A validated configuration, normalised: every field present, severities as words. */
export interface NewsxConfig {
  rules: Record<string, RulePatch>;
  overrides: Override[];
  /** Globs of files never linted, relative to the configuration's directory. */
  ignores: string[];
  /** Passed to `analyze()` as is. */
  sections: SectionOptions;
  referenceDate: string | null;
}

export interface RuleSetting {
  severity: Severity;
  options: RuleOptions;
}

/**
 * Everything that decides how one file is linted: every rule's severity and options, and the
 * analysis options. Plain JSON, so it can cross to a worker process and key the cache.
 */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  sections: SectionOptions;
  referenceDate: string | null;
}

export interface LoadedConfig {
  config: NewsxConfig;
  /** The file it came from, or null when none was found or `--no-config` was given. */
  filepath: string | null;
  /** The directory `ignores` and `overrides[].files` are relative to. */
  baseDir: string;
}

/** A configuration that cannot be used; the message names the file and the key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function emptyConfig(): NewsxConfig {
  return { rules: {}, overrides: [], ignores: [], sections: {}, referenceDate: null };
}
