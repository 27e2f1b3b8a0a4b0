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
    },
    options: {},
  },
  check(context) {
    for (const mark of context.article.quotes().unmatched) {
      context.report({ messageId: mark.kind, range: { start: mark.offset, end: mark.offset + 1 } });
    }
  },
};
