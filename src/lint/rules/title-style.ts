import type { Span } from '../../types.js';
import type { FileRule } from '../rule.js';

export const titleStyle: FileRule<{ maxLength: number; maxHeadlineLength: number; requireTitle: boolean }> = {
  id: 'title-style',
  meta: {
    description: 'Require a title or headline, and flag one that ends with a colon, is in ALL CAPS or is too long.',
    defaultSeverity: 'warn',
    scope: 'file',
    messages: {
      trailingColon: 'The {{which}} ends with a colon, a leftover of a "Title:" template.',
      allCaps: 'The {{which}} is in ALL CAPS.',
      tooLong: 'The {{which}} is {{length}} characters long; the limit is {{max}}.',
      missing: 'The article has no title or headline.',
    },
    options: {
      maxLength: { type: 'number', default: 150, minimum: 1, integer: true, description: 'Longest title, in characters.' },
      maxHeadlineLength: { type: 'number', default: 250, minimum: 1, integer: true, description: 'Longest headline line above a preamble or title, in characters (these often carry a summary).' },
      requireTitle: { type: 'boolean', default: true, description: 'Report an article with neither a title nor a headline.' },
    },
  },
  check(context) {
    const { text, analysis, options } = context;
    const { headline, title } = analysis.sections;
    if (!headline && !title) {
      if (options.requireTitle && text.trim().length > 0) context.report({ messageId: 'missing', range: { start: 0, end: 0 } });
      return;
    }
    const check = (span: Span, which: string, max: number) => {
      const trimmed = span.text.replace(/[\s*_]+$/, '');
      if (trimmed.endsWith(':')) {
        const lastWord = /\S+$/.exec(trimmed)!;
        const colon = span.start + trimmed.length - 1;
        context.report({
          messageId: 'trailingColon',
          range: { start: span.start + lastWord.index, end: colon + 1 },
          data: { which },
          // A Title Case line ending in a colon is a template's leftover; a sentence case one may be
          // a lead-in ("The Times said in an editorial on Monday:") that the colon belongs to.
          fix: isTitleCase(trimmed) ? { range: [colon, colon + 1], text: '' } : null,
        });
      }
      if (isAllCaps(span.text)) context.report({ messageId: 'allCaps', range: span, data: { which } });
      if (span.text.length > max) context.report({ messageId: 'tooLong', range: span, data: { which, length: span.text.length, max } });
    };
    if (headline) check(headline, 'headline', options.maxHeadlineLength);
    if (title) check(title, 'title', options.maxLength);
  },
};

/** Every word of four or more letters starts with a capital: "Envoy Meets Putin on Ukraine Crisis", not "said in an editorial". */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Three or more words and every word of two or more letters in capitals; "NATO Chiefs Meet" is not. */
function isAllCaps(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((word) => word === word.toUpperCase() && word !== word.toLowerCase());
}
