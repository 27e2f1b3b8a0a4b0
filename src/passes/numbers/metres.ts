import { DIMENSIONS as DIMENSION_LIST, DISTANCE_EVENTS as DISTANCE_EVENT_LIST, LENGTH_VERBS as LENGTH_VERB_LIST, POSSESSIVES } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';

const DISTANCE_EVENTS = new Set(DISTANCE_EVENT_LIST);
const LENGTH_VERBS = new Set(LENGTH_VERB_LIST);
const DIMENSIONS = new Set(DIMENSION_LIST);
const DETERMINERS = new Set(['the', ...POSSESSIVES]);

/**
 * Whether an "m" glued to digits at `i` (no currency before it) is metres rather than millions:
 * a race or event ("the 60m hurdles"), a distance named on its own ("won the 5,000m"), a jump or
 * throw ("jumped 6.63m"), or a dimension ("10m high", "a 3m-deep pit"). "5m people" stays millions.
 */
export function metresNotMillions(words: SubWords, i: number): boolean {
  if (words.suffix(i) !== 'm') return false;
  let after = i + 1;
  if (words.text(after) === '-' && words.joined(after)) after++;
  const next = words.lower(after);
  if (DISTANCE_EVENTS.has(next) || DIMENSIONS.has(next)) return true;
  if (LENGTH_VERBS.has(words.lower(i - 1))) return true;
  // "the 5,000m." / "her 400m, ..." : a distance standing for its race, with no noun counted after it.
  return DETERMINERS.has(words.lower(i - 1)) && after === i + 1 && !words.has(after, 'Noun') && !words.has(after, 'Adjective');
}
