export { CONFIG_FILES, loadConfig, loadIgnores, type LoadOptions } from './load.js';
export { ConfigResolver } from './resolve.js';
export { buildConfigSchema } from './schema.js';
export { parseRuleFlag, validateConfig } from './validate.js';
export { ConfigError, emptyConfig } from './types.js';
export type { LoadedConfig, NewsxConfig, Override, ResolvedConfig, RulePatch, RuleSetting } from './types.js';
