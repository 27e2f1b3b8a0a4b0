import type { Pass } from './pass.js';

export const numbersPass: Pass<'numbers'> = {
  name: 'numbers',
  run() {
    return [];
  },
};
