import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rules } from '../../src/lint/rules/index.js';
import { fakeIo } from '../helpers/io.js';
import { project } from '../helpers/project.js';

const root = path.resolve(__dirname, '../..');

async function run(args: string[], cwd: string) {
  const io = fakeIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsx init', () => {
  it('writes a starter .newsxrc.json with $schema and every rule at its default', async () => {
    const dir = project();
    const { code, out, err } = await run(['init'], dir);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain('wrote .newsxrc.json');
    const written = JSON.parse(readFileSync(path.join(dir, '.newsxrc.json'), 'utf8'));
    expect(written.$schema).toBe('./node_modules/newsx/schema/config.schema.json');
    expect(Object.keys(written.rules)).toEqual([...rules.keys()]);
    expect(written.rules['quote-attribution']).toBe('off');
    // It validates against the schema it names, and newsx reads it back as the defaults.
    const schema = JSON.parse(readFileSync(path.join(root, 'schema/config.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    const printed = await run(['print-config', 'corpus/a.txt'], dir);
    expect(JSON.parse(printed.out)).toMatchObject({ configFile: '.newsxrc.json', rules: { 'quote-balance': 'error' } });
    expect((await run(['lint', 'corpus'], dir)).code).toBe(0);
  });

  it('refuses to overwrite an existing one, with exit code 2', async () => {
    const dir = project({ '.newsxrc.json': '{"rules":{}}\n' });
    const { code, err } = await run(['init'], dir);
    expect(code).toBe(2);
    expect(err).toBe('newsx: .newsxrc.json already exists; remove it or edit it (newsx init never overwrites)\n');
    expect(readFileSync(path.join(dir, '.newsxrc.json'), 'utf8')).toBe('{"rules":{}}\n');
  });
});

describe('newsx lint --print-config FILE', () => {
  it('prints what print-config prints, and lints nothing', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '.newsxrc.json'), JSON.stringify({ rules: { 'title-style': 'off' } }));
    const alias = await run(['lint', '--print-config', 'corpus/a.txt', '--rule', 'quote-balance:warn'], dir);
    const direct = await run(['print-config', 'corpus/a.txt', '--rule', 'quote-balance:warn'], dir);
    expect(alias).toEqual(direct);
    const printed = JSON.parse(alias.out).rules;
    expect([printed['title-style'][0], printed['quote-balance']]).toEqual(['off', 'warn']);
  });
});
