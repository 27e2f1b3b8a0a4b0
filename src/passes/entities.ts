import type { Pass } from './pass.js';

export const entitiesPass: Pass<'entities'> = {
  name: 'entities',
  run() {
    return [];
  },
};
