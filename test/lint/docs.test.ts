import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';

const root = path.resolve(__dirname, '../..');
const ids = [...rules.keys()];

describe('the rule registry', () => {
  it('is sorted by id, and each rule lives in src/lint/rules/<id>.ts', () => {
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) {
      expect(rules.get(id)!.id).toBe(id);
      expect(existsSync(path.join(root, 'src/lint/rules', `${id}.ts`)), id).toBe(true);
    }
    const files = readdirSync(path.join(root, 'src/lint/rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ids);
  });

  it('has valid and invalid cases for each rule in test/lint/rules/<id>.test.ts', () => {
    const files = readdirSync(path.join(root, 'test/lint/rules')).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(files.sort()).toEqual(ids);
  });

  it('has the rules the issue asks for, at their default severities', () => {
    expect(Object.fromEntries([...rules].map(([id, rule]) => [id, rule.meta.defaultSeverity]))).toEqual({
      'body-required': 'error',
      'duplicate-article': 'warn',
      encoding: 'error',
      'insight-quote-not-in-body': 'error',
      'insight-repeats-body': 'warn',
      'insight-unsupported': 'warn',
      'no-category-slugs': 'warn',
      'no-preamble': 'error',
      'quote-attribution': 'off',
      'quote-balance': 'error',
      'repeated-sentence': 'warn',
      'title-style': 'warn',
    });
  });
});

describe('docs/rules', () => {
  it.each(ids)('%s has a page naming it, its default severity and every option', (id) => {
    const file = path.join(root, 'docs/rules', `${id}.md`);
    expect(existsSync(file), `docs/rules/${id}.md is missing`).toBe(true);
    const page = readFileSync(file, 'utf8');
    const rule = rules.get(id)!;
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`- Default severity: \`${rule.meta.defaultSeverity}\``);
    expect(page).toContain(`- Scope: ${rule.meta.scope}`);
    for (const option of Object.keys(rule.meta.options)) expect(page, `${id} option ${option}`).toContain(`| \`${option}\` |`);
  });

  it('has no page for a rule that does not exist', () => {
    const pages = readdirSync(path.join(root, 'docs/rules')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(ids);
  });
});
