/**
 * Word lists the entities pass reads, all lower case without dots. They hold the closed classes of
 * English news naming (titles, organisational heads, place heads), not names from any article.
 */

/** Role words that stand before a person's name and are kept out of it ("President", "aide"). */
export const TITLE_WORDS = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'pope', 'sheikh', 'emir', 'ayatollah', 'sultan', 'general', 'gen', 'colonel', 'col',
  'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'commander', 'cmdr', 'admiral', 'adm', 'sergeant', 'sgt',
  'corporal', 'cpl', 'private', 'marshal', 'brigadier', 'judge', 'justice', 'magistrate', 'ambassador', 'envoy',
  'commissioner', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'administrator', 'superintendent', 'sheriff',
  'inspector', 'detective', 'officer', 'constable', 'chief', 'mp', 'mep', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr',
  'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baron', 'baroness', 'rev', 'reverend', 'bishop',
  'archbishop', 'cardinal', 'father', 'rabbi', 'imam', 'cleric', 'coach', 'aide', 'adviser', 'advisor', 'analyst',
  'economist', 'attorney', 'lawyer', 'prosecutor', 'candidate', 'founder', 'cofounder', 'co-founder', 'dean',
  'executive', 'official', 'diplomat', 'negotiator', 'councillor', 'councilor', 'alderman', 'assemblyman',
  'assemblywoman', 'delegate', 'deputy', 'undersecretary', 'under-secretary', 'treasurer', 'comptroller',
  'controller', 'auditor', 'registrar', 'provost', 'rector', 'chaplain', 'pastor', 'priest', 'nun', 'monk',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'quarterback', 'pitcher', 'manager',
  'owner', 'publisher', 'editor', 'reporter', 'correspondent', 'columnist', 'journalist', 'author', 'writer',
  'novelist', 'poet', 'actor', 'actress', 'singer', 'rapper', 'artist', 'photographer', 'designer', 'filmmaker',
  'producer', 'director-general', 'secretary-general', 'physicist', 'scientist', 'researcher', 'astronaut', 'pilot',
  'activist', 'campaigner', 'businessman', 'businesswoman', 'entrepreneur', 'billionaire', 'tycoon', 'mogul',
  'chef', 'host', 'presenter', 'anchor', 'commentator', 'historian', 'lecturer', 'teacher', 'student',
]);

/** Words that open or extend a title ("Foreign Minister", "Chief Executive Officer", "Attorney General"). */
export const TITLE_MODIFIERS = new Set([
  'vice', 'prime', 'foreign', 'deputy', 'special', 'chief', 'executive', 'senior', 'junior', 'assistant', 'acting',
  'interim', 'former', 'first', 'home', 'interior', 'defense', 'defence', 'finance', 'health', 'education', 'trade',
  'economy', 'shadow', 'emeritus', 'presiding', 'attorney', 'general', 'district', 'associate', 'managing',
  'principal', 'high', 'grand', 'supreme', 'press', 'public', 'state', 'national', 'federal', 'regional', 'head',
  'team', 'club', 'party', 'opposition', 'majority', 'minority', 'defensive', 'offensive', 'creative', 'artistic',
  'technical', 'financial', 'operating', 'medical', 'police', 'fire', 'army', 'air', 'naval', 'military', 'labour',
  'labor', 'justice', 'culture', 'energy', 'environment', 'transport', 'agriculture', 'immigration', 'security',
  'intelligence', 'communications', 'development', 'sports', 'information', 'legal', 'political', 'economic',
  'policy', 'lead', 'co', 'honorary', 'permanent', 'joint', 'field',
]);

/** Honorifics that abbreviate and take a full stop ("Mr.", "Dr."); the stop belongs to the word. */
export const DOTTED_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'cmdr', 'adm', 'maj',
  'cpl', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros',
]);

/** Last words that make a capitalised run an organisation ("… Ministry", "… Party", "… Inc"). */
export const ORG_HEADS = new Set([
  'ministry', 'party', 'council', 'inc', 'incorporated', 'corp', 'corporation', 'company', 'co', 'companies', 'ltd',
  'limited', 'llc', 'llp', 'lp', 'plc', 'fc', 'afc', 'cf', 'sc', 'university', 'college', 'school', 'academy',
  'institute', 'institution', 'agency', 'commission', 'department', 'bank', 'bancorp', 'association', 'committee',
  'subcommittee', 'union', 'federation', 'confederation', 'foundation', 'fund', 'trust', 'society', 'league', 'club',
  'team', 'group', 'organisation', 'organization', 'authority', 'board', 'bureau', 'office', 'service', 'services',
  'court', 'tribunal', 'parliament', 'senate', 'congress', 'assembly', 'cabinet', 'government', 'administration',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'corps', 'command', 'coalition', 'alliance', 'front',
  'movement', 'brigade', 'brigades', 'regiment', 'battalion', 'squadron', 'legion', 'network', 'news', 'times',
  'post', 'herald', 'journal', 'gazette', 'tribune', 'telegraph', 'chronicle', 'press', 'magazine', 'weekly', 'daily',
  'radio', 'television', 'tv', 'broadcasting', 'broadcaster', 'media', 'airlines', 'airline', 'airways', 'motors',
  'motor', 'industries', 'holdings', 'systems', 'technologies', 'technology', 'labs', 'laboratories',
  'pharmaceuticals', 'pharma', 'energy', 'petroleum', 'electric', 'communications', 'telecom', 'entertainment',
  'studios', 'records', 'partners', 'investments', 'securities', 'insurance', 'exchange', 'church', 'diocese',
  'orchestra', 'caucus', 'secretariat', 'directorate', 'division', 'conference', 'consortium', 'cooperative',
  'hospital', 'clinic', 'ag', 'gmbh', 'sa', 'spa', 'nv', 'bv', 'ab', 'pty', 'computer', 'computers', 'brands',
  'enterprises', 'associates', 'capital', 'ventures', 'software', 'games', 'pictures', 'films', 'publishing',
  'publishers', 'railways', 'railway', 'rail', 'transit', 'commonwealth', 'municipality', 'research', 'org', 'international', 'ports', 'terminals', 'logistics', 'shipping',
]);

/** Last words that make a capitalised run a place ("… River", "… Province", "… Airport"). */
export const PLACE_HEADS = new Set([
  'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'channel', 'island', 'islands', 'isle',
  'peninsula', 'mountain', 'mountains', 'hill', 'hills', 'valley', 'desert', 'forest', 'park', 'coast', 'beach',
  'canyon', 'falls', 'glacier', 'volcano', 'province', 'county', 'state', 'region', 'district', 'territory',
  'territories', 'prefecture', 'oblast', 'governorate', 'city', 'town', 'village', 'borough', 'republic', 'kingdom',
  'emirates', 'street', 'road', 'avenue', 'ave', 'boulevard', 'lane', 'square', 'plaza', 'bridge', 'tunnel',
  'highway', 'motorway', 'airport', 'station', 'port', 'harbour', 'harbor', 'stadium', 'arena', 'hall', 'center',
  'centre', 'museum', 'gallery', 'palace', 'castle', 'cathedral', 'mosque', 'temple', 'tower', 'towers', 'building',
  'complex', 'memorial', 'monument', 'base', 'camp', 'hotel', 'theatre', 'theater', 'field', 'gardens', 'zoo',
  'prison', 'jail', 'heights', 'springs', 'basin', 'reef', 'plateau', 'delta', 'crossing', 'pass',
  'planetarium', 'library', 'cemetery', 'dam', 'canal', 'quarter', 'strip',
]);

/** Last words of a place run that are also common surnames ("Marc Lamont Hill"). */
export const SURNAME_HEADS = new Set(['hill', 'hall', 'field', 'park', 'ford', 'wood', 'lane', 'bridge', 'bay', 'street', 'beach', 'grove', 'springs']);

/** Words that open a place name given after them ("North Korea", "Greater London", "mainland China"). */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'new', 'old', 'inner', 'outer', 'northeast', 'northwest', 'southeast', 'southwest', 'mainland', 'downtown', 'metro', 'metropolitan']);

/** First words that make a run an organisation ("Air Canada", "Team Estonia"). */
export const ORG_OPENERS = new Set(['air', 'team', 'radio', 'club', 'bank', 'banco', 'banca', 'groupe', 'grupo', 'air-india']);

/** Prepositions of location: an unknown name after them is more likely a place. */
export const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'around', 'throughout', 'inside', 'towards', 'toward', 'via']);

/** First words that make a run a place ("Mount Everest", "Lake Geneva"). */
export const PLACE_OPENERS = new Set(['mount', 'mt', 'lake', 'cape', 'port', 'fort', 'ft', 'st', 'san', 'santa', 'saint', 'isle']);

/** Lower-case name particles that may sit inside a person's name ("Charles de Gaulle", "bin Salman"). */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le']);

/** Lower-case words that join an organisation or place head to its complement ("Bank of England"). */
export const HEAD_CONNECTORS = new Set(['of']);

/**
 * Institutions named by their seat or brand that compromise does not know as organisations: the
 * metonyms of government and the platforms and outlets news cites.
 */
export const KNOWN_ORGANIZATIONS = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'whitehall', 'elysee', 'élysée', 'elysee palace',
  'élysée palace', 'quai d\'orsay', 'blue house', 'zhongnanhai', 'knesset', 'duma', 'state duma', 'bundestag',
  'bundesrat', 'politburo', 'taliban', 'hamas', 'hezbollah', 'hizbollah', 'isis', 'al-qaeda', 'al qaeda', 'houthis',
  'truth social', 'x corp', 'threads', 'bluesky', 'telegram', 'whatsapp', 'tiktok', 'instagram', 'reddit',
  'snapchat', 'linkedin', 'weibo', 'wechat', 'spotify', 'openai', 'anthropic', 'spacex', 'tesla', 'huawei',
  'gazprom', 'rosneft', 'reuters', 'bloomberg', 'xinhua', 'tass', 'ria novosti', 'interfax', 'afp', 'ap',
  'associated press', 'politico', 'axios', 'cnbc', 'fox news', 'msnbc', 'abc', 'cbs', 'npr', 'sky news', 'guardian',
  'wikinews', 'wikipedia', 'amazon', 'microsoft', 'apple', 'alphabet', 'meta', 'nato', 'opec', 'interpol',
  'europol', 'frontex', 'unicef', 'unesco', 'unhcr', 'imf', 'wto', 'fifa', 'uefa', 'ioc', 'nasa', 'esa',
  'fbi', 'cia', 'nsa', 'kgb', 'fsb', 'gru', 'mi5', 'mi6', 'gchq', 'mossad', 'nhs', 'bbc', 'cnn', 'itv', 'cbc',
  'hbo', 'netflix', 'youtube', 'facebook', 'twitter', 'google', 'ryanair', 'lufthansa', 'aeroflot',
]);

/** Names for one place or body written several ways, mapped to one key. */
export const ALIASES = new Map<string, string>([
  ['us', 'united states'], ['usa', 'united states'], ['america', 'united states'],
  ['united states of america', 'united states'], ['uk', 'united kingdom'], ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'], ['un', 'united nations'], ['eu', 'european union'],
  ['uae', 'united arab emirates'], ['ussr', 'soviet union'], ['nyc', 'new york city'], ['drc', 'democratic republic of the congo'],
  ['prc', "people's republic of china"], ['dprk', 'north korea'], ['rok', 'south korea'], 
]);

/** Acronyms that name places rather than organisations. */
export const PLACE_ACRONYMS = new Set(['us', 'usa', 'uk', 'uae', 'ussr', 'nyc', 'drc', 'prc', 'dc', 'la', 'nsw', 'eu']);

/** Capitalised abbreviations that are not names. */
export const COMMON_ACRONYMS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'gdp', 'tv', 'am', 'pm', 'ok', 'mp', 'mps', 'phd', 'utc', 'gmt', 'est', 'edt', 'pst', 'id',
  'ai', 'dna', 'hiv', 'aids', 'covid', 'ipo', 'vip', 'faq', 'usd', 'eur', 'gbp', 'lng', 'sms', 'pdf', 'uv', 'ufo',
  'mba', 'ev', 'evs', 'suv', 'rpm', 'mph', 'kmh', 'diy', 'rip', 'ps', 'pc', 'hq', 'nb', 'ad', 'bc', 'vs', 'etc', 'a',
  'i', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'mri', 'ct', 'icu', 'ied', 'rpg', 'atm', 'cd',
  'dvd', 'gps', 'url', 'www', 'html', 'api', 'it', 'pr', 'hr', 'qa', 'q', 'ceos', 'mvp', 'nfts', 'nft', 'op-ed',
  'lgbt', 'lgbtq', 'bbq', 'ac', 'ufc', 'ko', 'tko', 'ot', 'ft', 'km', 'kg', 'mm', 'cm', 'mg', 'ml', 'lb', 'lbs',
  'oz', 'rt', 'btw', 'omg', 'lol', 'fyi', 'asap', 'wmd', 'wmds', 'rsvp', 'iq', 'vat', 'gst', 'pms', 'esg', 'cpi', 'ppi',
]);

/** Lower-case nouns that, right after a name or right before it, say it is an organisation. */
export const ORG_CONTEXT_NOUNS = new Set([
  'platform', 'network', 'company', 'firm', 'group', 'party', 'agency', 'bank', 'newspaper', 'channel', 'airline',
  'carrier', 'maker', 'manufacturer', 'automaker', 'carmaker', 'airframer', 'team', 'club', 'union', 'broadcaster',
  'outlet', 'website', 'app', 'service', 'retailer', 'chain', 'subsidiary', 'conglomerate', 'startup', 'start-up',
  'giant', 'insurer', 'lender', 'publisher', 'magazine', 'tabloid', 'daily', 'studio', 'label', 'brand', 'franchise',
  'militia', 'organisation', 'organization', 'charity', 'ministry', 'regulator', 'watchdog', 'operator', 'developer',
  'consortium', 'coalition', 'movement', 'faction', 'parent', 'supplier', 'contractor', 'exchange', 'corporation',
]);

/** Lower-case nouns that, right after a name or right before it, say it is a place. */
export const PLACE_CONTEXT_NOUNS = new Set([
  'city', 'town', 'village', 'province', 'region', 'state', 'county', 'district', 'capital', 'island', 'country',
  'municipality', 'neighbourhood', 'neighborhood', 'suburb', 'port', 'oblast', 'prefecture', 'territory',
]);

/** Small words a title-case headline leaves in lower case. */
export const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs',
  'via', 'into', 'onto', 'over', 'up', 'off', 'per', 'than', 'amid', 'after', 'before', 'about', 'is', 'are', 'be',
]);

/** Nationality, language and faith words compromise's lexicon lacks; like demonyms they modify a name rather than being one. */
export const EXTRA_DEMONYMS = new Set([
  'english', 'scottish', 'welsh', 'irish', 'british', 'muslim', 'muslims', 'christians', 'jewish', 'jew', 'jews',
  'islamic', 'islamist', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'catholic', 'catholics',
  'protestant', 'protestants', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'arab', 'arabs', 'latino', 'latina',
  'hispanic', 'kurdish', 'kurd', 'kurds', 'pashtun', 'rohingya', 'uyghur', 'uighur', 'tamil', 'maori', 'aboriginal',
  'palestinians', 'israelis', 'evangelical', 'evangelicals', 'mormon', 'mormons', 'zionist', 'soviet', 'western',
  'eastern', 'african', 'asian', 'european', 'latin', 'pan-african', 'nordic', 'scandinavian', 'baltic', 'balkan',
]);
