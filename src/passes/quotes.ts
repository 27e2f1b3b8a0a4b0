import type { Pass } from './pass.js';

export const quotesPass: Pass<'quotes'> = {
  name: 'quotes',
  run() {
    return [];
  },
};
