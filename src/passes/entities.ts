import type { Pass } from './pass.js';
import { findMentions } from './entities/chunks.js';
import { NameWords } from './entities/name-words.js';
import { resolveEntities } from './entities/resolve.js';

/**
 * People, places and organisations with every mention. Built on the document's tokens and
 * compromise's lexicon rather than its people()/places() matches, which take title-case headline
 * words for names and miss institutions, so capitalisation is judged against the whole article first.
 */
export const entitiesPass: Pass<'entities'> = {
  name: 'entities',
  requires: [],
  run({ document }) {
    const words = new NameWords(document);
    return resolveEntities(words, findMentions(words), (offset) => document.paragraphs.sectionAt(offset));
  },
};
