import { SMALL_COUNT_WORDS } from '../../lexicon/lint.js';
import type { FileRule } from '../rule.js';
import { foldText } from '../fold.js';

const SMALL_COUNTS: ReadonlySet<string> = new Set(SMALL_COUNT_WORDS);

export const insightUnsupported: FileRule<{ numbers: boolean; people: boolean; quotes: boolean }> = {
  id: 'insight-unsupported',
  meta: {
    description: 'Flag insights that bring numbers or named people the body never mentions, or give a body quote to another speaker.',
    defaultSeverity: 'warn',
    scope: 'file',
    messages: {
      number: 'The insights give "{{text}}", a number the body never mentions.',
      person: 'The insights name {{name}}, who does not appear in the body.',
      speaker: 'The insights attribute this quote to {{speaker}}; the body attributes it to {{bodySpeaker}}.',
    },
    options: {
      numbers: { type: 'boolean', default: true, description: 'Check numbers.' },
      people: { type: 'boolean', default: true, description: 'Check named people.' },
      quotes: { type: 'boolean', default: true, description: 'Check who the insights say spoke a quote the body also has.' },
    },
  },
  check(context) {
    const { analysis, options } = context;
    const { body, insights } = analysis.sections;
    if (!body || !insights) return;
    const bodyWords = new Set(foldText(body.text).split(' '));

    if (options.numbers) {
      const values = new Set<number>();
      for (const n of analysis.numbers) {
        if (n.section !== 'body') continue;
        values.add(n.value);
        if (n.to !== undefined) values.add(n.to);
      }
      for (const n of analysis.numbers) {
        if (n.section !== 'insights' || values.has(n.value)) continue;
        // "one of the", "both sides": small spelled-out counts are rarely claims.
        if (SMALL_COUNTS.has(n.text.trim().toLowerCase()) && n.kind !== 'percent' && n.kind !== 'money') continue;
        // The pass may read the body's copy differently; the same digits in the body support it.
        const digits = n.text.match(/\d[\d,.]*/)?.[0];
        if (digits && body.text.includes(digits)) continue;
        context.report({ messageId: 'number', range: n, data: { text: n.text } });
      }
    }

    if (options.people) {
      for (const entity of analysis.entities) {
        if (entity.type !== 'person' || entity.mentions.some((m) => m.section === 'body')) continue;
        const first = entity.mentions.find((m) => m.section === 'insights');
        if (!first) continue;
        // Entity passes may not merge "Lavrov" with "Sergey Lavrov"; a shared surname is support enough.
        const names = entity.name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
        if (names.some((w) => bodyWords.has(foldText(w)))) continue;
        context.report({ messageId: 'person', range: first, data: { name: entity.name } });
      }
    }

    if (options.quotes) {
      const quoted = analysis.quotes.filter((q) => q.kind !== 'indirect');
      const bodyQuotes = quoted.filter((q) => q.section === 'body' && q.speaker?.entity);
      for (const quote of quoted) {
        if (quote.section !== 'insights' || !quote.speaker?.entity) continue;
        const folded = foldText(quote.text);
        if (folded.split(' ').length < 3) continue;
        const same = bodyQuotes.find((b) => {
          const other = foldText(b.text);
          return ` ${other} `.includes(` ${folded} `) || ` ${folded} `.includes(` ${other} `);
        });
        if (same && same.speaker!.entity !== quote.speaker.entity) {
          context.report({
            messageId: 'speaker',
            range: quote,
            data: { speaker: quote.speaker.name, bodySpeaker: same.speaker!.name },
          });
        }
      }
    }
  },
};
