import * as chrono from 'chrono-node/en';

/**
 * chrono with only the parsers newsx asks it for. Its casual reader runs eighteen parsers over the
 * text, most for relative expressions the date grammar handles itself; the month-name and numeric
 * ones are a fraction of the cost. Parsers are picked by class name, and if a chrono release renames
 * them all, the full casual reader is used rather than none.
 */
function reader(names: readonly string[]): chrono.Chrono {
  const picked = chrono.casual.clone();
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

/** Calendar dates only: "March 01 , 2008", "11 December", "7/8/07", "November 2006". */
export const dateReader = reader(DATE_PARSERS);
