/**
 * Words that mark where a reported phrase or clause ends: what follows them belongs to the verb
 * that reports it (when, where, in what medium it was said), not to what was reported. Lists are
 * sorted, unique and lower case (a test checks them).
 */

/** Prepositions that open an adverbial of time or circumstance after an object ("praised the plan during the debate"). */
export const ADVERBIAL_PREPOSITIONS: readonly string[] = ['after', 'amid', 'before', 'despite', 'during', 'following'];

/** Occasions and media a thing is said at, in or on ("at a rally", "in a tweet", "on its Facebook page", "on condition of anonymity"); with the written sources of `SOURCE_NOUNS`, they close a reported phrase. */
export const OCCASION_NOUNS: readonly string[] = [
  'account', 'ad', 'address', 'ads', 'appearance', 'blog', 'briefing', 'broadcast', 'channel', 'commercial',
  'condition', 'conference', 'convention', 'debate', 'debates', 'event', 'facebook', 'forum', 'hearing', 'media',
  'meeting', 'news', 'page', 'podcast', 'radio', 'rallies', 'rally', 'remarks', 'session', 'speech', 'speeches',
  'stop', 'summit', 'television', 'town', 'tweets', 'twitter', 'website',
];
