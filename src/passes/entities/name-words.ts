import * as names from '../../lexicon/names.js';
import { lexiconTags } from '../../nlp/compromise.js';
import type { Document } from '../../nlp/document.js';
import { FIRST_NAME_TAGS, FUNCTION_TAGS, NAME_TAGS, TagSet, type Tag } from '../../nlp/tags.js';
import { caseCounts, type Tokens } from '../../nlp/tokens.js';

const COMMON_ACRONYMS = new Set(names.COMMON_ACRONYMS);
const KNOWN_ORGANIZATIONS = new Set(names.KNOWN_ORGANIZATIONS);
const ORG_HEADS = new Set(names.ORG_HEADS);
const PLACE_HEADS = new Set(names.PLACE_HEADS);
const SMALL_WORDS = new Set(names.SMALL_WORDS);
const SPORT_WORDS = new Set(names.SPORT_WORDS);
const VERSUS = new Set(['v', 'vs']);

/** Stances and affixes before a hyphen ("Pro-Beijing", "Anti-Trump", "Pan-democrat") describe, not name. */
const AFFIXED = new RegExp(`^(?:${names.STANCE_PREFIXES.join('|')})-`);
const DATE_TAGS = TagSet.of('Month', 'WeekDay', 'Holiday');
/** Words that start a sentence before a name without being part of it ("Earlier Putin said"). */
const NOT_NAME_OPENERS = FUNCTION_TAGS.union(TagSet.of('Adverb', 'Adjective', 'Comparative', 'Superlative', 'Modal', 'Expression', 'Date', 'Value', 'Cardinal', 'Ordinal', 'Gerund', 'PastTense', 'Actor'));
const ONLY_SPACE = /^[ \t\u00a0]+$/;
const SPACES_OR_TABS = /^[ \t]+$/;

/** Whether lexicon tags make a word part of a name. */
export function hasNameTag(lex: TagSet): boolean {
  return lex.hasAny(NAME_TAGS);
}

/** A word compromise's lexicon knows only as a common word ("meets", "crisis"). */
export function isCommonWord(lex: TagSet): boolean {
  return !lex.isEmpty && !hasNameTag(lex);
}

/**
 * The document's words that have a letter, as the entities pass sees them: a word is an index `w`
 * into this list, which maps it to its token. Beyond the token, a name word knows its lookup key,
 * its lexicon tags out of context, and whether it can be part of a name at all, judged against
 * the whole article. It holds indices and judgements, never a copy of the tokens.
 */
export class NameWords {
  readonly length: number;
  private readonly tokenOf: Int32Array;
  private readonly ends: Int32Array;
  private readonly keys: string[];
  private readonly lexicon: TagSet[];
  /** Per line, bits: title case, ALL CAPS, figures beside names (`LINE_*`). */
  private readonly lineKinds: Uint8Array;
  /**
   * The article reports sport: three words of sport ("innings", "striker", "standings"), one in
   * its first line counting three, and at least one word in a hundred. There a town can name its
   * club and a figure beside a name is a score.
   */
  readonly sportsPage: boolean;
  private readonly capableFlags: Uint8Array;

  constructor(
    readonly document: Document,
  ) {
    const { tokens, text } = document;
    const indices: number[] = [];
    for (let t = 0; t < tokens.length; t++) if (tokens.hasLetter(t)) indices.push(t);
    this.length = indices.length;
    this.tokenOf = Int32Array.from(indices);
    this.ends = new Int32Array(this.length);
    this.keys = new Array<string>(this.length);
    this.lexicon = new Array<TagSet>(this.length);
    let sport = 0;
    for (let w = 0; w < this.length; w++) {
      const t = this.tokenOf[w]!;
      const end = tokens.wordEnd(t);
      this.ends[w] = end;
      const key = text.slice(tokens.start(t), end).toLowerCase().replace(/\./g, '').replace(/’/g, "'");
      this.keys[w] = key;
      if (SPORT_WORDS.has(key)) sport += tokens.line(t) === 0 ? 3 : 1;
      this.lexicon[w] = tokens.isCapitalised(t) ? lexiconTags(key) : TagSet.EMPTY;
    }
    this.sportsPage = sport >= 3 && sport * 100 >= this.length;
    this.lineKinds = classifyLines(this, tokens);
    this.capableFlags = judgeCapable(this);
  }

  private get tokens(): Tokens {
    return this.document.tokens;
  }

  token(w: number): number {
    return this.tokenOf[w]!;
  }

  start(w: number): number {
    return this.tokens.start(this.tokenOf[w]!);
  }

  /** End of the word, an abbreviation's full stop in ("Inc."), an "'s" out. */
  end(w: number): number {
    return this.ends[w]!;
  }

  text(w: number): string {
    return this.document.text.slice(this.start(w), this.ends[w]!);
  }

  /** Lower case without full stops ("U.S." → "us"), one kind of apostrophe. */
  key(w: number): string {
    return this.keys[w]!;
  }

  isCapitalised(w: number): boolean {
    return this.tokens.isCapitalised(this.tokenOf[w]!);
  }

  isAllCaps(w: number): boolean {
    return this.tokens.isAllCaps(this.tokenOf[w]!);
  }

  /** Followed by "'s" or a plural's apostrophe: the name ends here, whatever the "'s" stands for. */
  isPossessive(w: number): boolean {
    const t = this.tokenOf[w]!;
    return this.tokens.isPossessive(t) || this.tokens.hasApostropheS(t);
  }

  /** One capital and its full stop ("P."): an initial of a name that follows. */
  isInitial(w: number): boolean {
    return this.keys[w]!.length === 1 && this.tokens.hasStop(this.tokenOf[w]!) && this.isCapitalised(w);
  }

  line(w: number): number {
    return this.tokens.line(this.tokenOf[w]!);
  }

  /** Starts a sentence, a line, a quotation or a clause after a colon, where capitals say nothing. */
  opensClause(w: number): boolean {
    return this.tokens.opensClause(this.tokenOf[w]!);
  }

  has(w: number, tag: Tag): boolean {
    return this.tokens.has(this.tokenOf[w]!, tag);
  }

  /** compromise's lexicon tags for a capitalised word; empty for lower-case words. */
  lex(w: number): TagSet {
    return this.lexicon[w]!;
  }

  /** Text between the previous word's end and this word's start. */
  gap(w: number): string {
    return this.document.text.slice(w > 0 ? this.ends[w - 1]! : 0, this.start(w));
  }

  /** Only spaces stand between the previous word and this one. */
  spaced(w: number): boolean {
    return ONLY_SPACE.test(this.gap(w));
  }

  /** Only plain spaces or tabs, no line break and no no-break space, between the previous word and this one. */
  plainlySpaced(w: number): boolean {
    return SPACES_OR_TABS.test(this.gap(w));
  }

  /** The word's line has every content word capitalised (a headline), where capitals say nothing. */
  onTitleCaseLine(w: number): boolean {
    return (this.lineKinds[this.line(w)]! & LINE_TITLE_CASE) !== 0;
  }

  onAllCapsLine(w: number): boolean {
    return (this.lineKinds[this.line(w)]! & LINE_ALL_CAPS) !== 0;
  }

  /**
   * The word's line sets names beside figures ("Leeds 2 Chelsea 1", "Stockport 22 10 6 6"):
   * results, standings and scorers, where a run of capitals is a name, not a headline.
   */
  onFigureLine(w: number): boolean {
    return (this.lineKinds[this.line(w)]! & LINE_FIGURES) !== 0;
  }

  /** A figure ("2", "429-7", ".556") follows the word on its line, with only spaces between; null when none does, else the figure. */
  figureAfter(w: number): string | null {
    const next = this.tokenOf[w]! + 1;
    const { tokens } = this;
    const { text } = this.document;
    if (next >= tokens.length || tokens.line(next) !== this.line(w) || !isFigure(text, tokens, next)) return null;
    return ONLY_SPACE.test(text.slice(this.ends[w]!, tokens.start(next))) ? tokens.text(next) : null;
  }

  /** A dateline's date ("1996-08-30", "Aug 22") or agency ("(Reuters)") follows the word. */
  datelineTail(w: number): boolean {
    return DATELINE_TAIL.test(this.document.text.slice(this.ends[w]!, this.ends[w]! + 40).trimStart());
  }

  /** A figure or a closing bracket stands between the previous word and this one ("Leeds 2 Chelsea", "( Zola 12 ) , Chelsea"). */
  figureBefore(w: number): boolean {
    return w > 0 && this.line(w - 1) === this.line(w) && /[\d)]/.test(this.gap(w));
  }

  /** Whether the word may be part of a name, judged against the whole article. */
  capable(w: number): boolean {
    return this.capableFlags[w] === 1;
  }

  /** Words `from..to` (inclusive) as one lookup key. */
  keyOf(words: readonly number[]): string {
    return words.map((w) => this.keys[w]!).join(' ');
  }
}

/** What follows a dateline's town: its date ("1996-08-30", "Aug 22") or its agency in brackets and a dash ("(Reuters) -"). */
const DATELINE_TAIL = /^,? ?(?:\d{4}-\d\d-\d\d\b|\([A-Z][\w.&' ]{0,24}\)\s*[-\u2013\u2014]|(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/;

const LINE_TITLE_CASE = 1;
const LINE_ALL_CAPS = 2;
const LINE_FIGURES = 4;

/** A token without letters that starts with a digit or a decimal point before one ("2", "4-38", ".556"). */
function isFigure(text: string, tokens: Tokens, t: number): boolean {
  if (tokens.hasLetter(t)) return false;
  const at = tokens.start(t);
  const c = text.charCodeAt(at) === 46 ? text.charCodeAt(at + 1) : text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/**
 * Marks title-case lines (every content word capitalised) and ALL-CAPS lines, where capitals say
 * nothing, and lines with at least two figures, no more than two capitalised words a figure and
 * no more lower-case words than figures: a results or standings row names every team with a
 * capital, so it is not a headline; nor is a line listing names between commas (a squad).
 */
function classifyLines(words: NameWords, tokens: Tokens): Uint8Array {
  const count = tokens.length ? tokens.line(tokens.length - 1) + 1 : 0;
  const content = new Int32Array(count);
  const capitalised = new Int32Array(count);
  const upper = new Int32Array(count);
  const lower = new Int32Array(count);
  const figures = new Int32Array(count);
  const lowerWords = new Int32Array(count);
  const commas = new Int32Array(count);
  const { text } = words.document;
  for (let t = 0; t < tokens.length; t++) if (isFigure(text, tokens, t)) figures[tokens.line(t)]!++;
  for (let w = 0; w < words.length; w++) {
    const line = words.line(w);
    const counts = caseCounts(words.text(w));
    upper[line]! += counts.upper;
    lower[line]! += counts.lower;
    if (!tokens.isCapitalised(words.token(w))) lowerWords[line]!++;
    else if (w > 0 && words.line(w - 1) === line && words.gap(w).includes(',')) commas[line]!++;
    if (SMALL_WORDS.has(words.key(w))) continue;
    content[line]!++;
    if (tokens.isCapitalised(words.token(w))) capitalised[line]!++;
  }
  const kinds = new Uint8Array(count);
  for (let line = 0; line < count; line++) {
    const allCaps = upper[line]! >= 2 && lower[line]! * 10 < upper[line]!;
    const table = figures[line]! >= 2 && capitalised[line]! <= figures[line]! * 2 && lowerWords[line]! <= figures[line]!;
    const list = commas[line]! >= 2;
    const titleCase = !allCaps && !table && !list && capitalised[line]! >= 2 && capitalised[line] === content[line];
    kinds[line] = (allCaps ? LINE_ALL_CAPS : titleCase ? LINE_TITLE_CASE : 0) | (table ? LINE_FIGURES : 0);
  }
  return kinds;
}

/**
 * A capitalised word in the middle of an ordinary sentence can be a name. Where capitals say
 * nothing (sentence starts, headlines, ALL-CAPS lines) a word needs other evidence: compromise's
 * lexicon knows it as a name, the article capitalises it mid-sentence elsewhere, or it opens a
 * run of such words and is not a known common word.
 */
function judgeCapable(words: NameWords): Uint8Array {
  // A results or standings line names with every capital, its first word included; so does either side of "v".
  const versus = (w: number) => w >= 0 && w < words.length && VERSUS.has(words.key(w)) && !words.isCapitalised(w);
  const reliable = (w: number) =>
    (words.onFigureLine(w) && !words.onAllCapsLine(w)) || versus(w - 1) || versus(w + 1) || (!words.opensClause(w) && !words.onTitleCaseLine(w) && !words.onAllCapsLine(w));
  const inName = new Uint8Array(words.length);
  const capable = new Uint8Array(words.length);
  const seen = new Set<string>();
  for (let w = 0; w < words.length; w++) {
    if (words.isCapitalised(w) && plausibleName(words, w)) inName[w] = 1;
    if (inName[w] && reliable(w)) seen.add(words.key(w));
  }
  for (let w = 0; w < words.length; w++) {
    if (!inName[w]) continue;
    const lex = words.lex(w);
    if (reliable(w) || seen.has(words.key(w)) || hasNameTag(lex) || (KNOWN_ORGANIZATIONS.has(words.key(w)) && lex.isEmpty)) capable[w] = 1;
  }
  for (let w = 1; w < words.length; w++) {
    if (capable[w] || !inName[w] || !capable[w - 1] || !words.plainlySpaced(w)) continue;
    const surname = words.lex(w).isEmpty && !words.isPossessive(w - 1) && words.lex(w - 1).hasAny(FIRST_NAME_TAGS);
    if (surname || ORG_HEADS.has(words.key(w)) || PLACE_HEADS.has(words.key(w))) capable[w] = 1;
  }
  for (let w = 0; w < words.length; w++) {
    if (inName[w] && words.isAllCaps(w) && (w === 0 || words.line(w - 1) !== words.line(w))) markDateline(words, w, capable);
  }
  for (let w = words.length - 1; w >= 0; w--) {
    const next = w + 1;
    const wholeCaps = capable[w] && words.onAllCapsLine(w) && next < words.length && !capable[next];
    if ((capable[w] && !wholeCaps) || !inName[w] || next >= words.length || !words.isCapitalised(next) || !words.plainlySpaced(next) || words.isPossessive(w)) continue;
    const phrase = lexiconTags(`${words.key(w)} ${words.key(next)}`);
    const longer = next + 1 < words.length ? lexiconTags(`${words.key(w)} ${words.key(next)} ${words.key(next + 1)}`) : TagSet.EMPTY;
    if (hasNameTag(phrase) || hasNameTag(longer)) {
      capable[w] = 1;
      capable[next] = 1;
      if (!hasNameTag(phrase)) capable[next + 1] = 1;
      continue;
    }
    if (words.isInitial(w) && capable[next]) {
      capable[w] = 1;
      continue;
    }
    if (words.onAllCapsLine(w)) continue;
    const lex = words.lex(w);
    const opensName = lex.isEmpty || !lex.hasAny(NOT_NAME_OPENERS);
    if (opensName && words.opensClause(w) && !words.onTitleCaseLine(w) && capable[next] && reliable(next)) capable[w] = 1;
  }
  return capable;
}

/** "KALVESSA , Portugal 1997-05-02": the ALL-CAPS words opening a dateline name its town. */
function markDateline(words: NameWords, first: number, capable: Uint8Array): void {
  let last = first;
  while (last + 1 < words.length && words.line(last + 1) === words.line(first) && words.isAllCaps(last + 1) && words.plainlySpaced(last + 1)) last++;
  if (!words.datelineTail(last)) {
    let region = last + 1;
    if (region >= words.length || words.line(region) !== words.line(first) || !/^ ?, $/.test(words.gap(region)) || !words.isCapitalised(region)) return;
    while (region + 1 < words.length && words.line(region + 1) === words.line(first) && words.isCapitalised(region + 1) && words.plainlySpaced(region + 1)) region++;
    if (!words.datelineTail(region)) return;
  }
  for (let w = first; w <= last; w++) capable[w] = 1;
}

function plausibleName(words: NameWords, w: number): boolean {
  const text = words.text(w);
  const key = words.key(w);
  const allCaps = words.isAllCaps(w);
  if (words.document.tokens.hasAny(words.token(w), DATE_TAGS) && !words.has(w, 'Person')) return false;
  if (/[\d$]/.test(text) || words.document.text[words.end(w)] === '$' || AFFIXED.test(key)) return false;
  if (allCaps && /^[ivxlc]+$/.test(key)) return false;
  if (allCaps && !words.onAllCapsLine(w)) {
    if (COMMON_ACRONYMS.has(key)) return false;
    if (key.length <= 3) return true;
    return !isCommonWord(words.lex(w));
  }
  if (words.isInitial(w)) return true;
  if (text.length === 1) return false;
  return !words.lex(w).hasAny(FUNCTION_TAGS);
}
