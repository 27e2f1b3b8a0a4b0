import type { Entity, NumberMention, Quote } from '../../../src/types.js';
import { article, at } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const TEXT = article(
  'Talks Continue',
  'Minister Sergey Lavrov said 12 people were hurt in the attack on Kyiv. He said talks would continue.',
  'Additional Insights:\n- Lavrov met Anna Berg, and 40 people were hurt according to Lavrov. One of the 12 was a child.',
);

/** A span of `text` with the section it lies in. */
const located = (text: string, needle: string, nth = 0) => {
  const span = at(text, needle, nth);
  return { ...span, section: span.start >= text.indexOf('Additional') ? 'insights' : 'body' } as const;
};
const number = (text: string, needle: string, value: number, nth = 0): NumberMention => ({ ...located(text, needle, nth), value, kind: 'cardinal', unit: null, counts: 'people' });
const person = (id: string, name: string, mentions: ReturnType<typeof located>[]): Entity => ({ id, name, type: 'person', title: null, mentions });
const findings = (text: string) => ({
  numbers: [number(text, '12', 12), number(text, '40', 40), number(text, 'One', 1), number(text, '12', 12, 1)],
  entities: [
    person('e1', 'Sergey Lavrov', [located(text, 'Sergey Lavrov')]),
    // The entities pass may not merge the surname with the full name: the body's surname supports it.
    person('e2', 'Lavrov', [located(text, 'Lavrov', 1)]),
    person('e3', 'Anna Berg', [located(text, 'Anna Berg')]),
  ],
});

const QUOTED = article(
  'Talks Continue',
  'Lavrov said: "We are busy with the remaining points." Peskov declined to comment.',
  'Additional Insights:\n- Peskov said: "We are busy with the remaining points."',
);
const quote = (text: string, nth: number, speaker: string, entity: string): Quote => ({
  ...at(text, 'We are busy with the remaining points.', nth),
  section: nth === 0 ? 'body' : 'insights',
  kind: 'direct',
  speaker: { ...at(text, speaker, nth === 0 ? 0 : 1), name: speaker, entity },
  cue: null,
});

ruleTester('insight-unsupported', {
  valid: [
    { name: 'nothing to check without findings', text: TEXT },
    { name: 'numbers and people off', text: TEXT, findings, options: { numbers: false, people: false } },
    { name: 'the same speaker in both', text: QUOTED, findings: (text) => ({ quotes: [quote(text, 0, 'Lavrov', 'e1'), { ...quote(text, 1, 'Peskov', 'e1') }] }) },
  ],
  invalid: [
    {
      name: 'numbers and people the body lacks; small counts and a surname the body has pass',
      text: TEXT,
      findings,
      errors: [
        { messageId: 'person', data: { name: 'Anna Berg' }, text: 'Anna Berg', message: 'The insights name Anna Berg, who does not appear in the body.' },
        { messageId: 'number', data: { text: '40' }, text: '40' },
      ],
    },
    {
      name: 'a body quote the insights give to another speaker',
      text: QUOTED,
      findings: (text) => ({ quotes: [quote(text, 0, 'Lavrov', 'e1'), quote(text, 1, 'Peskov', 'e2')] }),
      errors: [{ messageId: 'speaker', data: { speaker: 'Peskov', bodySpeaker: 'Lavrov' }, text: 'We are busy with the remaining points.', nth: 1 }],
    },
  ],
});
