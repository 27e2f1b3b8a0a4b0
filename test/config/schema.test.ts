import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from '../../src/config/schema.js';
import { validateConfig } from '../../src/config/validate.js';
import { rules } from '../../src/lint/rules/index.js';

const file = path.resolve(__dirname, '../../schema/config.schema.json');

describe('schema/config.schema.json', () => {
  it('is what buildConfigSchema(rules) builds from the rule registry (UPDATE_SCHEMA=1 rewrites it)', () => {
    const built = `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, built);
    expect(readFileSync(file, 'utf8')).toBe(built);
  });

  // [severity] and [severity, options] are one tuple with minItems 1, which strict tuple checking does not allow.
  const validate = new Ajv({ strict: true, strictTuples: false, allErrors: true }).compile(JSON.parse(readFileSync(file, 'utf8')));
  const accepts = (raw: unknown) => {
    try {
      validateConfig(raw, rules, 'x');
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    [{}, true],
    [{ $schema: 'x', rules: { 'title-style': 'off', encoding: 2, 'no-preamble': ['error'] } }, true],
    [{ rules: { 'title-style': ['warn', { maxLength: 90, requireTitle: false }] } }, true],
    [{ overrides: [{ files: '*.md', excludedFiles: ['a.md'], rules: { 'quote-balance': 'warn' } }], ignores: ['tmp/'] }, true],
    [{ sections: { insightHeadings: ['What we learned'] }, referenceDate: '2025-03-14' }, true],
    [{ referenceDate: null }, true],
    [{ rulez: {} }, false],
    [{ rules: { nope: 'off' } }, false],
    [{ rules: { 'title-style': 'warning' } }, false],
    [{ rules: { 'title-style': ['warn', { maxLength: '80' }] } }, false],
    [{ rules: { 'title-style': ['warn', { maxLen: 80 }] } }, false],
    [{ rules: { 'title-style': ['warn', {}, 1] } }, false],
    [{ overrides: [{ rules: {} }] }, false],
    [{ ignores: 'tmp/' }, false],
    [{ sections: { other: [] } }, false],
  ])('agrees with validateConfig on %j', (raw, valid) => {
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(valid);
    expect(accepts(raw)).toBe(valid);
  });
});
