import type { Quote } from '../../../src/types.js';
import { article, at } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const TEXT = article('Talks', '"We will keep talking," the statement read. Lavrov said it was "useful". "We agree," Peskov said.');
const quote = (text: string, needle: string, kind: Quote['kind'], speaker: string | null = null): Quote => ({
  ...at(text, needle),
  section: 'body',
  kind,
  speaker: speaker ? { ...at(text, speaker), name: speaker, entity: 'e1' } : null,
  cue: null,
});
const findings = (text: string) => ({
  quotes: [quote(text, 'We will keep talking,', 'direct'), quote(text, 'useful', 'partial'), quote(text, 'We agree,', 'direct', 'Peskov')],
});

ruleTester('quote-attribution', {
  valid: [
    { name: 'quotes with speakers, and partial quotes without', text: TEXT, findings: (text) => ({ quotes: findings(text).quotes.slice(1) }) },
    { name: 'no quotes at all', text: article('Talks') },
  ],
  invalid: [
    {
      name: 'a direct quote without a speaker',
      text: TEXT,
      findings,
      errors: [{ messageId: 'unattributed', data: { text: 'We will keep talking,' }, text: 'We will keep talking,', message: 'No speaker is given for this quotation: "We will keep talking,".' }],
    },
    {
      name: 'partial quotes too, when asked',
      text: TEXT,
      findings,
      options: { partial: true },
      errors: [
        { messageId: 'unattributed', data: { text: 'We will keep talking,' }, text: 'We will keep talking,' },
        { messageId: 'unattributed', data: { text: 'useful' }, text: 'useful' },
      ],
    },
  ],
});
