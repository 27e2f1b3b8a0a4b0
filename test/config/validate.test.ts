import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/types.js';
import { parseRuleFlag, validateConfig } from '../../src/config/validate.js';
import { rules } from '../../src/lint/rules/index.js';

function problem(raw: unknown): string {
  try {
    validateConfig(raw, rules, '.newsxrc.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('validateConfig', () => {
  it('normalises a valid configuration', () => {
    const config = validateConfig(
      {
        $schema: './node_modules/newsx/schema/config.schema.json',
        rules: { 'title-style': ['warn', { maxLength: 90 }], 'quote-balance': 1, encoding: 'off' },
        overrides: [{ files: 'drafts/**', rules: { 'body-required': 'off' } }],
        ignores: ['tmp/'],
        sections: { insightHeadings: ['What we learned'], preamblePatterns: ['^draft:'] },
        referenceDate: '2025-03-14',
      },
      rules,
      'x',
    );
    expect(config).toEqual({
      rules: { 'title-style': { severity: 'warn', options: { maxLength: 90 } }, 'quote-balance': { severity: 'warn' }, encoding: { severity: 'off' } },
      overrides: [{ files: ['drafts/**'], excludedFiles: [], rules: { 'body-required': { severity: 'off' } } }],
      ignores: ['tmp/'],
      sections: { insightHeadings: ['What we learned'], preamblePatterns: ['^draft:'] },
      referenceDate: '2025-03-14',
    });
    expect(validateConfig(null, rules, 'x').rules).toEqual({});
  });

  it.each([
    [{ rulez: {} }, '.newsxrc.json: rulez: unknown key (did you mean "rules"?)'],
    [{ rules: { 'titel-style': 'warn' } }, '.newsxrc.json: rules.titel-style: unknown rule (did you mean "title-style"?)'],
    [{ rules: { 'made-up-rule': 'warn' } }, '.newsxrc.json: rules.made-up-rule: unknown rule'],
    [{ rules: { 'title-style': 'warning' } }, '.newsxrc.json: rules.title-style: expected "off", "warn" or "error", got "warning"'],
    [{ rules: { 'title-style': 3 } }, '.newsxrc.json: rules.title-style: expected "off", "warn" or "error", got number 3'],
    [{ rules: { 'title-style': ['warn', { maxLength: '80' }] } }, '.newsxrc.json: rules.title-style[1].maxLength: expected a number, got "80"'],
    [{ rules: { 'title-style': ['warn', { maxLength: 0 }] } }, '.newsxrc.json: rules.title-style[1].maxLength: expected at least 1, got 0'],
    [{ rules: { 'title-style': ['warn', { maxLength: 1.5 }] } }, '.newsxrc.json: rules.title-style[1].maxLength: expected a whole number, got 1.5'],
    [{ rules: { 'title-style': ['warn', { maxLen: 80 }] } }, '.newsxrc.json: rules.title-style[1].maxLen: unknown option (did you mean "maxLength"?); options are maxLength, maxHeadlineLength, requireTitle'],
    [{ rules: { 'quote-balance': ['warn', { strict: true }] } }, '.newsxrc.json: rules.quote-balance[1].strict: unknown option; this rule has none'],
    [{ rules: { 'title-style': ['warn', {}, 'extra'] } }, '.newsxrc.json: rules.title-style: expected a severity or [severity, options], got an array of 3'],
    [{ rules: { 'no-preamble': ['error', { patterns: ['(unclosed'] }] } }, '.newsxrc.json: rules.no-preamble[1].patterns[0]: not a valid regular expression (/(unclosed/iu: Unterminated group)'],
    [{ rules: { 'quote-attribution': ['warn', { partial: 'yes' }] } }, '.newsxrc.json: rules.quote-attribution[1].partial: expected true or false, got "yes"'],
    [{ rules: [] }, '.newsxrc.json: rules: expected an object, got an array'],
    [{ overrides: {} }, '.newsxrc.json: overrides: expected an array, got an object'],
    [{ overrides: [{ rules: {} }] }, '.newsxrc.json: overrides[0].files: required: the globs this override applies to'],
    [{ overrides: [{ files: ['*.md'], rules: { nope: 'off' } }] }, '.newsxrc.json: overrides[0].rules.nope: unknown rule'],
    [{ overrides: [{ files: '*.md', rule: {} }] }, '.newsxrc.json: overrides[0].rule: unknown key (did you mean "rules"?)'],
    [{ ignores: 'tmp/' }, '.newsxrc.json: ignores: expected an array of strings, got "tmp/"'],
    [{ ignores: ['ok', 3] }, '.newsxrc.json: ignores[1]: expected a string, got number 3'],
    [{ sections: { headings: [] } }, '.newsxrc.json: sections.headings: unknown key'],
    [{ referenceDate: '2025-02-30' }, '.newsxrc.json: referenceDate: expected a date as "YYYY-MM-DD", got "2025-02-30"'],
    ['rules', '.newsxrc.json: configuration: expected an object, got "rules"'],
  ])('rejects %j', (raw, message) => {
    expect(problem(raw)).toBe(message);
  });
});

describe('parseRuleFlag', () => {
  it('reads id:severity and id:[severity, options]', () => {
    expect(parseRuleFlag('title-style:off', rules)).toEqual(['title-style', { severity: 'off' }]);
    expect(parseRuleFlag('title-style:["warn",{"maxLength":90}]', rules)).toEqual(['title-style', { severity: 'warn', options: { maxLength: 90 } }]);
  });

  it.each([
    ['title-style', '--rule title-style: expected id:severity, e.g. title-style:off'],
    ['title-style:[warn', '--rule title-style:[warn: the setting is not valid JSON'],
    ['nope:off', '--rule nope:off: nope: unknown rule'],
  ])('rejects %s', (value, message) => {
    expect(() => parseRuleFlag(value, rules)).toThrow(message);
  });
});

describe('ConfigResolver', () => {
  const config = validateConfig(
    {
      rules: { 'title-style': ['error', { maxLength: 90 }] },
      overrides: [
        { files: ['drafts/**'], excludedFiles: ['drafts/final/**'], rules: { 'title-style': 'off' } },
        { files: '*.md', rules: { 'title-style': 'warn' } },
      ],
    },
    rules,
    'x',
  );
  const resolver = new ConfigResolver(config, rules, { 'quote-balance': { severity: 'warn' } });

  it('applies defaults, rules, matching overrides in order, then flags', () => {
    expect(resolver.forFile('news/a.txt').rules['title-style']).toEqual({ severity: 'error', options: { maxLength: 90, maxHeadlineLength: 250, requireTitle: true } });
    expect(resolver.forFile('drafts/a.txt').rules['title-style']!.severity).toBe('off');
    expect(resolver.forFile('drafts/final/a.txt').rules['title-style']!.severity).toBe('error');
    // A severity alone keeps the options set before it.
    expect(resolver.forFile('drafts/b.md').rules['title-style']).toEqual({ severity: 'warn', options: { maxLength: 90, maxHeadlineLength: 250, requireTitle: true } });
    expect(resolver.forFile('news/a.txt').rules['quote-balance']!.severity).toBe('warn');
    expect(resolver.forFile('news/a.txt').rules['body-required']!.severity).toBe('error');
  });

  it('shares one resolved object between files matched by the same overrides', () => {
    expect(resolver.forFile('a/x.txt')).toBe(resolver.forFile('b/y.txt'));
    expect(resolver.forFile('a/x.txt')).not.toBe(resolver.forFile('drafts/y.txt'));
  });
});
