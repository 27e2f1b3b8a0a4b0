import type { NumberKind } from '../../types.js';

/** A number found in the sub-words, before it is given character offsets. */
export interface NumberMatch {
  first: number;
  last: number;
  value: number;
  kind: NumberKind;
  unit: string | null;
  counts: string | null;
  to?: number;
}

/** A stretch to pass over without reporting anything in it ("voted 7-2"). */
export interface Skip {
  skipTo: number;
}
