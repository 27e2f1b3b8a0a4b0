import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';

/**
 * chrono loads on the first date that needs it (about 70 ms of modules), not when newsx starts:
 * an article without a month name or a numeric date never pays for it.
 */
let chrono: typeof Chrono | undefined;
const load = (): typeof Chrono => (chrono ??= createRequire(import.meta.url)('chrono-node/en') as typeof Chrono);

/**
 * chrono with only the parsers newsx asks it for. Its casual reader runs eighteen parsers over the
 * text, most for relative expressions the date grammar handles itself; the month-name and numeric
 * ones are a fraction of the cost. Parsers are picked by class name, and if a chrono release renames
 * them all, the full casual reader is used rather than none.
 */
function reader(names: readonly string[]): Chrono.Chrono {
  const picked = load().casual.clone();
  const parsers = picked.parsers.filter((parser) => names.includes(parser.constructor.name));
  if (parsers.length > 0) picked.parsers = parsers;
  return picked;
}

const DATE_PARSERS = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
];

let built: Chrono.Chrono | undefined;
/** Calendar dates only: "March 01 , 2008", "11 December", "7/8/07", "November 2006". */
export const dateReader = {
  parse(text: string, reference: Date): Chrono.ParsedResult[] {
    built ??= reader(DATE_PARSERS);
    return built.parse(text, reference);
  },
};
