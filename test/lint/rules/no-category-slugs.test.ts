import { describe, expect, it } from 'vitest';
import { isSlug } from '../../../src/lint/rules/no-category-slugs.js';
import { article, BODY } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const LIST = 'war-and-conflicts, politics, and general-news';

ruleTester('no-category-slugs', {
  valid: [
    {
      name: 'English compounds and plain topic words',
      text: article(
        'Hit-and-Run Driver Sought',
        'Police are looking for a hit-and-run driver after a post-war memorial was damaged. The anti-war group said local-government officials covered politics, sports and business for years; it was a rock-and-roll moment and a state-of-the-art response.',
      ),
    },
    { name: 'a slug in the title, where a tag label is a headline', text: article('Tags: Politics And Elections') },
  ],
  invalid: [
    {
      name: 'a leaked slug list, as one span',
      text: article('Talks Continue', `${BODY} The talks matter within the broader context of ${LIST}.`),
      errors: [{ messageId: 'slugs', data: { text: LIST }, text: LIST, message: `Category slugs leaked into the prose: "${LIST}".` }],
      output: article('Talks Continue', `${BODY} The talks matter.`),
    },
    {
      name: 'a slug inside a sentence: no safe fix',
      text: article('Talks Continue', `${BODY} The talks, filed under world-news by the desk, resumed.`),
      errors: [{ messageId: 'slugs', data: { text: 'world-news' }, text: 'world-news' }],
      output: null,
    },
    {
      name: 'a slug list on a line of its own',
      text: article('Talks Continue', BODY, `\n${LIST}\n\nThe talks resume on Monday.`),
      errors: [{ messageId: 'slugs', data: { text: LIST }, text: LIST }],
      output: article('Talks Continue', BODY, '\nThe talks resume on Monday.'),
    },
    {
      name: 'a lone slug and a tag line',
      text: article('Talks Continue', `${BODY} Filed under world-news.`, '\nTags: politics, us-politics, elections'),
      errors: [
        { messageId: 'slugs', data: { text: 'world-news' }, text: 'world-news' },
        { messageId: 'tags', data: { text: 'politics, us-politics, elections' }, text: 'politics, us-politics, elections' },
      ],
      // The two fixes touch, so one pass takes the first; --fix takes the second on its next pass.
      output: `Talks Continue\n\n${BODY}\n\nTags: politics, us-politics, elections`,
    },
    {
      name: 'a slug built from an extra topic in the options',
      text: article('Talks Continue', `${BODY} Filed under harbour-news.`),
      options: { topics: ['Harbour'] },
      errors: [{ messageId: 'slugs', data: { text: 'harbour-news' }, text: 'harbour-news' }],
    },
  ],
});

describe('isSlug', () => {
  it.each([
    ['war-and-conflicts', true],
    ['general-news', true],
    ['arts_and_culture', true],
    ['politics-elections', true],
    ['hit-and-run', false],
    ['post-war', false],
    ['local-government', false],
    ['well-known', false],
  ])('%s is %s', (token, expected) => {
    expect(isSlug(token, new Set(['news', 'conflicts', 'culture', 'politics', 'elections', 'government', 'war']))).toBe(expected);
  });
});
