import * as names from '../../lexicon/names.js';

const PARTICLES = new Set(names.NAME_PARTICLES);
const SUFFIXES = new Set(names.NAME_SUFFIXES);

/**
 * The key mentions of one person share: the surname with its particle ("van dam" for "Niels van
 * Dam"), else the last word, a suffix ("Jr", "III") left off. The entities pass groups mentions
 * by it and the quotes pass finds a speaker's entity by it, so both match names the same way.
 * `words` are the name's words in lower case without full stops.
 */
export function surnameKey(words: readonly string[]): string {
  let end = words.length;
  while (end > 1 && SUFFIXES.has(words[end - 1]!)) end--;
  let particle = -1;
  for (let i = 1; i < end - 1 && particle < 0; i++) if (PARTICLES.has(words[i]!)) particle = i;
  return particle > 0 ? words.slice(particle, end).join(' ') : (words[end - 1] ?? '');
}

/** A name as written ("Donald J. Trump Jr.") in the words `surnameKey` takes. */
export function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/\./g, '').replace(/’/g, "'").split(/\s+/).filter((word) => word.length > 0);
}
