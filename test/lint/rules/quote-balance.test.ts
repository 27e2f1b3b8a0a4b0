import { article } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const HEWITT = article(
  'Leave Extended',
  'Ms Hewitt said: "We have already doubled paid leave to 26 weeks. "We are going to extend it again next year," she said.',
);
const MIXED = article(
  'Marks Everywhere',
  '“One, two, we counted them all before.\n\n“three,” he said. "Four" and 5" of rain. Then ” stray.\n\n"Never closed.\n\nEnd of it all here.',
);

ruleTester('quote-balance', {
  valid: [
    {
      name: 'a quotation reopened in the next paragraph, curly pairs and inch marks',
      text: article(
        'Library Hours',
        '“We listened to the students, and we will keep listening to them.\n\n“And we changed the hours,” the librarian said of the 12" shelves. He said "it works".',
      ),
    },
    { name: 'a quotation running over a line break', text: article('Library Hours', '"We came here to compete.\nWe were so happy to be here," she said.') },
    { name: 'a quote within a quote', text: article('Talks', '"This is an episode of “Shark Tank.” But this is serious," he said.') },
    { name: 'apostrophes and single quotes', text: article('Talks', "The players' union said 'no' to the '90s rules.") },
    {
      name: 'a quotation running over lines, reopened after a caption',
      text: article('Museum', '"The museum worked hard for this.\nIt would have been a perfect fit.\nImage: the museum.\n"However, the trainer comes to us," she said.'),
    },
    {
      name: 'a block in straight marks ending in a paragraph that opens with a curly quote',
      text: article('Council', '"The mayor is reluctant to call it a crisis.\n\n“I will not speculate,” she said."\n\nThe meeting ended.'),
    },
    { name: 'marks inside leaked HTML tags', text: article('Rally', 'They left.\n\n[<a href=”https://example.org/rally” target=”_blank”>A rally</a>.]') },
    { name: "''' closing a double and a single quote", text: article('Alliance', "``To borrow a phrase, `we made it,''' she said.") },
  ],
  invalid: [
    {
      name: 'an unclosed and an unopened mark',
      text: article('Library Hours', '"Students asked for more space, said the librarian.\n\nThe hours will be reviewed.” The dean agreed.'),
      errors: [
        { messageId: 'open', text: '"', message: 'This quote mark is never closed.' },
        { messageId: 'close', text: '”', message: 'This closing quote mark has no opening mark.' },
      ],
    },
    {
      name: 'a quote never closed before the next one opens: the first mark, not the last',
      text: HEWITT,
      errors: [{ messageId: 'open', text: '"We have' , range: { start: HEWITT.indexOf('"We have'), end: HEWITT.indexOf('"We have') + 1 } }],
    },
    {
      name: 'a closing mark with nothing open does not pair with the marks after it',
      text: article('Doctor', 'Oz took Trump through a review of [his] systems" and the "medical records" he released.'),
      errors: [{ messageId: 'close', text: '"' }],
    },
    {
      name: 'a closing mark typed where the quote opens is the one mark reported',
      text: article('Terms', 'Obama said the words “lump” them together.\n\n” … what I learned is that it matters,” he said.'),
      errors: [{ messageId: 'reversed', text: '”', nth: 1, message: 'This closing quote mark opens a quotation; use an opening mark.' }],
    },
    {
      name: 'marks of every kind in one article',
      text: MIXED,
      errors: [
        { messageId: 'close', text: '”', nth: 1 },
        { messageId: 'open', text: '"', nth: 3 },
      ],
    },
    {
      name: 'the two-character marks of text rebuilt from tokens',
      text: article('Tanker Deal', "General Lichte said `` This will be an American tanker .\n\nThe Pro has 15 '' or 17 '' displays , he said '' again ."),
      errors: [
        { messageId: 'open', text: '``' },
        { messageId: 'close', text: "''", nth: 2 },
      ],
    },
  ],
});
