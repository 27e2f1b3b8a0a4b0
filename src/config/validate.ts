import type { OptionSpec, RuleCatalog, RuleOptions, Severity } from './rule-spec.js';
import { ConfigError, emptyConfig, type NewsxConfig, type Override, type RulePatch } from './types.js';

const TOP_LEVEL = ['$schema', 'rules', 'overrides', 'ignores', 'sections', 'referenceDate'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules'];
const SECTION_KEYS = ['insightHeadings', 'preamblePatterns'];
const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

/**
 * Checks a configuration object and normalises it. The first problem throws a ConfigError whose
 * one-line message names the source and the key ("newsx.config.js: rules.title-style[1].maxLength:
 * expected a number, got "80""), since a linter that guesses what a broken config meant lets CI pass.
 * `rules` are the rules the configuration may name, with their options.
 */
export function validateConfig(raw: unknown, rules: RuleCatalog, source: string): NewsxConfig {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(`${source}: ${key}: ${problem}`);
  };
  if (raw === null || raw === undefined) return emptyConfig();
  const object = expectObject(raw, 'configuration', fail);
  for (const key of Object.keys(object)) if (!TOP_LEVEL.includes(key)) fail(key, `unknown key${suggest(key, TOP_LEVEL)}`);
  const config = emptyConfig();
  if (object.rules !== undefined) config.rules = validateRules(object.rules, rules, 'rules', fail);
  if (object.overrides !== undefined) {
    if (!Array.isArray(object.overrides)) fail('overrides', `expected an array, got ${describe(object.overrides)}`);
    config.overrides = (object.overrides as unknown[]).map((entry, i) => validateOverride(entry, rules, `overrides[${i}]`, fail));
  }
  if (object.ignores !== undefined) config.ignores = expectStrings(object.ignores, 'ignores', fail);
  if (object.sections !== undefined) {
    const sections = expectObject(object.sections, 'sections', fail);
    for (const key of Object.keys(sections)) if (!SECTION_KEYS.includes(key)) fail(`sections.${key}`, `unknown key${suggest(key, SECTION_KEYS)}`);
    if (sections.insightHeadings !== undefined) config.sections.insightHeadings = expectStrings(sections.insightHeadings, 'sections.insightHeadings', fail);
    if (sections.preamblePatterns !== undefined) config.sections.preamblePatterns = expectPatterns(sections.preamblePatterns, 'sections.preamblePatterns', fail);
  }
  if (object.referenceDate !== undefined && object.referenceDate !== null) {
    config.referenceDate = expectDate(object.referenceDate, 'referenceDate', fail);
  }
  return config;
}

/** One `--rule` flag: `id:severity`, or `id:` followed by a JSON array as in a config file. */
export function parseRuleFlag(value: string, rules: RuleCatalog): [string, RulePatch] {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(`--rule ${value}: ${key === 'rules' ? '' : `${key.replace(/^rules\./, '')}: `}${problem}`);
  };
  const colon = value.indexOf(':');
  if (colon <= 0) fail('rules', 'expected id:severity, e.g. title-style:off');
  const id = value.slice(0, colon).trim();
  const setting = value.slice(colon + 1).trim();
  let parsed: unknown = setting;
  if (setting.startsWith('[')) {
    try {
      parsed = JSON.parse(setting);
    } catch {
      fail('rules', `the setting is not valid JSON`);
    }
  }
  return [id, validateRules({ [id]: parsed }, rules, 'rules', fail)[id]!];
}

type Fail = (key: string, problem: string) => never;

function validateRules(raw: unknown, rules: RuleCatalog, key: string, fail: Fail): Record<string, RulePatch> {
  const object = expectObject(raw, key, fail);
  const out: Record<string, RulePatch> = {};
  for (const [id, entry] of Object.entries(object)) {
    const rule = rules.get(id);
    if (!rule) fail(`${key}.${id}`, `unknown rule${suggest(id, [...rules.keys()])}`);
    const setting = Array.isArray(entry) ? entry : [entry];
    if (setting.length < 1 || setting.length > 2) fail(`${key}.${id}`, `expected a severity or [severity, options], got an array of ${setting.length}`);
    const severity = SEVERITIES[String(setting[0])];
    if (severity === undefined || (typeof setting[0] !== 'string' && typeof setting[0] !== 'number')) {
      fail(Array.isArray(entry) ? `${key}.${id}[0]` : `${key}.${id}`, `expected "off", "warn" or "error", got ${describe(setting[0])}`);
    }
    const patch: RulePatch = { severity: severity! };
    if (setting.length === 2) patch.options = validateOptions(setting[1], rule!.meta.options, `${key}.${id}[1]`, fail);
    out[id] = patch;
  }
  return out;
}

function validateOptions(raw: unknown, specs: Record<string, OptionSpec>, key: string, fail: Fail): Partial<RuleOptions> {
  const object = expectObject(raw, key, fail);
  const names = Object.keys(specs);
  const out: Partial<RuleOptions> = {};
  for (const [name, value] of Object.entries(object)) {
    const spec = specs[name];
    const at = `${key}.${name}`;
    if (!spec) fail(at, names.length ? `unknown option${suggest(name, names)}; options are ${names.join(', ')}` : 'unknown option; this rule has none');
    switch (spec!.type) {
      case 'number': {
        if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, `expected a number, got ${describe(value)}`);
        const n = value as number;
        if (spec!.integer && !Number.isInteger(n)) fail(at, `expected a whole number, got ${n}`);
        if (spec!.minimum !== undefined && n < spec!.minimum) fail(at, `expected at least ${spec!.minimum}, got ${n}`);
        if (spec!.maximum !== undefined && n > spec!.maximum) fail(at, `expected at most ${spec!.maximum}, got ${n}`);
        out[name] = n;
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') fail(at, `expected true or false, got ${describe(value)}`);
        out[name] = value as boolean;
        break;
      case 'string[]':
        out[name] = expectStrings(value, at, fail);
        break;
      case 'regex[]':
        out[name] = expectPatterns(value, at, fail);
        break;
    }
  }
  return out;
}

function validateOverride(raw: unknown, rules: RuleCatalog, key: string, fail: Fail): Override {
  const object = expectObject(raw, key, fail);
  for (const name of Object.keys(object)) if (!OVERRIDE_KEYS.includes(name)) fail(`${key}.${name}`, `unknown key${suggest(name, OVERRIDE_KEYS)}`);
  if (object.files === undefined) fail(`${key}.files`, 'required: the globs this override applies to');
  const globs = (name: 'files' | 'excludedFiles') => {
    const value = object[name];
    if (value === undefined) return [];
    const list = typeof value === 'string' ? [value] : expectStrings(value, `${key}.${name}`, fail);
    if (list.length === 0 && name === 'files') fail(`${key}.files`, 'expected at least one glob');
    return list;
  };
  return { files: globs('files'), excludedFiles: globs('excludedFiles'), rules: object.rules === undefined ? {} : validateRules(object.rules, rules, `${key}.rules`, fail) };
}

function expectObject(raw: unknown, key: string, fail: Fail): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(key, `expected an object, got ${describe(raw)}`);
  return raw as Record<string, unknown>;
}

function expectStrings(raw: unknown, key: string, fail: Fail): string[] {
  if (!Array.isArray(raw)) fail(key, `expected an array of strings, got ${describe(raw)}`);
  (raw as unknown[]).forEach((item, i) => {
    if (typeof item !== 'string') fail(`${key}[${i}]`, `expected a string, got ${describe(item)}`);
  });
  return [...(raw as string[])];
}

function expectPatterns(raw: unknown, key: string, fail: Fail): string[] {
  const patterns = expectStrings(raw, key, fail);
  patterns.forEach((pattern, i) => {
    try {
      new RegExp(pattern, 'iu');
    } catch (error) {
      fail(`${key}[${i}]`, `not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
    }
  });
  return patterns;
}

function expectDate(raw: unknown, key: string, fail: Fail): string {
  const value = typeof raw === 'string' ? raw : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) fail(key, `expected a date as "YYYY-MM-DD", got ${describe(raw)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** ` (did you mean "x"?)` for a near miss, so a typo in CI config is a one-glance fix. */
export function suggest(word: string, candidates: string[]): string {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // A truncated name ("maxLen") is as near as a typo.
    const d = lower.length >= 3 && candidate.toLowerCase().startsWith(lower) ? 1 : distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
