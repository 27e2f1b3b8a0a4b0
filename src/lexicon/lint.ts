/**
 * Word lists the linter's rules read: sorted, unique, lower case. Rules build their sets from
 * these where they use them.
 */

/**
 * Function words and reporting verbs left out when rules compare what two passages say
 * (`contentWords`): "said", "according" and "however" carry no claim of their own.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'according', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could',
  'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have',
  'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in',
  'into', 'is', 'it', 'its', 'itself', 'just', 'may', 'me', 'meanwhile', 'might', 'more', 'most', 'must', 'my',
  'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'ours',
  'ourselves', 'out', 'over', 'own', 'said', 'same', 'say', 'says', 'shall', 'she', 'should', 'so', 'some', 'such',
  'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those',
  'through', 'to', 'told', 'too', 'two', 'under', 'until', 'up', 'upon', 'very', 'was', 'we', 'were', 'what', 'when',
  'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'yourself',
  'yourselves',
];

/**
 * Names of news sections and topics, as taxonomies (IPTC media topics, CMS section lists) spell
 * them. A slug is built from these, so "war-and-conflicts" or "general-news" in running prose is a
 * pipeline's label, while "hit-and-run" or "post-war" is English.
 */
export const SLUG_TOPICS: readonly string[] = [
  'accidents', 'agriculture', 'arts', 'automotive', 'autos', 'business', 'celebrities', 'celebrity', 'climate',
  'conflict', 'conflicts', 'crime', 'culture', 'defence', 'defense', 'diplomacy', 'disasters', 'economics',
  'economy', 'editorial', 'education', 'elections', 'energy', 'entertainment', 'environment', 'fashion', 'film',
  'finance', 'financial', 'food', 'games', 'gaming', 'government', 'health', 'housing', 'humaninterest',
  'immigration', 'jobs', 'justice', 'labor', 'labour', 'law', 'lifestyle', 'markets', 'media', 'medicine',
  'military', 'misc', 'miscellaneous', 'money', 'movies', 'music', 'news', 'obituaries', 'offbeat', 'opinion',
  'opinions', 'political', 'politics', 'realestate', 'religion', 'science', 'security', 'society', 'sport', 'sports',
  'style', 'tech', 'technology', 'television', 'transport', 'transportation', 'travel', 'tv', 'uncategorized',
  'weather', 'weird', 'wellness',
];

/** Words a slug may start with before a topic ("us-politics", "world-news"). */
export const SLUG_QUALIFIERS: readonly string[] = [
  'africa', 'americas', 'asia', 'breaking', 'east', 'eu', 'europe', 'featured', 'general', 'global', 'international',
  'latest', 'latin', 'local', 'middle', 'national', 'regional', 'top', 'trending', 'uk', 'us', 'world',
];

/** Spelled-out counts so small that insights use them without claiming a figure ("one of the", "both sides"). */
export const SMALL_COUNT_WORDS: readonly string[] = [
  'a', 'an', 'both', 'eight', 'first', 'five', 'four', 'nine', 'one', 'second', 'seven', 'single', 'six', 'ten',
  'third', 'three', 'two', 'zero',
];
