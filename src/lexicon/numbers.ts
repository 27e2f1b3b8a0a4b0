/**
 * Number words, units and currencies English news writes, and the closed-class words around a
 * count that decide what it counts. The numbers and dates passes both read them.
 */

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Scale words; "dozen" is read apart because it multiplies a count rather than a group. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** The abbreviated scales glued to digits ("1.2bn", "5m", "3k"). */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1000], ['millionth', 1e6],
]);

/** Letters glued to digits that make them an ordinal ("3rd"). */
export const ORDINAL_SUFFIXES: readonly string[] = ['nd', 'rd', 'st', 'th'];

/** Quantifiers that count without a value ("several years", "many people"). */
export const VAGUE_COUNTS: readonly string[] = ['countless', 'few', 'many', 'multiple', 'numerous', 'several', 'some'];

/** Plural fractions: "two-thirds" is a share, not two of something. */
export const FRACTIONS: readonly string[] = ['eighths', 'fifths', 'fourths', 'half', 'halves', 'ninths', 'quarters', 'sevenths', 'sixths', 'tenths', 'thirds'];

/** What joins the two numbers of a range ("10-12", "1,500 to 2,000", "30 -- 40"). */
export const RANGE_LINKS: readonly string[] = ['-', '--', 'to', '–', '—'];

/** Possessive determiners: "its fifth year" ranks within what "its" refers to. */
export const POSSESSIVES: readonly string[] = ['her', 'his', 'its', 'my', 'our', 'their', 'your'];

/** Words before a spelled-out number with no noun that make it stand for people or things already named ("the two have met"). */
export const PRONOUN_HOSTS: readonly string[] = ['all', 'any', 'both', 'each', 'every', 'her', 'his', 'its', 'my', 'no', 'our', 'that', 'the', 'their', 'these', 'this', 'those', 'which', 'your'];

/** Determiners before digits that name a model when nothing is counted: "the 787", "their 737". */
export const MODEL_DETERMINERS: readonly string[] = ['her', 'his', 'its', 'our', 'that', 'the', 'their', 'this'];

/** Determiners an "of" phrase may open with: "a fifth of the parts". */
export const OF_DETERMINERS: readonly string[] = ['a', 'an', 'her', 'his', 'its', 'that', 'the', 'their', 'these', 'this', 'those'];

/** Words between a number and its noun that do not change what is counted ("12 more", "the third such"). */
export const SKIPPABLE_MODIFIERS: readonly string[] = ['additional', 'consecutive', 'extra', 'full', 'further', 'more', 'new', 'other', 'straight', 'successive', 'such', 'whole'];

/** Nouns whose plural looks singular, so "150 aircraft" still counts aircraft. */
export const INVARIANT_PLURALS: readonly string[] = [
  'aircraft', 'cattle', 'children', 'crew', 'data', 'deer', 'fish', 'hovercraft', 'livestock', 'media', 'men',
  'offspring', 'people', 'personnel', 'police', 'series', 'sheep', 'spacecraft', 'species', 'staff', 'troops', 'women',
];

/** Units of measure by every spelling news uses, valued by the name reported. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['km', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
      ['m', ['metre', 'metres', 'meter', 'meters']],
      ['cm', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']],
      ['mm', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters']],
      ['mile', ['mile', 'miles']],
      ['foot', ['foot', 'feet', 'ft']],
      ['inch', ['inch', 'inches']],
      ['yard', ['yard', 'yards']],
      ['kg', ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos']],
      ['g', ['gram', 'grams']],
      ['tonne', ['tonne', 'tonnes', 'ton', 'tons']],
      ['lb', ['lb', 'lbs', 'pound', 'pounds']],
      ['litre', ['litre', 'litres', 'liter', 'liters']],
      ['gallon', ['gallon', 'gallons']],
      ['barrel', ['barrel', 'barrels']],
      ['hectare', ['hectare', 'hectares', 'ha']],
      ['acre', ['acre', 'acres']],
      ['sq km', ['sq km', 'km2']],
      ['degree', ['degree', 'degrees']],
      ['mph', ['mph']],
      ['km/h', ['kph', 'km/h']],
      ['knot', ['knot', 'knots']],
      ['MW', ['mw', 'megawatt', 'megawatts']],
      ['GW', ['gw', 'gigawatt', 'gigawatts']],
      ['kW', ['kw', 'kilowatt', 'kilowatts']],
      ['kWh', ['kwh']],
      ['GB', ['gb', 'gigabyte', 'gigabytes']],
      ['TB', ['tb', 'terabyte', 'terabytes']],
      ['point', ['point', 'points']],
      ['percentage point', ['percentage point', 'percentage points']],
    ] as const
  ).flatMap(([name, forms]) => forms.map((form) => [form, name] as const)),
);

/** Nouns after a distance that make "60m" metres: races and events ("the 60m hurdles", "the 400m final"). */
export const DISTANCE_EVENTS: readonly string[] = [
  'backstroke', 'breaststroke', 'butterfly', 'dash', 'event', 'final', 'finals', 'freestyle', 'heat', 'heats',
  'hurdles', 'individual', 'medley', 'race', 'record', 'relay', 'semi', 'semifinal', 'semifinals', 'sprint',
  'steeplechase', 'title', 'world',
];

/** Verbs before a length that make "6.63m" metres: a jump, a throw, a height. */
export const LENGTH_VERBS: readonly string[] = [
  'cleared', 'clears', 'hurled', 'jumped', 'jumps', 'leapt', 'measured', 'measures', 'measuring', 'threw',
  'throws', 'vaulted',
];

/** Words after a length that make "10m" metres: "10m high", "a 3m-deep pit". */
export const DIMENSIONS: readonly string[] = ['away', 'deep', 'high', 'long', 'tall', 'thick', 'wide'];

/** Words after a hyphenated "one" that make it no count: "a one-off", "one-on-one", "a one-way street". */
export const ONE_COMPOUNDS: readonly string[] = ['liner', 'off', 'on', 'sided', 'way'];

/** Currency marks written before the amount; "$" alone is read as US dollars, as news does. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['a$', 'AUD'], ['au$', 'AUD'], ['c$', 'CAD'], ['ca$', 'CAD'],
  ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'], ['r$', 'BRL'], ['€', 'EUR'], ['£', 'GBP'],
  ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₦', 'NGN'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['chf', 'CHF'],
  ['aud', 'AUD'], ['cad', 'CAD'], ['inr', 'INR'], ['rs', 'INR'], ['rub', 'RUB'],
]);

/** Currency names written after the amount. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['franc', 'CHF'],
  ['francs', 'CHF'], ['peso', 'MXN'], ['pesos', 'MXN'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'],
  ['lira', 'TRY'], ['rand', 'ZAR'], ['naira', 'NGN'], ['shekel', 'ILS'], ['shekels', 'ILS'],
]);

/** "Australian dollars", "Hong Kong dollars": the nationality decides which dollar. */
export const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'],
  ['hong kong', 'HKD'], ['new zealand', 'NZD'], ['singapore', 'SGD'], ['taiwan', 'TWD'],
  ['zimbabwean', 'ZWL'],
]);
