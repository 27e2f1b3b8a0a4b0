/**
 * Courtesy titles that only ever stand before a person's name, whatever the name's words mean
 * otherwise ("Mr Brown", "Dr Black"), and the sex they mark when they mark one. Lower case,
 * without full stops.
 */
export const HONORIFICS: readonly string[] = ['dr', 'miss', 'mr', 'mrs', 'ms', 'mx', 'prof'];

/** Honorifics for a man: a later "Mr Brown" is not the "Anne Brown" named before. */
export const MALE_HONORIFICS: readonly string[] = ['mr'];

/** Honorifics for a woman. */
export const FEMALE_HONORIFICS: readonly string[] = ['miss', 'mrs', 'ms'];
