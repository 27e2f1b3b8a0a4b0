import type { Command } from 'commander';
import reportSchema from '../../../schema/report.schema.json' with { type: 'json' };
import type { RunState } from '../errors.js';
import type { Io } from '../io.js';

export function registerSchema(program: Command, io: Io, _state: RunState): void {
  program
    .command('schema')
    .description('print the JSON Schema of a report')
    .action(() => {
      io.stdout.write(`${JSON.stringify(reportSchema, null, 2)}\n`);
    });
}
