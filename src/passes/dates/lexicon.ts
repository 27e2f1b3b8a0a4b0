/** Words the date grammar keys on. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** 0 = Sunday, as `calendar.weekday` counts. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5],
  ['saturday', 6],
]);

/** TIMEX3's part-of-day codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** Month a season is taken to start, to decide whether "last summer" is this year's. */
export const SEASON_START: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/** Frequency words and the period they repeat on. */
export const FREQUENCIES: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['fortnightly', 'P2W'],
  ['biweekly', 'P2W'], ['monthly', 'P1M'], ['quarterly', 'P3M'], ['annual', 'P1Y'], ['annually', 'P1Y'],
  ['yearly', 'P1Y'], ['biennial', 'P2Y'],
]);

/** Words that tie a date to the article's now rather than to a calendar day. */
export const REFERENCES: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['current', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['soon', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'],
]);

/** Words before a number of units that only hedge it ("nearly five months", "more than two years"). */
export const APPROXIMATORS = new Set([
  'almost', 'nearly', 'about', 'around', 'some', 'over', 'under', 'roughly', 'approximately', 'barely',
]);
export const APPROXIMATOR_PAIRS = new Set(['more than', 'less than', 'fewer than', 'at least', 'up to', 'just over', 'just under', 'well over']);

/** Words that put the date a clause talks about after the article's own date. */
export const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'due', 'until', 'till', 'expected', 'expects',
  'plans', 'planned', 'intends', 'tomorrow', 'coming', 'forthcoming', 'would', 'should', 'could', 'may',
  'might', 'deadline', 'aims', 'hopes',
]);

/** Words that put it before; with irregular past forms compromise can read as nouns ("sales rose"). */
export const PAST_CUES = new Set([
  'was', 'were', 'had', 'said', 'last', 'ago', 'since', 'yesterday', 'earlier', 'previously', 'did',
  'rose', 'fell', 'grew', 'sank', 'slid', 'shrank',
]);
