import { RANGE_LINKS as RANGE_LINK_LIST, SCALE_SUFFIXES, SCALES } from '../../lexicon/numbers.js';
import type { SubWords } from '../../nlp/sub-words.js';
import { readNumber, type NumberPhrase } from '../number-phrases/read.js';
import type { Skip } from './match.js';

export const RANGE_LINKS: ReadonlySet<string> = new Set(RANGE_LINK_LIST);

/** "$10-12 million": the lower bound shares the upper one's scale when written without it. */
export function scaleLike(words: SubWords, lower: NumberPhrase, upper: NumberPhrase): number {
  if (lower.last !== lower.first + 1 || words.digits(lower.first) === null) return lower.value;
  const upperDigits = words.digits(upper.first);
  if (upperDigits === null) return lower.value;
  const scale = upper.last - upper.first > 1 ? SCALES.get(words.lower(upper.last - 1)) : SCALE_SUFFIXES.get(words.suffix(upper.first));
  if (!scale || upperDigits <= lower.value) return lower.value;
  return lower.value * scale;
}

/**
 * The upper bound after a cardinal: "10-12", "1,500 to 2,000", "30 -- 40". Returns the lower
 * value (scaled like the upper one), the upper value and where the range ends; a score ("voted
 * 7-2") is skipped whole.
 */
export function rangeAfter(words: SubWords, number: NumberPhrase, blocked: Uint8Array): { value: number; to: number; last: number } | Skip | null {
  const link = number.last;
  if (!RANGE_LINKS.has(words.lower(link))) return null;
  const linkText = words.text(link);
  const at = linkText === '-' && words.text(link + 1) === '-' && words.joined(link + 1) ? link + 2 : link + 1;
  const upper = readNumber(words, at);
  const tight = linkText !== 'to' || !number.spelled;
  if (!upper || upper.ordinal || blocked[at] || !tight || words.sentence(at) !== words.sentence(link)) return null;
  const lower = scaleLike(words, number, upper);
  if (upper.value > lower) return { value: lower, to: upper.value, last: upper.last };
  // "voted 7-2", "won 3-1": a score, not two quantities.
  if (linkText !== 'to' && words.joined(link) && words.joined(at)) return { skipTo: upper.last };
  return null;
}
