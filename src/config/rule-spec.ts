/** How a rule is configured: `off`, or the severity its findings carry. */
export type Severity = 'off' | 'warn' | 'error';

/**
 * One option a rule accepts. Options are plain JSON so a resolved configuration can cross to a
 * worker process and into the cache key; their types are checked when the configuration loads.
 */
export type OptionSpec =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string[]'; default: string[]; description: string }
  /** Regular-expression sources, compiled case-insensitively; a pattern that does not compile is a config error. */
  | { type: 'regex[]'; default: string[]; description: string };

export type RuleOptions = Record<string, number | boolean | string[]>;

/**
 * What the configuration knows of a rule: enough to check, default and describe its settings.
 * Configuration never imports the linter's rules; whoever validates or resolves hands the registry
 * in, so config stays below lint and a library user can check settings for rules of their own.
 */
export interface RuleSpec {
  readonly meta: RuleSpecMeta;
}

export interface RuleSpecMeta {
  description: string;
  /** Severity when the configuration does not name the rule. */
  defaultSeverity: Severity;
  options: Record<string, OptionSpec>;
}

/** The rules a configuration may name, by id, in the order the schema lists them. */
export type RuleCatalog = ReadonlyMap<string, RuleSpec>;

export function defaultOptions(meta: RuleSpecMeta): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, spec] of Object.entries(meta.options)) options[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  return options;
}
