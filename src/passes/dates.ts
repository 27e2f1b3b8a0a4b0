import { findTimexes } from './dates/find.js';
import type { Pass } from './pass.js';

/**
 * TIMEX3 dates, times, durations and sets. Durations like "three-hour" are also numbers; both
 * passes report them, each with its own reading.
 */
export const datesPass: Pass<'dates'> = {
  name: 'dates',
  requires: [],
  run({ document, referenceDate }) {
    return findTimexes(document, referenceDate);
  },
};
