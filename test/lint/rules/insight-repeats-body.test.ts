import { article } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const BODY = [
  'In a three-hour meeting in Moscow, the special envoy met the president to discuss ways to end the conflict, now in its fifth year.',
  'Officials said both sides had moved closer in their positions.',
  'Separately, the finance ministry published new growth forecasts.',
].join(' ');
const REPEAT = 'The special envoy met the president in Moscow for three hours to discuss ending the conflict, and both sides moved closer in their positions.';
const ADDS = 'Analysts expect sanctions relief to dominate the next round, which European diplomats will attend as observers.';
const SHORT_REPEAT = 'The envoy met the president in Moscow for three hours to discuss ways to end the conflict.';

ruleTester('insight-repeats-body', {
  valid: [
    { name: 'an insight that adds something', text: article('Envoy Meets President', BODY, `Key Takeaways:\n- ${ADDS}`) },
    { name: 'a repeat below a stricter threshold', text: article('Envoy Meets President', BODY, `Key Takeaways:\n- ${REPEAT}`), options: { threshold: 1 } },
    { name: 'no body to repeat', text: `Envoy Meets President\n\nKey Takeaways:\n- ${REPEAT}` },
  ],
  invalid: [
    {
      name: 'an insight that restates two body sentences, as a whole item',
      text: article('Envoy Meets President', BODY, `Key Takeaways:\n- ${REPEAT}\n- ${ADDS}`),
      errors: [{ messageId: 'repeats', data: { line: 3, percent: 86 }, text: REPEAT }],
    },
    {
      name: 'only the repeating sentence of a longer item',
      text: article('Envoy Meets President', BODY, `Key Takeaways:\n- ${SHORT_REPEAT} ${ADDS}`),
      errors: [{ messageId: 'repeats', data: { line: 3, percent: 80 }, text: SHORT_REPEAT }],
    },
  ],
});
