import type { FileRule } from '../rule.js';

export const bodyRequired: FileRule<{ minWords: number }> = {
  id: 'body-required',
  meta: {
    description: 'Require an article body: text after the title and before any insights section.',
    defaultSeverity: 'error',
    scope: 'file',
    messages: {
      empty: 'The file is empty.',
      missing: 'The article has no body.',
      tooShort: 'The body has {{count}} words; at least {{min}} are required.',
    },
    options: {
      minWords: { type: 'number', default: 1, minimum: 1, integer: true, description: 'Fewest words a body may have.' },
    },
  },
  check(context) {
    const { text, analysis, options } = context;
    const { body } = analysis.sections;
    if (text.trim().length === 0) {
      context.report({ messageId: 'empty', range: { start: 0, end: 0 } });
      return;
    }
    if (!body) {
      // Point just after whatever the article does have, where the body should begin.
      const { headline, preamble, title } = analysis.sections;
      const at = Math.max(headline?.end ?? 0, preamble?.end ?? 0, title?.end ?? 0);
      context.report({ messageId: 'missing', range: { start: at, end: at } });
      return;
    }
    const count = body.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (count < options.minWords) context.report({ messageId: 'tooShort', range: body, data: { count, min: options.minWords } });
  },
};
