import type { Pass } from './pass.js';
import { findMentions } from './entities/mentions.js';
import { resolveEntities } from './entities/resolve.js';
import { buildWords } from './entities/words.js';

/**
 * People, places and organisations with every mention. Built on compromise's tokens and lexicon
 * rather than its people()/places() matches, which take title-case headline words for names and
 * miss institutions, so capitalisation is judged against the whole article first.
 */
export const entitiesPass: Pass<'entities'> = {
  name: 'entities',
  requires: [],
  run(context) {
    const view = buildWords(context.text, context.parsed);
    const mentions = findMentions(view);
    return resolveEntities(context.text, mentions, context.sectionAt);
  },
};
