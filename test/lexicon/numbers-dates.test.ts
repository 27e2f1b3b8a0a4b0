import { describe, expect, it } from 'vitest';
import * as dates from '../../src/lexicon/dates.js';
import * as numbers from '../../src/lexicon/numbers.js';

const exported = Object.entries<unknown>({ ...numbers, ...dates });
const lists = exported.filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));
const tables = exported.filter((entry): entry is [string, ReadonlyMap<string, unknown>] => entry[1] instanceof Map);

describe('number and date word lists', () => {
  it.each(lists)('%s is sorted, unique and lower case', (_, list) => {
    expect([...new Set(list)].sort()).toEqual(list);
    expect(list.map((word) => word.toLowerCase())).toEqual(list);
  });

  it.each(tables)('%s has lower-case keys', (_, table) => {
    const keys = [...table.keys()];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((key) => key.toLowerCase())).toEqual(keys);
  });

  it('reads every month name and abbreviation as its month', () => {
    expect(dates.MONTHS.get('sept')).toBe(9);
    expect(dates.MONTHS.get('may')).toBe(5);
    expect(new Set(dates.MONTHS.values()).size).toBe(12);
    for (const short of dates.MONTH_ABBREVIATIONS) expect(dates.MONTHS.get(short), short).toBeGreaterThan(0);
  });

  it('knows every time unit in the singular and the plural', () => {
    expect(dates.TIME_UNITS.get('centuries')).toBe('century');
    expect(dates.TIME_UNITS.get('days')).toBe('day');
    expect(dates.TIME_UNITS.size).toBe(2 * dates.TIME_UNIT_LENGTHS.size);
  });
});
