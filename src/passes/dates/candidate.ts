import type { SubWords } from '../../nlp/sub-words.js';
import type { TimexType } from '../../types.js';
import type { Day } from './calendar.js';

/** What a value needs besides the words: the reference day and which way the clause leans. */
export interface Resolution {
  ref: Day | null;
  /** Whether the clause around the expression points after or before the reference day, if it says. */
  lean: 'future' | 'past' | null;
  /**
   * The financial quarter ("1989-Q3") the text last named, a few sentences back at most:
   * business copy says "the quarter" and "a year earlier" and means that one.
   */
  period: string | null;
  /**
   * The times the text named in the last few sentences, newest first, one per grain: "the day
   * before", "the following month" count from the story's own time, not from the day it was published.
   */
  anchors?: readonly Anchor[];
}

/** A named time as a day and how finely it was named: "in March 1989" is a month, whatever its first day. */
export interface Anchor {
  day: Day;
  grain: 'day' | 'month' | 'year';
}

/** A time expression over sub-words `first` to `last` (exclusive), its value computed once its context is known. */
/** The day the text last named, a few sentences back at most: what "the day" and a bare clock time are on. */
export function toldDay(at: Resolution): Day | null {
  return at.anchors?.find((anchor) => anchor.grain === 'day')?.day ?? null;
}

export interface Candidate {
  first: number;
  last: number;
  type: TimexType;
  value(at: Resolution): string | null;
  /** The calendar day it names, so a clock time next to it can borrow the day. */
  day?(at: Resolution): Day | null;
  /** "a year earlier", "the year-ago quarter": looks back from the quarter under discussion without changing it. */
  lookback?: true;
}

/** Reads the time expression starting at sub-word `i`, or returns null. */
export type Matcher = (words: SubWords, i: number) => Candidate | null;

/** A value that does not depend on the reference day. */
export const fixed = (value: string | null) => () => value;
