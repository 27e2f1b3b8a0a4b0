import type { FileRule } from '../rule.js';

export const quoteBalance: FileRule = {
  id: 'quote-balance',
  meta: {
    description: 'Require double quote marks to pair up within each paragraph (a quotation may run on into a paragraph that reopens it).',
    defaultSeverity: 'error',
    scope: 'file',
    messages: {
      open: 'This quote mark is never closed.',
      close: 'This closing quote mark has no opening mark.',
      reversed: 'This closing quote mark opens a quotation; use an opening mark.',
    },
    options: {},
  },
  check(context) {
    const { text, quotes, strayQuoteMarks, reversedQuoteMarks } = context.document;
    const mark = (offset: number) => ({ start: offset, end: offset + markLength(text, offset) });
    for (const quote of quotes) {
      if (quote.style === 'double' && quote.close === null && !quote.continues) context.report({ messageId: 'open', range: mark(quote.open) });
    }
    for (const offset of strayQuoteMarks) context.report({ messageId: 'close', range: mark(offset) });
    for (const offset of reversedQuoteMarks) context.report({ messageId: 'reversed', range: mark(offset) });
  },
};

/** Text rebuilt from tokens writes a double mark as two characters: `` and ''. */
function markLength(text: string, offset: number): number {
  return text.startsWith('``', offset) || text.startsWith("''", offset) ? 2 : 1;
}
