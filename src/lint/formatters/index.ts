import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { summary } from './rule-counts.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every formatter by `--format` name. */
export const formatters = { stylish, json, sarif, github, junit, summary } as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof formatters;

export const FORMATTER_NAMES = Object.keys(formatters) as FormatterName[];

export type { FormatOptions, Formatter, LintSummary } from './types.js';
export { addToSummary, emptySummary, summarize } from './types.js';
