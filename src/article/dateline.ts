import type { Sections } from '../types.js';

/** The article's own date, from a dateline near its top, as "YYYY-MM-DD"; null when it has none. */
export function findReferenceDate(_text: string, _sections: Sections): string | null {
  return null;
}
