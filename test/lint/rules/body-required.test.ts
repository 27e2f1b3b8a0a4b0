import { article } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const NO_BODY = '# Council Backs Bike Lanes\nAdditional Insights:\n- Lanes are popular.';

ruleTester('body-required', {
  valid: [
    { name: 'a title and a body', text: article('Council Backs Bike Lanes') },
    { name: 'a body of exactly minWords words', text: article('Council Backs Bike Lanes', 'The council voted yes.'), options: { minWords: 4 } },
  ],
  invalid: [
    { name: 'an empty file', text: '', errors: [{ messageId: 'empty', text: '', range: { start: 0, end: 0 } }] },
    { name: 'a file of blank lines', text: '  \n\n ', errors: [{ messageId: 'empty', text: '', range: { start: 0, end: 0 } }] },
    {
      name: 'a title with only insights: reported where the body should begin',
      text: NO_BODY,
      errors: [{ messageId: 'missing', text: '', range: { start: NO_BODY.indexOf('\n'), end: NO_BODY.indexOf('\n') } }],
    },
    {
      name: 'a body shorter than minWords',
      text: article('Council Backs Bike Lanes', 'The council voted yes.'),
      options: { minWords: 5 },
      errors: [{ messageId: 'tooShort', data: { count: 4, min: 5 }, text: 'The council voted yes.' }],
    },
  ],
});
