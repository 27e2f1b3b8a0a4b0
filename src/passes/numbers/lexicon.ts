/** Number words, units and currencies English news writes; shared by the numbers and dates passes. */

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

/** Scale words and the glued abbreviations of them ("1.2bn", "5m", "3k"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);
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

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Time units by singular and plural form, with their TIMEX3 duration letter. */
export const TIME_UNITS: ReadonlyMap<string, { unit: string; timex: string }> = new Map(
  (
    [
      ['second', 'S'], ['minute', 'M'], ['hour', 'H'], ['day', 'D'], ['night', 'D'], ['week', 'W'],
      ['fortnight', 'W'], ['month', 'M'], ['quarter', 'Q'], ['year', 'Y'], ['decade', 'DE'],
      ['century', 'CE'],
    ] as const
  ).flatMap(([unit, timex]) => {
    const plural = unit === 'century' ? 'centuries' : `${unit}s`;
    return [[unit, { unit, timex }], [plural, { unit, timex }]] as const;
  }),
);

/** Units of measure, keyed by every spelling news uses, valued by the name reported. */
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
