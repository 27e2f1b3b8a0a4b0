import type { OptionSpec, RuleCatalog } from './rule-spec.js';

/**
 * The configuration's JSON Schema, built from the rules it is given so it cannot drift from them:
 * `schema/config.schema.json` is this, written out (test/config/schema.test.ts checks it and
 * rewrites it when run with UPDATE_SCHEMA=1). Editors use it for completion; newsx itself
 * validates with `validateConfig`, whose messages name the key and the file.
 */
export function buildConfigSchema(rules: RuleCatalog): Record<string, unknown> {
  const ruleDefinitions: Record<string, unknown> = {};
  const ruleProperties: Record<string, unknown> = {};
  for (const [id, rule] of rules) {
    const options = Object.entries(rule.meta.options);
    ruleProperties[id] = { $ref: `#/definitions/rule-${id}` };
    ruleDefinitions[`rule-${id}`] = {
      description: `${rule.meta.description} Default: "${rule.meta.defaultSeverity}".`,
      oneOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [
            { $ref: '#/definitions/severity' },
            {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(options.map(([name, spec]) => [name, optionSchema(spec)])),
            },
          ],
          additionalItems: false,
        },
      ],
    };
  }
  const rulesSchema = { type: 'object', additionalProperties: false, properties: ruleProperties };
  const strings = { type: 'array', items: { type: 'string' } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/newsx/schema/config.schema.json',
    title: 'newsx configuration',
    description: 'package.json#newsx, .newsxrc, .newsxrc.{json,yaml,yml,js,cjs,mjs} or newsx.config.{js,mjs,cjs}.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { $ref: '#/definitions/rules' },
      overrides: {
        description: 'Rule settings for some files; later overrides win. Globs are relative to the configuration file.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { $ref: '#/definitions/globs' },
            excludedFiles: { $ref: '#/definitions/globs' },
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
      ignores: { description: 'Files never linted, as .gitignore patterns relative to the configuration file.', ...strings },
      sections: {
        description: 'Passed to analyze(): extra insight headings and preamble patterns (regular expressions, case-insensitive).',
        type: 'object',
        additionalProperties: false,
        properties: { insightHeadings: strings, preamblePatterns: strings },
      },
      referenceDate: {
        description: 'Date relative dates resolve against, as YYYY-MM-DD.',
        type: ['string', 'null'],
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
    },
    definitions: {
      severity: { enum: ['off', 'warn', 'error', 0, 1, 2] },
      globs: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
      rules: rulesSchema,
      ...ruleDefinitions,
    },
  };
}

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const description = `${spec.description} Default: ${JSON.stringify(spec.default)}.`;
  switch (spec.type) {
    case 'number':
      return {
        description,
        type: spec.integer ? 'integer' : 'number',
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
      };
    case 'boolean':
      return { description, type: 'boolean' };
    case 'string[]':
    case 'regex[]':
      return { description, type: 'array', items: { type: 'string' } };
  }
}
