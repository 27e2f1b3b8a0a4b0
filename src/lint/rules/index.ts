import type { Rule } from '../rule.js';
import { bodyRequired } from './body-required.js';
import { duplicateArticle } from './duplicate-article.js';
import { encoding } from './encoding.js';
import { insightQuoteNotInBody } from './insight-quote-not-in-body.js';
import { insightRepeatsBody } from './insight-repeats-body.js';
import { insightUnsupported } from './insight-unsupported.js';
import { noCategorySlugs } from './no-category-slugs.js';
import { noPreamble } from './no-preamble.js';
import { quoteAttribution } from './quote-attribution.js';
import { quoteBalance } from './quote-balance.js';
import { repeatedSentence } from './repeated-sentence.js';
import { titleStyle } from './title-style.js';

/** Every rule by id, in id order: `newsx rules`, SARIF and the config schema list them in this order. */
export const rules: ReadonlyMap<string, Rule> = new Map(
  ([
    bodyRequired,
    duplicateArticle,
    encoding,
    insightQuoteNotInBody,
    insightRepeatsBody,
    insightUnsupported,
    noCategorySlugs,
    noPreamble,
    quoteAttribution,
    quoteBalance,
    repeatedSentence,
    titleStyle,
  ] satisfies Rule[])
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => [rule.id, rule]),
);
