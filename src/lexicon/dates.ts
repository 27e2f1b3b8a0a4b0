/**
 * The words dates and times are written in: calendar names, the units time is counted in, and
 * the words around a date that say where it lies from the article's own date.
 */

const MONTHS_IN_ORDER = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Abbreviated month names ("Sept."); each is the start of its month's name. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'nov', 'oct', 'sep', 'sept'];

/** Month names and their abbreviations, valued 1–12. The one list of months newsx reads. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTHS_IN_ORDER.map((name, i) => [name, i + 1] as const),
  ...MONTH_ABBREVIATIONS.map((short) => [short, MONTHS_IN_ORDER.findIndex((name) => name.startsWith(short)) + 1] as const),
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

/** TIMEX3's season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** "the sixties": the decade of the 1900s each names. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7],
  ['eighties', 8], ['nineties', 9],
]);

/** How TIMEX3 writes a length of time counted in one unit ("PT3H", "P2W", "P20Y"). */
export interface TimeUnitLength {
  /** The unit's own letters, as an uncounted "decades" is written: "PXDE". */
  letters: string;
  /** The letter a count of the unit is written in, and how many of that one unit makes: two decades are "P20Y". */
  countedIn: string;
  times: number;
  /** Clock units are written after a "T": "PT3H". */
  clock: boolean;
}

const length = (letters: string, clock = false, countedIn = letters, times = 1): TimeUnitLength => ({ letters, countedIn, times, clock });

/**
 * The units news counts time in, by singular name, with their TIMEX3 letters: the one table both
 * durations ("two decades" → P20Y) and "… ago" (twenty years before the article) are read from.
 */
export const TIME_UNIT_LENGTHS: ReadonlyMap<string, TimeUnitLength> = new Map([
  ['second', length('S', true)],
  ['minute', length('M', true)],
  ['hour', length('H', true)],
  ['day', length('D')],
  ['night', length('D')],
  ['week', length('W')],
  ['fortnight', length('W', false, 'W', 2)],
  ['month', length('M')],
  ['quarter', length('Q')],
  ['year', length('Y')],
  ['decade', length('DE', false, 'Y', 10)],
  ['century', length('CE', false, 'Y', 100)],
]);

const plural = (unit: string) => (unit.endsWith('y') && !/[aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`);

/** Time units in the singular and the plural ("years", "centuries"), each valued by its singular name. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map(
  [...TIME_UNIT_LENGTHS.keys()].flatMap((unit) => [[unit, unit], [plural(unit), unit]] as const),
);

/** Calendar units a date can be shifted by: "last week", "the end of this year". */
export const CALENDAR_UNITS = ['century', 'day', 'decade', 'month', 'quarter', 'week', 'weekend', 'year'] as const;

/** Words that shift a calendar unit from the one holding the article's date. */
export const SHIFTS: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['previous', -1], ['prior', -1], ['preceding', -1], ['next', 1],
  ['following', 1], ['coming', 1],
]);

/** Days named from the article's own: "today", "yesterday". */
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** "the first quarter", "the final half": the quarter or half each names. */
export const PERIOD_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/** Frequency words and the period they repeat on. */
export const FREQUENCIES: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['fortnightly', 'P2W'],
  ['biweekly', 'P2W'], ['monthly', 'P1M'], ['quarterly', 'P3M'], ['annual', 'P1Y'], ['annually', 'P1Y'],
  ['yearly', 'P1Y'], ['biennial', 'P2Y'],
]);

/**
 * Words that tie a date to the article's now rather than to a calendar day. "current", "currently",
 * "recent" and "recently" say how things stand, not when: they are left untagged.
 */
export const REFERENCES: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['soon', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'],
]);

/** Nouns after "today's" that make it the present age rather than the day: "today's world", "today's youth". */
export const GENERIC_NOUNS: readonly string[] = ['culture', 'economy', 'generation', 'market', 'society', 'standards', 'world', 'youth'];

/** Intensifiers a "soon" keeps in its span: "very soon", "so soon". */
export const REFERENCE_INTENSIFIERS: readonly string[] = ['just', 'quite', 'so', 'too', 'very'];

/** Hedges on a month or a year: "early June", "mid-2009". */
export const PERIOD_EDGES: readonly string[] = ['early', 'late', 'mid'];

/** Hedges on a day or a period: "early Friday", "later this year". */
export const EDGE_MODIFIERS: readonly string[] = [...PERIOD_EDGES, 'earlier', 'later'].sort();

/** Words before a weekday that make it a day of this week, not part of a name ("last Friday", "on Monday"). */
export const WEEKDAY_PREFIXES: readonly string[] = ['coming', 'early', 'last', 'late', 'next', 'on', 'past', 'this'];

/** Named days that fall on a weekday but are not this week's: "Good Friday", "Cyber Monday". */
export const NAMED_DAY_PREFIXES: readonly string[] = ['ash', 'black', 'bloody', 'blue', 'cyber', 'easter', 'giving', 'good', 'holy', 'maundy', 'palm', 'shrove', 'super', 'whit'];

/** Parts of a period: "the end of this year", "the rest of the week". */
export const PERIOD_PARTS: readonly string[] = ['beginning', 'close', 'end', 'middle', 'remainder', 'rest', 'start', 'turn'];

/** Phases of a stretch of days: "the early weeks of the war", "the final day". */
export const PHASES: readonly string[] = ['closing', 'earliest', 'early', 'final', 'first', 'initial', 'last', 'late', 'latter', 'opening'];

/** Words that open a short noun phrase: "the day of the talks", "the early weeks of its war". */
export const NOUN_PHRASE_OPENERS: readonly string[] = ['a', 'an', 'her', 'his', 'its', 'our', 'that', 'the', 'their', 'this'];

/** Words after "the day" that make it the day something happened: "the day when", "the day he". */
export const DAY_CLAUSE_OPENERS: readonly string[] = ['after', 'before', 'he', 'i', 'in', 'it', 'on', 'she', 'that', 'they', 'we', 'when', 'which'];

/** Words before a number that make it no year: "$2000", "flight 1549", "No. 2008". */
export const YEAR_BLOCKERS: readonly string[] = ['#', '$', 'article', 'flight', 'no', 'no.', 'nos', 'number', 'page', 'room', 'route', 'rule', 'section', '£', '¥', '€'];

/** Determiners that make digits before a plural a year: "the 2014 protests", not "2000 employees". */
export const YEAR_DETERMINERS: readonly string[] = ['a', 'an', 'her', 'his', 'its', 'that', 'the', 'their', 'this'];

/** Words after which an older number reads as a year: "in 1848", "since 1066". */
export const YEAR_OPENERS: readonly string[] = [
  'after', 'and', 'around', 'autumn', 'before', 'between', 'by', 'c.', 'circa', 'during', 'early', 'fall', 'fiscal',
  'from', 'in', 'late', 'mid', 'of', 'or', 'since', 'spring', 'summer', 'the', 'through', 'till', 'to', 'until',
  'winter', 'year',
];

/** Words between a count and its time unit that keep it a length of time: "five straight years". */
export const DURATION_ADJECTIVES: readonly string[] = ['additional', 'business', 'consecutive', 'extra', 'full', 'further', 'long', 'more', 'straight', 'successive', 'trading', 'whole', 'working'];

/** Words after "the" that open a length of time: "the past nine days", "the first two weeks". */
export const DURATION_LEADS: readonly string[] = ['coming', 'entire', 'final', 'first', 'following', 'full', 'initial', 'last', 'next', 'past', 'previous', 'same', 'whole'];

/** Words before a bare plural unit that make it a length of time: "for years", "within months". */
export const BARE_UNIT_OPENERS: readonly string[] = ['after', 'for', 'in', 'over', 'recent', 'than', 'within'];

/** Words before "a year" that make it a rate: "twice a year", "15% a year". */
export const RATE_WORDS: readonly string[] = ['%', 'cent', 'once', 'percent', 'thrice', 'times', 'twice'];

/** Words before a number of units that only hedge it ("nearly five months"). */
export const APPROXIMATORS: readonly string[] = ['about', 'almost', 'approximately', 'around', 'barely', 'nearly', 'over', 'roughly', 'some', 'under'];

/** Two-word hedges: "more than two years". */
export const APPROXIMATOR_PAIRS: readonly string[] = ['at least', 'fewer than', 'just over', 'just under', 'less than', 'more than', 'up to', 'well over'];

/** Prepositions that make "10:30" a clock time rather than a ratio or a score. */
export const CLOCK_PREPOSITIONS: readonly string[] = ['about', 'after', 'around', 'at', 'before', 'by', 'from', 'since', 'till', 'to', 'until'];

/** Time zones written after a clock time. */
export const TIME_ZONES: readonly string[] = [
  'aedt', 'aest', 'bst', 'cdt', 'cest', 'cet', 'cst', 'ct', 'edt', 'est', 'et', 'gmt', 'hkt', 'ist', 'jst', 'msk',
  'mst', 'mt', 'pdt', 'pst', 'pt', 'sgt', 'utc', 'wib', 'z',
];

/** The zones that are UTC, so the time takes TIMEX3's "Z". */
export const UTC_ZONES: readonly string[] = ['gmt', 'utc', 'z'];

/** Words that put the date a clause talks about after the article's own date. */
export const FUTURE_CUES: readonly string[] = [
  "'ll", 'aims', 'coming', 'could', 'deadline', 'due', 'expected', 'expects', 'forthcoming', 'hopes', 'intends', 'may',
  'might', 'next', 'planned', 'planning', 'plans', 'scheduled', 'shall', 'should', 'till', 'tomorrow', 'until', 'upcoming', 'will',
  'would',
];

/** Words that put it before; with irregular past forms compromise can read as nouns ("sales rose"). */
export const PAST_CUES: readonly string[] = ['ago', 'did', 'earlier', 'fell', 'grew', 'had', 'last', 'previously', 'rose', 'said', 'sank', 'shrank', 'since', 'slid', 'was', 'were', 'yesterday'];

/** Words before "to" that make the infinitive after it a plan: "is to be held", "set to begin". */
export const PLAN_WORDS: readonly string[] = ['about', 'aims', 'are', 'due', 'expected', 'going', 'hopes', 'intends', 'is', 'planned', 'plans', 'scheduled', 'set', 'wants', 'was', 'were'];

/** Auxiliaries before a past participle that is no past tense: "is expected", "got delayed". */
export const PASSIVE_AUXILIARIES: readonly string[] = ['am', 'are', 'be', 'been', 'being', 'get', 'gets', 'got', 'is'];
