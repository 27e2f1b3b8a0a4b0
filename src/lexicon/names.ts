/**
 * Words of names: the closed classes of English news naming (titles, organisational and place heads,
 * particles) and the institutions news names by their seat or brand, not names from any article.
 * Lists are sorted, unique and lower case without dots (a test checks them); code builds its sets
 * from them.
 */

/** Role words that stand before a person's name and are kept out of it ("President", "aide"). */
export const TITLE_WORDS: readonly string[] = [
  'activist', 'actor', 'actress', 'adm', 'administrator', 'admiral', 'adviser', 'advisor', 'aide', 'alderman',
  'ambassador', 'analyst', 'anchor', 'archbishop', 'artist', 'assemblyman', 'assemblywoman', 'astronaut', 'attorney',
  'auditor', 'author', 'ayatollah', 'baron', 'baroness', 'billionaire', 'bishop', 'brigadier', 'businessman',
  'businesswoman', 'campaigner', 'candidate', 'capt', 'captain', 'cardinal', 'ceo', 'cfo', 'chair', 'chairman',
  'chairperson', 'chairwoman', 'chancellor', 'chaplain', 'chef', 'chief', 'cleric', 'cmdr', 'co-founder', 'coach',
  'cofounder', 'col', 'colonel', 'columnist', 'commander', 'commentator', 'commissioner', 'comptroller',
  'congressman', 'congresswoman', 'constable', 'controller', 'coo', 'corporal', 'correspondent', 'councillor',
  'councilor', 'cpl', 'cto', 'dame', 'dean', 'defender', 'delegate', 'deputy', 'designer', 'detective', 'diplomat',
  'director', 'director-general', 'dr', 'economist', 'editor', 'emir', 'emperor', 'empress', 'entrepreneur', 'envoy',
  'executive', 'father', 'filmmaker', 'forward', 'founder', 'gen', 'general', 'goalkeeper', 'gov', 'governor',
  'historian', 'host', 'imam', 'inspector', 'journalist', 'judge', 'justice', 'king', 'lady', 'lawyer', 'leader',
  'lecturer', 'lieutenant', 'lord', 'lt', 'magistrate', 'maj', 'major', 'manager', 'marshal', 'mayor', 'mep',
  'midfielder', 'minister', 'miss', 'mogul', 'monk', 'mp', 'mr', 'mrs', 'ms', 'mx', 'negotiator', 'novelist', 'nun',
  'officer', 'official', 'owner', 'pastor', 'photographer', 'physicist', 'pilot', 'pitcher', 'poet', 'pope',
  'premier', 'presenter', 'president', 'president-elect', 'priest', 'prince', 'princess', 'private', 'producer',
  'prof', 'professor', 'prosecutor', 'provost', 'publisher', 'quarterback', 'queen', 'rabbi', 'rapper', 'rector',
  'registrar', 'rep', 'reporter', 'representative', 'researcher', 'rev', 'reverend', 'scientist', 'secretary',
  'secretary-general', 'sen', 'senator', 'sergeant', 'sgt', 'sheikh', 'sheriff', 'singer', 'sir', 'speaker',
  'spokesman', 'spokesperson', 'spokeswoman', 'striker', 'student', 'sultan', 'superintendent', 'teacher',
  'treasurer', 'tycoon', 'under-secretary', 'undersecretary', 'vice-president', 'winger', 'writer',
];

/** Words that open or extend a title ("Foreign Minister", "Chief Executive Officer", "Attorney General"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'acting', 'agriculture', 'air', 'army', 'artistic', 'assistant', 'associate', 'attorney', 'chief', 'club', 'co',
  'communications', 'creative', 'culture', 'defence', 'defense', 'defensive', 'deputy', 'development', 'district',
  'economic', 'economy', 'education', 'emeritus', 'energy', 'environment', 'executive', 'federal', 'field',
  'finance', 'financial', 'fire', 'first', 'foreign', 'former', 'general', 'grand', 'head', 'health', 'high', 'home',
  'honorary', 'immigration', 'information', 'intelligence', 'interim', 'interior', 'joint', 'junior', 'justice',
  'labor', 'labour', 'lead', 'legal', 'majority', 'managing', 'medical', 'military', 'minority', 'national', 'naval',
  'offensive', 'operating', 'opposition', 'party', 'permanent', 'police', 'policy', 'political', 'presiding',
  'press', 'prime', 'principal', 'public', 'regional', 'security', 'senior', 'shadow', 'special', 'sports', 'state',
  'supreme', 'team', 'technical', 'trade', 'transport', 'vice',
];

/** Honorifics that abbreviate and take a full stop ("Mr.", "Dr."); the stop belongs to the word. */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'adm', 'bros', 'capt', 'cmdr', 'co', 'col', 'corp', 'cpl', 'dr', 'ft', 'gen', 'gov', 'inc', 'jr', 'lt', 'ltd',
  'maj', 'mr', 'mrs', 'ms', 'mt', 'prof', 'rep', 'rev', 'sen', 'sgt', 'sr', 'st',
];

/** Last words that make a capitalised run an organisation ("… Ministry", "… Party", "… Inc"). */
export const ORG_HEADS: readonly string[] = [
  'ab', 'academy', 'administration', 'afc', 'ag', 'agency', 'airline', 'airlines', 'airways', 'albion', 'alliance',
  'army', 'assembly', 'associates', 'association', 'athletic', 'authority', 'bancorp', 'bank', 'battalion', 'board',
  'brands', 'brigade', 'brigades', 'broadcaster', 'broadcasting', 'bureau', 'bv', 'cabinet', 'capital', 'caucus',
  'cf', 'chronicle', 'church', 'clinic', 'club', 'co', 'coalition', 'college', 'command', 'commission', 'committee',
  'commonwealth', 'communications', 'companies', 'company', 'computer', 'computers', 'confederation', 'conference',
  'congress', 'consortium', 'cooperative', 'corp', 'corporation', 'corps', 'council', 'court', 'daily', 'department',
  'diocese', 'directorate', 'division', 'electric', 'energy', 'enterprises', 'entertainment', 'exchange', 'fc',
  'federation', 'films', 'force', 'forces', 'foundation', 'front', 'fund', 'games', 'gazette', 'gmbh', 'government',
  'group', 'guard', 'herald', 'holdings', 'hospital', 'hotspur', 'inc', 'incorporated', 'industries', 'institute',
  'institution', 'insurance', 'international', 'investments', 'journal', 'laboratories', 'labs', 'league', 'legion',
  'limited', 'llc', 'llp', 'logistics', 'lp', 'ltd', 'magazine', 'media', 'ministry', 'motor', 'motors', 'movement',
  'municipality', 'navy', 'network', 'news', 'nv', 'office', 'olympic', 'orchestra', 'org', 'organisation',
  'organization', 'parliament', 'partners', 'party', 'petroleum', 'pharma', 'pharmaceuticals', 'pictures', 'plc',
  'police', 'ports', 'post', 'press', 'pty', 'publishers', 'publishing', 'radio', 'rail', 'railway', 'railways',
  'rangers', 'records', 'regiment', 'research', 'rovers', 'sa', 'sc', 'school', 'secretariat', 'securities',
  'senate', 'service', 'services', 'shipping', 'society', 'software', 'spa', 'squadron', 'studios', 'subcommittee',
  'systems', 'team', 'technologies', 'technology', 'telecom', 'telegraph', 'television', 'terminals', 'times',
  'transit', 'tribunal', 'tribune', 'trust', 'tv', 'union', 'university', 'ventures', 'wanderers',
  'weekly',
];

/** Last words that make a capitalised run a place ("… River", "… Province", "… Airport"). */
export const PLACE_HEADS: readonly string[] = [
  'airport', 'arena', 'ave', 'avenue', 'base', 'basin', 'bay', 'beach', 'borough', 'boulevard', 'bridge', 'building',
  'camp', 'canal', 'canyon', 'castle', 'cathedral', 'cemetery', 'center', 'centre', 'channel', 'city', 'coast',
  'complex', 'county', 'crossing', 'dam', 'delta', 'desert', 'district', 'emirates', 'falls', 'field', 'forest',
  'gallery', 'gardens', 'glacier', 'governorate', 'gulf', 'hall', 'harbor', 'harbour', 'heights', 'highway', 'hill',
  'hills', 'hotel', 'island', 'islands', 'isle', 'jail', 'kingdom', 'lake', 'lane', 'library', 'memorial',
  'monument', 'mosque', 'motorway', 'mountain', 'mountains', 'museum', 'oblast', 'ocean', 'palace', 'park', 'pass',
  'peninsula', 'planetarium', 'plateau', 'plaza', 'port', 'prefecture', 'prison', 'province', 'quarter', 'reef',
  'region', 'republic', 'river', 'road', 'sea', 'springs', 'square', 'stadium', 'state', 'station', 'strait',
  'straits', 'street', 'strip', 'temple', 'territories', 'territory', 'theater', 'theatre', 'tower', 'towers',
  'town', 'tunnel', 'valley', 'village', 'volcano', 'zoo',
];

/** Last words of a place run that are also common surnames ("Marc Lamont Hill"). */
export const SURNAME_HEADS: readonly string[] = [
  'bay', 'beach', 'bridge', 'field', 'ford', 'grove', 'hall', 'hill', 'lane', 'park', 'springs', 'street', 'wood',
];

/** Words that open a place name given after them ("North Korea", "Greater London", "mainland China"). */
export const COMPASS_WORDS: readonly string[] = [
  'central', 'downtown', 'east', 'eastern', 'greater', 'inner', 'lower', 'mainland', 'metro', 'metropolitan', 'new',
  'north', 'northeast', 'northern', 'northwest', 'old', 'outer', 'south', 'southeast', 'southern', 'southwest',
  'upper', 'west', 'western',
];

/** First words that make a run an organisation ("Air Canada", "Team Estonia"). */
export const ORG_OPENERS: readonly string[] = [
  'air', 'air-india', 'banca', 'banco', 'bank', 'club', 'groupe', 'grupo', 'radio', 'team',
];

/** Prepositions of location: an unknown name after them is more likely a place. */
export const LOCATIVES: readonly string[] = [
  'across', 'around', 'at', 'from', 'in', 'inside', 'near', 'outside', 'throughout', 'toward', 'towards', 'via',
];

/** First words that make a run a place ("Mount Everest", "Lake Geneva"). */
export const PLACE_OPENERS: readonly string[] = [
  'cape', 'fort', 'ft', 'isle', 'lake', 'mount', 'mt', 'port', 'saint', 'san', 'santa', 'st',
];

/** Lower-case name particles that may sit inside a person's name ("Charles de Gaulle", "bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'bin', 'da', 'de', 'del', 'della', 'den', 'der', 'des', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ter',
  'van', 'von',
];

/** Lower-case words that join an organisation or place head to its complement ("Bank of England"). */
export const HEAD_CONNECTORS: readonly string[] = [
  'of',
];

/**
 * Institutions named by their seat or brand that compromise does not know as organisations: the
 * metonyms of government and the platforms and outlets news cites.
 */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'abc', 'aeroflot', 'afp', 'al qaeda', 'al-qaeda', 'alphabet', 'amazon', 'anthropic', 'ap', 'apple',
  'associated press', 'axios', 'bbc', 'bloomberg', 'blue house', 'bluesky', 'bundesrat', 'bundestag', 'cbc', 'cbs',
  'cia', 'cnbc', 'cnn', 'downing street', 'duma', 'elysee', 'elysee palace', 'esa', 'europol', 'facebook', 'fbi',
  'fifa', 'fox news', 'frontex', 'fsb', 'gazprom', 'gchq', 'google', 'gru', 'guardian', 'hamas', 'hbo', 'hezbollah',
  'hizbollah', 'houthis', 'huawei', 'imf', 'instagram', 'interfax', 'interpol', 'ioc', 'isis', 'itv', 'kgb',
  'knesset', 'kremlin', 'linkedin', 'lufthansa', 'meta', 'mi5', 'mi6', 'microsoft', 'mossad', 'msnbc', 'nasa',
  'nato', 'netflix', 'nhs', 'npr', 'nsa', 'opec', 'openai', 'pentagon', 'politburo', 'politico', "quai d'orsay",
  'reddit', 'reuters', 'ria novosti', 'rosneft', 'ryanair', 'sky news', 'snapchat', 'spacex', 'spotify',
  'state duma', 'taliban', 'tass', 'telegram', 'tesla', 'threads', 'tiktok', 'truth social', 'twitter', 'uefa',
  'unesco', 'unhcr', 'unicef', 'wechat', 'weibo', 'whatsapp', 'white house', 'whitehall', 'wikinews', 'wikipedia',
  'wto', 'x corp', 'xinhua', 'youtube', 'zhongnanhai', 'élysée', 'élysée palace',
];

/** Names for one place or body written several ways, mapped to one key. */
export const ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['usa', 'united states'], ['america', 'united states'],
  ['united states of america', 'united states'], ['uk', 'united kingdom'], ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'], ['un', 'united nations'], ['eu', 'european union'],
  ['uae', 'united arab emirates'], ['ussr', 'soviet union'], ['nyc', 'new york city'], ['drc', 'democratic republic of the congo'],
  ['prc', "people's republic of china"], ['dprk', 'north korea'], ['rok', 'south korea'], 
]);

/** Acronyms that name places rather than organisations. */
export const PLACE_ACRONYMS: readonly string[] = [
  'dc', 'drc', 'eu', 'la', 'nsw', 'nyc', 'prc', 'uae', 'uk', 'us', 'usa', 'ussr',
];

/** Capitalised abbreviations that are not names. */
export const COMMON_ACRONYMS: readonly string[] = [
  'a', 'ac', 'ad', 'ai', 'aids', 'am', 'api', 'asap', 'atm', 'bbq', 'bc', 'btw', 'cd', 'ceo', 'ceos', 'cfo', 'cm',
  'coo', 'covid', 'cpi', 'ct', 'cto', 'diy', 'dna', 'dvd', 'edt', 'esg', 'est', 'etc', 'eur', 'ev', 'evs', 'faq',
  'ft', 'fyi', 'gbp', 'gdp', 'gmt', 'gps', 'gst', 'hiv', 'hq', 'hr', 'html', 'i', 'icu', 'id', 'ied', 'ii', 'iii',
  'ipo', 'iq', 'it', 'iv', 'ix', 'kg', 'km', 'kmh', 'ko', 'lb', 'lbs', 'lgbt', 'lgbtq', 'lng', 'lol', 'mba', 'mg',
  'ml', 'mm', 'mp', 'mph', 'mps', 'mri', 'mvp', 'nb', 'nft', 'nfts', 'ok', 'omg', 'op-ed', 'ot', 'oz', 'pc', 'pdf',
  'phd', 'pm', 'pms', 'ppi', 'pr', 'ps', 'pst', 'q', 'qa', 'rip', 'rpg', 'rpm', 'rsvp', 'rt', 'sms', 'suv', 'tko',
  'tv', 'ufc', 'ufo', 'url', 'usd', 'utc', 'uv', 'vat', 'vi', 'vii', 'viii', 'vip', 'vs', 'wmd', 'wmds', 'www', 'xi',
  'xii',
];

/** Lower-case nouns that, right after a name or right before it, say it is an organisation. */
export const ORG_CONTEXT_NOUNS: readonly string[] = [
  'agency', 'airframer', 'airline', 'app', 'automaker', 'bank', 'brand', 'broadcaster', 'carmaker', 'carrier',
  'chain', 'channel', 'charity', 'club', 'coalition', 'company', 'conglomerate', 'consortium', 'contractor',
  'corporation', 'daily', 'developer', 'exchange', 'faction', 'firm', 'franchise', 'giant', 'group', 'insurer',
  'label', 'lender', 'magazine', 'maker', 'manufacturer', 'militia', 'ministry', 'movement', 'network', 'newspaper',
  'operator', 'organisation', 'organization', 'outlet', 'parent', 'party', 'platform', 'publisher', 'regulator',
  'retailer', 'service', 'start-up', 'startup', 'studio', 'subsidiary', 'supplier', 'tabloid', 'team', 'union',
  'watchdog', 'website',
];

/** Lower-case nouns that, right after a name or right before it, say it is a place. */
export const PLACE_CONTEXT_NOUNS: readonly string[] = [
  'capital', 'city', 'country', 'county', 'district', 'island', 'municipality', 'neighborhood', 'neighbourhood',
  'oblast', 'port', 'prefecture', 'province', 'region', 'state', 'suburb', 'territory', 'town', 'village',
];

/** Small words a title-case headline leaves in lower case. */
export const SMALL_WORDS: readonly string[] = [
  'a', 'about', 'after', 'amid', 'an', 'and', 'are', 'as', 'at', 'be', 'before', 'but', 'by', 'for', 'from', 'in',
  'into', 'is', 'nor', 'of', 'off', 'on', 'onto', 'or', 'over', 'per', 'than', 'the', 'to', 'up', 'via', 'vs',
  'with',
];

/** Nationality, language and faith words compromise's lexicon lacks; like demonyms they modify a name rather than being one. */
export const EXTRA_DEMONYMS: readonly string[] = [
  'aboriginal', 'african', 'arab', 'arabs', 'asian', 'balkan', 'baltic', 'british', 'buddhist', 'buddhists',
  'catholic', 'catholics', 'christians', 'eastern', 'english', 'european', 'evangelical', 'evangelicals', 'hindu',
  'hindus', 'hispanic', 'irish', 'islamic', 'islamist', 'israelis', 'jew', 'jewish', 'jews', 'kurd', 'kurdish',
  'kurds', 'latin', 'latina', 'latino', 'maori', 'mormon', 'mormons', 'muslim', 'muslims', 'nordic', 'palestinians',
  'pan-african', 'pashtun', 'protestant', 'protestants', 'rohingya', 'scandinavian', 'scottish', 'shia', 'shiite',
  'shiites', 'sikh', 'sikhs', 'soviet', 'sunni', 'sunnis', 'tamil', 'uighur', 'uyghur', 'welsh', 'western',
  'zionist',
];

/** Prefixes that make a hyphenated word a stance or an affix, not a name ("Pro-Beijing", "Anti-Trump", "Pan-democrat"). */
export const STANCE_PREFIXES: readonly string[] = [
  'anti', 'co', 'ex', 'mid', 'multi', 'neo', 'non', 'pan', 'post', 'pre', 'pro', 'self', 'semi', 'sub',
];

/** Verbs of saying after a lone unknown name: people say things far more often than firms do. */
export const SPEECH_VERBS_AFTER_NAME: readonly string[] = [
  'added', 'argued', 'asked', 'claimed', 'insisted', 'posted', 'replied', 'said', 'says', 'stated', 'tells', 'told',
  'tweeted', 'writes', 'wrote',
];

/** Heads that make a run of demonyms a state ("Russian Federation", "Swiss Confederation"). */
export const POLITY_HEADS: readonly string[] = ['confederation', 'federation'];

/** Legislatures named by one word. */
export const SINGLE_WORD_BODIES: readonly string[] = ['congress', 'duma', 'knesset', 'parliament', 'senate'];

/** Suffixes after a person's name that are not its surname ("Jr", "III"). */
export const NAME_SUFFIXES: readonly string[] = ['ii', 'iii', 'iv', 'jr', 'sr'];

/** Words an acronym's initials skip ("Bank of England" → BoE). */
export const INITIALS_SKIP: readonly string[] = ['&', 'and', 'de', 'for', 'of', 'on', 'the'];

/**
 * Words of sports reporting: an article dense with them is a sports page, where a town names its
 * club ("Leeds beat Chelsea") and a figure beside a name is a score.
 */
export const SPORT_WORDS: readonly string[] = [
  'athlete', 'athletes', 'athletics', 'baseball', 'basketball', 'batsman', 'batsmen', 'batting', 'bowled', 'bowler',
  'bowlers', 'bowling', 'boxer', 'boxing', 'championships', 'coach', 'cricket', 'cruiserweight', 'cycling',
  'defender', 'division', 'drew', 'equalised', 'equaliser', 'equalized', 'featherweight', 'fixture', 'fixtures',
  'footballer', 'goal', 'goalkeeper', 'goalless', 'goals', 'golf', 'halftime', 'heavyweight', 'hockey', 'hurdles',
  'inning', 'innings', 'jockey', 'keeper', 'knock-out', 'knockout', 'lap', 'laps', 'league', 'lightweight', 'match',
  'matches', 'medal', 'medallist', 'middleweight', 'midfielder', 'motorsport', 'nba', 'nfl', 'nhl', 'olympic',
  'olympics', 'penalties', 'pitcher', 'playoff', 'playoffs', 'qualifier', 'qualifiers', 'qualifying',
  'quarter-final', 'quarter-finals', 'quarterfinal', 'racing', 'referee', 'rugby', 'scored', 'scorer', 'scorers',
  'semi-final', 'semi-finals', 'semifinal', 'soccer', 'sprinter', 'squash', 'stakes', 'standings', 'striker',
  'tennis', 'touchdown', 'tournament', 'welterweight', 'wicket', 'wickets', 'winger',
];

/** Words before a name on a sports page that make it a club ("against Leeds", "title rivals Essex", "homered for Boston"). */
export const CLUB_CUES_BEFORE: readonly string[] = [
  'against', 'beat', 'beating', 'champions', 'defeated', 'for', 'former', 'holders', 'hopefuls', 'hosts', 'joined',
  'leaders', 'over', 'rivals', 'visitors',
];

/** Words after a name on a sports page that make it a club ("Surrey captain", "Leeds manager"). */
export const CLUB_CUES_AFTER: readonly string[] = [
  'batsman', 'beat', 'bowler', 'captain', 'coach', 'defender', 'fans', 'goalkeeper', 'keeper', 'manager',
  'midfielder', 'skipper', 'striker', 'supporters',
];

/** Lower-case words before "of" that say a place follows ("outskirts of", "archbishop of", "east of"); with PLACE_CONTEXT_NOUNS and COMPASS_WORDS. */
export const PLACE_BEFORE_OF: readonly string[] = [
  'archbishop', 'bishop', 'border', 'centre', 'coast', 'governor', 'heart', 'mayor', 'outskirts', 'people',
  'residents', 'suburbs',
];
