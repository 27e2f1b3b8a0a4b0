import type { FileRule } from '../rule.js';
import { abbreviate } from '../fold.js';

export const quoteAttribution: FileRule<{ partial: boolean }> = {
  id: 'quote-attribution',
  meta: {
    description: 'Require every direct quotation in the body to have a speaker the reader can identify.',
    defaultSeverity: 'off',
    scope: 'file',
    messages: {
      unattributed: 'No speaker is given for this quotation: "{{text}}".',
    },
    options: {
      partial: { type: 'boolean', default: false, description: 'Also require speakers for partial quotes (quoted words woven into a sentence).' },
    },
  },
  check(context) {
    for (const quote of context.analysis.quotes) {
      if (quote.section !== 'body' || quote.speaker !== null || quote.kind === 'indirect') continue;
      if (quote.kind === 'partial' && !context.options.partial) continue;
      context.report({ messageId: 'unattributed', range: quote, data: { text: abbreviate(quote.text) } });
    }
  },
};
