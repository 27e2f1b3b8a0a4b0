import { compileGlob, matchesAny, type GlobRule } from './glob.js';
import { defaultOptions, type RuleCatalog } from './rule-spec.js';
import type { NewsxConfig, ResolvedConfig, RulePatch, RuleSetting } from './types.js';

/**
 * Resolves configurations per file: rule defaults, then `rules`, then each override whose `files`
 * match (in order), then `--rule` flags. Files matched by the same overrides share one resolved
 * object, so a corpus of 10,000 files costs as many resolutions as there are override combinations.
 */
export class ConfigResolver {
  readonly #config: NewsxConfig;
  readonly #rules: RuleCatalog;
  readonly #flags: Record<string, RulePatch>;
  readonly #overrides: Array<{ files: GlobRule[]; excluded: GlobRule[] }>;
  readonly #memo = new Map<string, ResolvedConfig>();

  /** `rules` gives every rule's defaults; `flags` (`--rule`) apply after the configuration and its overrides. */
  constructor(config: NewsxConfig, rules: RuleCatalog, flags: Record<string, RulePatch> = {}) {
    this.#config = config;
    this.#rules = rules;
    this.#flags = flags;
    this.#overrides = config.overrides.map((o) => ({ files: o.files.map(compileGlob), excluded: o.excludedFiles.map(compileGlob) }));
  }

  /** The configuration for a file, by its path relative to the configuration's directory. */
  forFile(relativePath: string): ResolvedConfig {
    const matched = this.#overrides.map((o) => matchesAny(relativePath, o.files) && !matchesAny(relativePath, o.excluded));
    const key = matched.map((m) => (m ? '1' : '0')).join('');
    let resolved = this.#memo.get(key);
    if (!resolved) {
      const patches = [this.#config.rules, ...this.#config.overrides.filter((_, i) => matched[i]).map((o) => o.rules), this.#flags];
      resolved = {
        rules: applyPatches(this.#rules, patches),
        sections: this.#config.sections,
        referenceDate: this.#config.referenceDate,
      };
      this.#memo.set(key, resolved);
    }
    return resolved;
  }
}

function applyPatches(rules: RuleCatalog, patches: Array<Record<string, RulePatch>>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, rule] of rules) settings[id] = { severity: rule.meta.defaultSeverity, options: defaultOptions(rule.meta) };
  for (const patch of patches) {
    for (const [id, { severity, options }] of Object.entries(patch)) {
      const current = settings[id]!;
      settings[id] = {
        severity,
        options: options ? ({ ...defaultOptions(rules.get(id)!.meta), ...options } as RuleSetting['options']) : current.options,
      };
    }
  }
  return settings;
}
