import { expect } from 'vitest';
import { analyze } from '../../src/index.js';

/**
 * The reported speech newsx finds in `text`, as [content, speaker mention, cue], in text order.
 * Checks on the way that every span it returns is the slice of `text` it claims to be.
 */
export function reported(text: string): Array<[string, string | null, string | null]> {
  return analyze(text)
    .quotes.filter((quote) => quote.kind === 'indirect')
    .map((quote) => {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
      if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
      return [quote.text, quote.speaker?.text ?? null, quote.cue?.text ?? null];
    });
}
