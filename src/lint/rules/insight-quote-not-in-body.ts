import type { FileRule, Range } from '../rule.js';
import { abbreviate, foldText } from '../fold.js';

const ELLIPSIS = /\.{3}|…|\[\s*\.{3}\s*\]/;

export const insightQuoteNotInBody: FileRule<{ minWords: number }> = {
  id: 'insight-quote-not-in-body',
  meta: {
    description: 'Disallow quotations in the insights that the body never quotes: words put in someone\'s mouth.',
    defaultSeverity: 'error',
    scope: 'file',
    messages: {
      missing: 'This quotation in the insights does not appear in the body: "{{text}}".',
    },
    options: {
      minWords: {
        type: 'number',
        default: 4,
        minimum: 1,
        integer: true,
        description: 'Words a quoted stretch found by quote marks alone must have; shorter ones are usually terms or scare quotes.',
      },
    },
  },
  check(context) {
    const { text, analysis, document, options } = context;
    const { body, insights } = analysis.sections;
    if (!insights) return;
    const folded = ` ${foldText(body?.text ?? '')} `;

    // Quotes from the quotes pass, then quote marks the pass did not take as a quote but that enclose a phrase.
    const candidates: Range[] = analysis.quotes.filter((q) => q.section === 'insights' && q.kind !== 'indirect');
    for (const quote of document.quotes) {
      if (quote.style !== 'double' || quote.close === null || quote.open < insights.start || quote.close >= insights.end) continue;
      const range = { start: quote.start, end: quote.end };
      if (foldText(text.slice(range.start, range.end)).split(' ').length < options.minWords) continue;
      if (!candidates.some((c) => c.start < range.end && range.start < c.end)) candidates.push(range);
    }
    for (const range of candidates) {
      const quote = text.slice(range.start, range.end);
      if (!inBody(quote, folded)) context.report({ messageId: 'missing', range, data: { text: abbreviate(quote) } });
    }
  },
};

/** Every part between ellipses must appear in the body, in order, ignoring case and punctuation. */
function inBody(quote: string, foldedBody: string): boolean {
  let from = 0;
  for (const part of quote.split(ELLIPSIS)) {
    const words = foldText(part);
    if (words.length === 0) continue;
    const at = foldedBody.indexOf(` ${words} `, from);
    if (at < 0) return false;
    from = at + words.length;
  }
  return true;
}
