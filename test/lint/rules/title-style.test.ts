import { article, BODY } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester('title-style', {
  valid: [
    { name: 'a plain title', text: article('Council Backs Bike Lanes on Main Street') },
    { name: 'acronyms in a normal title', text: article('NATO and EU Leaders Meet in Brussels') },
    { name: 'a colon inside the title', text: article('Budget: Council Backs Bike Lanes') },
    { name: 'no title when none is required', text: BODY, options: { requireTitle: false } },
    { name: 'an empty file (body-required reports it)', text: '' },
  ],
  invalid: [
    {
      name: 'a trailing colon, on the last word',
      text: article("Donald Trump's Special Envoy Meets Putin on Ukraine Crisis:"),
      errors: [{ messageId: 'trailingColon', data: { which: 'title' }, text: 'Crisis:', message: 'The title ends with a colon, a leftover of a "Title:" template.' }],
      output: article("Donald Trump's Special Envoy Meets Putin on Ukraine Crisis"),
    },
    {
      name: 'a sentence case line ending in a colon may be a lead-in: no fix',
      text: article('The Times said in an editorial on Monday, Oct. 26:'),
      errors: [{ messageId: 'trailingColon', data: { which: 'title' }, text: '26:' }],
      output: null,
    },
    {
      name: 'a trailing colon before Markdown emphasis: the colon goes, the emphasis stays',
      text: article('**Council Backs Bike Lanes:**'),
      errors: [{ messageId: 'trailingColon', data: { which: 'title' }, text: 'Lanes:' }],
      output: article('**Council Backs Bike Lanes**'),
    },
    {
      name: 'a title in ALL CAPS',
      text: article('COUNCIL BACKS NEW BIKE LANES'),
      errors: [{ messageId: 'allCaps', data: { which: 'title' }, text: 'COUNCIL BACKS NEW BIKE LANES' }],
      output: null,
    },
    {
      name: 'a title longer than maxLength',
      text: article('Council Backs Bike Lanes on Main Street'),
      options: { maxLength: 20 },
      errors: [{ messageId: 'tooLong', data: { which: 'title', length: 39, max: 20 }, text: 'Council Backs Bike Lanes on Main Street' }],
    },
    {
      name: 'neither title nor headline',
      text: BODY,
      errors: [{ messageId: 'missing', text: '', range: { start: 0, end: 0 } }],
    },
  ],
});
