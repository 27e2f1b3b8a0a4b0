import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { EXIT, type RunState } from '../errors.js';
import type { Io } from '../io.js';

/** The file `newsx init` writes; the first name newsx looks for after package.json and .newsxrc. */
const CONFIG_FILE = '.newsxrc.json';
/** Where an editor finds the schema once newsx is installed in the project. */
const SCHEMA = './node_modules/newsx/schema/config.schema.json';

export function registerInit(program: Command, io: Io, state: RunState): void {
  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE} (every rule at its default, with $schema for editors)`)
    .action(async () => {
      state.exitCode = await init(io);
    });
}

async function init(io: Io): Promise<number> {
  const { rules } = await import('../../lint/rules/index.js');
  const starter = {
    $schema: SCHEMA,
    rules: Object.fromEntries([...rules.values()].map((rule) => [rule.id, rule.meta.defaultSeverity])),
    overrides: [],
    ignores: [],
  };
  const file = path.join(io.cwd, CONFIG_FILE);
  try {
    // `wx`: never overwrite, even a file created since we looked.
    await writeFile(file, `${JSON.stringify(starter, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(code === 'EEXIST' ? `newsx: ${CONFIG_FILE} already exists; remove it or edit it (newsx init never overwrites)\n` : `newsx: cannot write ${CONFIG_FILE} (${(error as Error).message})\n`);
    return EXIT.usage;
  }
  io.stderr.write(`newsx: wrote ${CONFIG_FILE}; \`newsx print-config FILE\` shows what applies to a file\n`);
  return EXIT.ok;
}
