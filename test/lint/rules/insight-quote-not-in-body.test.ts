import type { Quote } from '../../../src/types.js';
import { article, at } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Lavrov said, "There are still some specific points ... which need to be fine-tuned, and we are busy with this."';
const SCARE = article('Talks', BODY, 'Additional Insights:\n- Officials called it a "breakthrough" and Lavrov said "done".');
const insightQuote = (text: string, needle: string): Quote => ({ ...at(text, needle), section: 'insights', kind: 'partial', speaker: null, cue: null });

ruleTester('insight-quote-not-in-body', {
  valid: [
    {
      name: 'a quote the body has, across an ellipsis and with different case',
      text: article('Talks', BODY, 'Additional Insights:\n- Lavrov said "there are still some specific points … which need to be fine-tuned."'),
    },
    { name: 'short scare quotes found by their marks alone', text: SCARE },
    { name: 'no insights', text: article('Talks', BODY) },
  ],
  invalid: [
    {
      name: 'a quotation the body never has, found by its quote marks alone',
      text: article('Talks', BODY, 'Additional Insights:\n- Lavrov added that "the deal is all but done now," officials said.'),
      errors: [{ messageId: 'missing', data: { text: 'the deal is all but done now,' }, text: 'the deal is all but done now,' }],
    },
    {
      name: 'a quote from the quotes pass, however short',
      text: SCARE,
      findings: (text) => ({ quotes: [insightQuote(text, 'done')] }),
      errors: [{ messageId: 'missing', data: { text: 'done' }, text: 'done', message: 'This quotation in the insights does not appear in the body: "done".' }],
    },
    {
      name: 'a longer minWords lets a four-word invention through only below it',
      text: article('Talks', BODY, 'Additional Insights:\n- Lavrov said "we will sign soon" today.'),
      options: { minWords: 3 },
      errors: [{ messageId: 'missing', data: { text: 'we will sign soon' }, text: 'we will sign soon' }],
    },
  ],
});
