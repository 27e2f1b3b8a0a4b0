import { article } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const PARAGRAPH = 'The council approved the plan on Tuesday night. Construction starts in the spring next year.';
const COPIED = article('Council Backs Lanes', `${PARAGRAPH}\n\nOpponents were unhappy with the decision.\n\n${PARAGRAPH}`);
const ONE_REPEAT = article('Council Backs Lanes', 'The council approved the plan on Tuesday night. Opponents were unhappy. The council approved the plan on Tuesday night.');

ruleTester('repeated-sentence', {
  valid: [
    { name: 'short sentences may repeat', text: article('Talks', 'He declined. Then he left the room. He declined.') },
    { name: 'the same sentence in the body and the insights', text: article('Council Backs Lanes', PARAGRAPH, `Key Takeaways:\n- ${PARAGRAPH}`) },
    { name: 'a repeat shorter than minWords', text: ONE_REPEAT, options: { minWords: 9 } },
  ],
  invalid: [
    {
      name: 'a copied paragraph, as one stretch pointing at the original line',
      text: COPIED,
      errors: [{ messageId: 'repeated', data: { line: 3 }, text: PARAGRAPH, nth: 1, message: 'This repeats the sentence on line 3.' }],
    },
    {
      name: 'a sentence repeated later in its paragraph',
      text: ONE_REPEAT,
      errors: [{ messageId: 'repeated', data: { line: 3 }, text: 'The council approved the plan on Tuesday night.', nth: 1 }],
    },
  ],
});
