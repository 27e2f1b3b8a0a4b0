import type { Pass } from './pass.js';

export const datesPass: Pass<'dates'> = {
  name: 'dates',
  run() {
    return [];
  },
};
