import { InvalidArgumentError, Option } from 'commander';
import { ENCODING_CHOICES } from '../article/decode.js';
import { MIN_WIDTH } from '../report/text-layout.js';

/** `--ref-date`: a real calendar date, so a typo fails loudly instead of shifting every date. */
export function parseReferenceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

export function parseMaxBytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes.');
  return n;
}

/** `--width N`: the columns the text report fits in, at least as many as its narrowest layout. */
export function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_WIDTH || n > 1000) throw new InvalidArgumentError(`expected a whole number of columns from ${MIN_WIDTH} to 1000.`);
  return n;
}

/** `--encoding`, shared by analyze and lint. */
export function encodingOption(): Option {
  return new Option('--encoding <name>', 'how input bytes are decoded: auto (UTF-8, UTF-16 by BOM or NUL bytes, else Windows-1252 with a warning)')
    .choices([...ENCODING_CHOICES])
    .default('auto');
}

export type Concurrency = 'auto' | 'off' | number;

/** `--concurrency auto|off|N`; 1 means the same as off. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected auto, off, or a whole number from 1 to 64.');
  return n;
}
