import type { FileRule } from '../rule.js';
import { foldText } from '../fold.js';
import type { Sentence } from '../../nlp/document.js';
import { proseSentences } from '../prose.js';

export const repeatedSentence: FileRule<{ minWords: number }> = {
  id: 'repeated-sentence',
  meta: {
    description: 'Flag a sentence that the same section already said, word for word: a duplicated paragraph or a looping generation.',
    defaultSeverity: 'warn',
    scope: 'file',
    messages: {
      repeated: 'This repeats the sentence on line {{line}}.',
    },
    options: {
      minWords: { type: 'number', default: 5, minimum: 1, integer: true, description: 'Shorter sentences ("He declined.") may repeat.' },
    },
  },
  check(context) {
    const { document, options } = context;
    const seen = new Map<string, number>();
    // Consecutive repeats of consecutive sentences (a copied paragraph) are reported as one stretch.
    let run: { first: Sentence; last: Sentence; original: Sentence; previousOriginal: number } | null = null;
    const flush = () => {
      if (!run) return;
      context.report({
        messageId: 'repeated',
        range: { start: run.first.start, end: run.last.end },
        data: { line: document.paragraphs.position(run.original.start).line },
      });
      run = null;
    };
    const sentences = proseSentences(document);
    sentences.forEach((sentence, index) => {
      const folded = foldText(sentence.text);
      if (folded.split(' ').length < options.minWords) {
        flush();
        return;
      }
      const key = `${sentence.section}\u0000${folded}`;
      const originalIndex = seen.get(key);
      if (originalIndex === undefined) {
        seen.set(key, index);
        flush();
        return;
      }
      const original = sentences[originalIndex]!;
      if (run && run.last === sentences[index - 1] && run.last.paragraph === sentence.paragraph && run.previousOriginal === originalIndex - 1) {
        run.last = sentence;
        run.previousOriginal = originalIndex;
      } else {
        flush();
        run = { first: sentence, last: sentence, original, previousOriginal: originalIndex };
      }
    });
    flush();
  },
};
