import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferenceDate } from '../../src/article/dateline.js';
import { splitSections } from '../../src/article/sections.js';
import { analyze } from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const referenceDate = (text: string) => findReferenceDate(text, splitSections(text));

describe('findReferenceDate', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a dated line under the title (Wikinews, GUM)', 'Hackers attack a website\nSunday, January 20, 2008\nWikinews has learned that the site was down.', '2008-01-20'],
    ['a tokenised dateline (MEANTIME)', 'Northrop Grumman and EADS defeat Boeing\nMarch 01 , 2008\nNorthrop Grumman and EADS have defeated Boeing .', '2008-03-01'],
    ['a wire dateline with a year', 'Dock workers walk out\n\nROTTERDAM, March 3, 2025 (Reuters) - About 1,200 dock workers walked out.', '2025-03-03'],
    ['a wire dateline without a year', 'Title here\n\nWASHINGTON, March 3 (Reuters) - The Senate voted on Tuesday.', null],
    ['a byline with a date', 'Title\nBy Jane Doe | March 3, 2025\nThe council met on Tuesday.', '2025-03-03'],
    ['a labelled timestamp', 'Title\nUpdated 3:04 PM ET, Fri July 21, 2017\nThe council met on Tuesday.', '2017-07-21'],
    ['a date inside the first sentence', 'Title\nThe deal was signed on July 21, 2017 in Paris.\nMore text follows here.', null],
    ['no date at all', 'Title\n\nThe council met on Tuesday and voted.', null],
    ['a dated line deep in the body', `Title\n\n${'The council met and voted on the plan.\n\n'.repeat(8)}Friday, July 21, 2017\n`, null],
    ['an impossible date', 'Title\nFebruary 30, 2017\nThe council met.', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(referenceDate(text)).toBe(expected);
  });

  it('reads the wire dateline of the harbour strike fixture', () => {
    expect(referenceDate(fixture('articles/wire-harbour-strike.txt'))).toBe('2025-03-03');
  });

  it('finds nothing in the seed article, which carries no date', () => {
    expect(referenceDate(fixture('000_a8d46ff2df23af88.txt'))).toBeNull();
  });

  it('is what analyze resolves relative dates against when no date is given', () => {
    const report = analyze('Dock workers walk out\n\nROTTERDAM, March 3, 2025 (Reuters) - Workers walked out on Monday.');
    expect(report.referenceDate).toBe('2025-03-03');
    expect(report.referenceDateSource).toBe('dateline');
    expect(report.dates.find((d) => d.text === 'Monday')?.value).toBe('2025-03-03');
  });
});
