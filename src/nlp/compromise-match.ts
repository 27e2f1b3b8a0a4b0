/**
 * compromise's matcher, run on one sentence without trying the pattern at every word.
 *
 * compromise's `match` tries a pattern from each word of a sentence in turn, and each try copies
 * the rest of the sentence (`terms.slice(i)`) and builds a state object before it looks at the
 * first word. Its post-tagger runs a few hundred patterns per sentence that way, and on news text
 * those copies were about a third of everything a parse allocates; the garbage was what two worker
 * threads spent their time collecting. Most patterns open with one plain tag or word, which the
 * sentence's word either has or does not: `matchSentence` checks that first (and the second token
 * on the next word, when it is as plain) and hands compromise only the words a match can start at,
 * anchored there. Patterns it cannot read that way (an optional, negative or `.` opening,
 * `^` anywhere, a closing `$` on a token that may match several words or none, an exclusion with
 * `^` or `$`) go to compromise whole. `test/nlp/compromise-match.test.ts` checks the two against
 * each other, and `test/nlp/compromise-sweep.test.ts` the whole sweep against compromise's own.
 */

/** The fields of a compromise term that its matcher reads for a plain word, tag or `(a|b)` test. */
export interface MatchTerm {
  tags: Set<string>;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  id?: string;
}

/** One parsed token of a compromise pattern, as `parseMatch` leaves it (the fields read here). */
export interface MatchReg {
  tag?: string;
  word?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  fuzzy?: boolean;
  id?: string;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  choices?: MatchReg[][];
  operator?: string;
  switch?: string;
  [other: string]: unknown;
}

/** What compromise's `match` takes: the parsed pattern, and optionally a group to return and an exclusion. */
export interface MatchTodo {
  regs: MatchReg[];
  group?: string | number;
  notIf?: MatchReg[];
  justOne?: boolean;
}

type Pointer = number[];

/** compromise's `methods.one.match`, on the document shape it takes. */
export type CompromiseMatch = (document: MatchTerm[][], todo: MatchTodo) => { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };

/**
 * The fields of a sentence's words that the single-word tests read, gathered once per sentence
 * for the few hundred patterns tried on it: compromise's terms come in many shapes, so reading
 * them directly in every test is slow.
 */
export interface SentenceView {
  terms: MatchTerm[];
  tags: Array<Set<string>>;
  texts: string[];
  normals: string[];
  /** What a fast `(a|b)` list is matched against: root, implicit, machine or normal form, the first set. */
  forms: string[];
  machines: Array<string | null | undefined>;
  aliases: Array<string[] | undefined>;
  switches: Array<string | undefined>;
  /** Words of a contraction ("we've" is "we" and "have" to compromise). */
  implicit: boolean[];
  /** The positions of the words with each tag, in order. */
  byTag: Map<string, number[]>;
}

/** Built by the sweep once per sentence, before the sentence's candidate patterns are tried. */
export function viewOf(terms: MatchTerm[]): SentenceView {
  const view: SentenceView = { terms, tags: [], texts: [], normals: [], forms: [], machines: [], aliases: [], switches: [], implicit: [], byTag: new Map() };
  for (let at = 0; at < terms.length; at++) {
    const term = terms[at]!;
    for (const tag of term.tags) {
      const positions = view.byTag.get(tag);
      if (positions) positions.push(at);
      else view.byTag.set(tag, [at]);
    }
    view.tags.push(term.tags);
    view.texts.push(term.text);
    view.normals.push(term.normal);
    view.forms.push(term.root || term.implicit || term.machine || term.normal);
    view.machines.push(term.machine);
    view.aliases.push(term.alias);
    view.switches.push(term.switch);
    view.implicit.push(Boolean(term.implicit));
  }
  return view;
}

/** How a pattern's token is tested against the word at `at`, when it can be tested alone. */
type Opening = (view: SentenceView, at: number) => boolean;

interface Plan {
  opening: Opening;
  /** The opening's tag, when the opening is a plain `#Tag`. */
  tag: string | undefined;
  /**
   * The test of the second token on the word after the opening, where a match must have it there:
   * null when the opening can run over several words (`#Adjective+`) or the second token is
   * anything but a required plain one.
   */
  second: Opening | null;
  /** The pattern with its opening anchored (`^`), so compromise tries it only at the first word it is given. */
  anchored: MatchTodo;
  /** Required tokens: fewer words left than this and no match can start. */
  minLength: number;
}

const plans = new WeakMap<MatchTodo, Plan | null>();

/**
 * The pointers compromise's `match([terms], todo)` returns, as `[0, start, end, startId, endId]`,
 * in the same order.
 */
export function matchSentence(view: SentenceView, todo: MatchTodo, match: CompromiseMatch): Pointer[] {
  const { terms } = view;
  let plan = plans.get(todo);
  if (plan === undefined) plans.set(todo, (plan = planOf(todo)));
  if (!plan) return match([terms], todo).ptrs;
  const { opening, second } = plan;
  const last = terms.length - plan.minLength;
  // An opening tag is looked up once per sentence rather than tested at every word.
  const starts = plan.tag === undefined ? null : view.byTag.get(plan.tag);
  if (starts === undefined) return [];
  const count = starts ? starts.length : last + 1;
  let from = 0;
  let found: Array<{ pointer: Pointer; groups: Record<string, Pointer> }> | null = null;
  for (let k = 0; k < count; k++) {
    const i = starts ? starts[k]! : k;
    if (i < from) continue;
    if (i > last) break;
    if (!starts && !opening(view, i)) continue;
    if (second && !view.implicit[i] && !second(view, i + 1)) continue;
    const here = match([terms.slice(i)], plan.anchored);
    const pointer = here.ptrs[0];
    if (!pointer) continue;
    const groups: Record<string, Pointer> = {};
    for (const [name, [group]] of Object.entries(here.byGroup)) if (group) groups[name] = [0, i + group[1]!, i + group[2]!];
    (found ??= []).push({ pointer: [0, i, i + pointer[2]!], groups });
    if (todo.justOne === true) break;
    // compromise goes on after the match, as here.
    from = i + pointer[2]!;
  }
  if (!found) return [];
  const kept = todo.notIf ? found.filter(({ pointer }) => match([terms.slice(pointer[1], pointer[2])], { regs: todo.notIf! }).ptrs.length === 0) : found;
  const group = typeof todo.group === 'number' ? String(todo.group) : todo.group;
  const pointers: Pointer[] = [];
  for (const { pointer, groups } of kept) {
    const chosen = group ? groups[group] : pointer;
    if (!chosen) continue;
    const ids = chosen as unknown[];
    ids[3] = terms[chosen[1]!]!.id;
    ids[4] = terms[chosen[2]! - 1]!.id;
    pointers.push(chosen);
  }
  return pointers;
}

/**
 * How to run `todo` word by word, or null where only compromise's own loop is sure to give the
 * same answer. Anchoring changes what `^` means inside a pattern (the first word given rather than
 * the sentence's first), so patterns with `^` anywhere, in their exclusion too, are left whole.
 * compromise drops a match that does not reach a closing `$` after it has skipped past it; a `$`
 * on a last token that must match one word can only match at the end, so only that `$` is read.
 */
function planOf(todo: MatchTodo): Plan | null {
  const { regs } = todo;
  if (regs.length === 0 || regs.some((reg) => hasAnchor(reg, 'start'))) return null;
  const last = regs.at(-1)!;
  if (last.end === true && (last.optional === true || last.greedy === true || last.choices !== undefined)) return null;
  if (todo.notIf?.some((reg) => hasAnchor(reg, 'start') || hasAnchor(reg, 'end'))) return null;
  const first = regs[0]!;
  if (first.optional === true || first.negative === true || first.end === true) return null;
  const opening = openingOf(first);
  if (!opening) return null;
  return {
    opening,
    tag: openingTag(first),
    second: first.greedy === true || first.choices !== undefined ? null : requiredPlain(regs[1]),
    anchored: { regs: [{ ...first, start: true }, ...regs.slice(1)] },
    minLength: regs.filter((reg) => reg.optional !== true && reg.negative !== true).length,
  };
}

/** The tag of a token `openingOf` reads as a plain `#Tag`. */
function openingTag(reg: MatchReg): string | undefined {
  return reg.anything === true || reg.choices !== undefined || reg.id !== undefined || reg.word !== undefined ? undefined : reg.tag;
}

/**
 * The single-word test of a token that must match the word it is tried on, or null. (A contraction
 * such as "we've" is two words to compromise, and matching its first can skip the second, so the
 * caller leaves the words of a contraction to compromise.)
 */
function requiredPlain(reg: MatchReg | undefined): Opening | null {
  if (!reg || reg.optional === true || reg.negative === true || reg.start === true || reg.end === true) return null;
  return openingOf(reg);
}

/** The kinds of token compromise tests, besides those read here: a token with one of them is left to compromise. */
const OTHER_KINDS = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'];

/**
 * compromise's single-word test (`doesMatch`) for a token that is a plain tag, word, `%switch%`
 * or fast `(a|b)` list, with the same precedence; for a slower `(a b|c)` block, whether any of its
 * choices can start at the word, and for an `(a && b)` block whether all can. Null for any other
 * kind of token.
 */
function openingOf(reg: MatchReg): Opening | null {
  if (reg.anything === true) return null;
  if (reg.choices !== undefined) return reg.operator === 'or' ? choiceOpening(reg.choices) : reg.operator === 'and' ? allChoicesOpening(reg.choices) : null;
  if (reg.id !== undefined) return null;
  const { word, tag, fastOr, pos } = reg;
  if (word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy === true) return null;
    return (view, at) => {
      const machine = view.machines[at];
      return (machine !== null && machine === word) || view.aliases[at]?.some((alias) => alias === word) === true || word === view.texts[at] || word === view.normals[at];
    };
  }
  if (tag !== undefined) return (view, at) => view.tags[at]!.has(tag);
  if (fastOr !== undefined && OTHER_KINDS.every((field) => reg[field] === undefined)) {
    return (view, at) => (!pos || view.tags[at]!.has(pos)) && (fastOr.has(view.forms[at]!) || fastOr.has(view.texts[at]!));
  }
  const { switch: kind } = reg;
  if (kind !== undefined && OTHER_KINDS.every((field) => field === 'switch' || reg[field] === undefined)) return (view, at) => view.switches[at] === kind;
  return null;
}

/** A block's choices are tried word by word from the block's first word, each ending at its first miss. */
function choiceOpening(choices: MatchReg[][]): Opening | null {
  const tests: Opening[] = [];
  for (const choice of choices) {
    const first = Array.isArray(choice) ? choice[0] : undefined;
    if (!first || first.negative === true) return null;
    const test = openingOf(first);
    if (!test) return null;
    tests.push(test);
  }
  return (view, at) => tests.some((test) => test(view, at));
}

/**
 * An `(a && b)` block needs every side to match from the block's first word, so a side whose first
 * token fails there rules the word out; sides read no other way are left to compromise.
 */
function allChoicesOpening(choices: MatchReg[][]): Opening | null {
  const tests: Opening[] = [];
  for (const choice of choices) {
    const first = Array.isArray(choice) ? choice[0] : undefined;
    const test = first && first.negative !== true ? openingOf(first) : null;
    if (test) tests.push(test);
  }
  return tests.length === 0 ? null : (view, at) => tests.every((test) => test(view, at));
}

/** Whether the token, or any token inside its `(…)` block, carries the `^` (start) or `$` (end) anchor. */
function hasAnchor(reg: MatchReg, anchor: 'start' | 'end'): boolean {
  return reg[anchor] === true || (reg.choices?.some((side) => side.some((inner) => hasAnchor(inner, anchor))) ?? false);
}
