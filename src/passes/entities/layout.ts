import * as names from '../../lexicon/names.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { FIRST_NAME_TAGS } from '../../nlp/tags.js';
import type { NameWords } from './name-words.js';
import type { Mention } from './typing.js';

const CLUB_CUES_BEFORE = new Set(names.CLUB_CUES_BEFORE);
const CLUB_CUES_AFTER = new Set(names.CLUB_CUES_AFTER);
const VERSUS = new Set(['v', 'vs']);
const SPEECH_VERBS = new Set(names.SPEECH_VERBS_AFTER_NAME);
/** A bowler's overs, maidens, runs and wickets ("10-0-41-2"): a player's line, not a club's score. */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** A scorecard's "caught", "bowled" and "stumped": the next name is a fielder's or a bowler's. */
const DISMISSALS = new Set(['b', 'c', 'st']);
/** A placing at the start of a line ("3. "). */
const RANK = /(?:^|\n)[ \t]*\d{1,3}\.[ \t]+$/;

/**
 * A country's name stays a place on a sports page, national team or not. A country names its team
 * by metonymy, and the country is what a reader links it to, in a sports story as in any other;
 * CoNLL-2003 tags national teams LOC for the same reason, though GUM tags them ORG. A town or a
 * county has no such pull: "Leeds 2 Chelsea 1" names two clubs.
 */
function isCountry(m: Mention): boolean {
  const alias = names.ALIASES.get(m.key);
  if (alias) return alias !== 'united nations' && alias !== 'european union';
  return lexiconTags(m.key).has('Country');
}

/** A name the words themselves make a person's: a first name and more, or a known surname. */
function surelyPerson(m: Mention): boolean {
  return m.type === 'person' && m.strength >= 2;
}

/** Whether the words before `w` on its line leave a bracket open ("( Zola 12 , Vialli 55 )"). */
function inBrackets(words: NameWords, w: number): boolean {
  const line = words.line(w);
  for (let k = w; k >= 0 && words.line(k) === line; k--) {
    const gap = words.gap(k);
    const open = gap.lastIndexOf('(');
    const close = gap.lastIndexOf(')');
    if (open >= 0 || close >= 0) return open > close;
  }
  return false;
}

/** "Alex Corretja ( Spain )": an athlete's country in brackets after the name. */
function countryInBrackets(words: NameWords, last: number): boolean {
  const open = last + 1;
  if (open >= words.length || !/^\s*\(\s*$/.test(words.gap(open)) || words.line(open) !== words.line(last)) return false;
  const inside: string[] = [];
  for (let k = open; k < words.length && k < open + 3; k++) {
    if (k > open && !/^\s+$/.test(words.gap(k))) break;
    inside.push(words.key(k));
    if (/^\s*\)/.test(words.document.text.slice(words.end(k), words.end(k) + 3))) {
      const key = inside.join(' ');
      return names.ALIASES.has(key) || lexiconTags(key).has('Country');
    }
  }
  return false;
}

/** A scorecard's ground before a colon at the start of a figure line ("Hove : Sussex 363 ..."). */
function venue(words: NameWords, m: Mention): boolean {
  const first = m.words[0]!;
  return words.onFigureLine(first) && firstOnLine(words, first) && /^\s*:/.test(words.document.text.slice(m.end, m.end + 3));
}

/** "Ato Boldon ( Trinidad ) 20.37": a lone name in brackets right after an athlete is the athlete's country. */
function athleteCountry(words: NameWords, athlete: Mention, m: Mention): boolean {
  const first = m.words[0]!;
  if (!words.onFigureLine(first) || athlete.words[athlete.words.length - 1] !== first - 1) return false;
  return /^\s*\(\s*$/.test(words.gap(first)) && /^\s*\)/.test(words.document.text.slice(m.end, m.end + 3));
}

const firstOnLine = (words: NameWords, w: number) => w === 0 || words.line(w - 1) !== words.line(w);
const lastOnLine = (words: NameWords, w: number) => w === words.length - 1 || words.line(w + 1) !== words.line(w);
const wordIs = (words: NameWords, w: number, keys: ReadonlySet<string>) => w >= 0 && w < words.length && keys.has(words.key(w));

/**
 * Where a sports page puts a club: beside its score outside brackets ("Leeds 2 Chelsea 1",
 * "Stockport 22 10 6 6"), either side of "v" ("Barnsley v Bolton"), either side of "AT" in an
 * ALL-CAPS fixture line ("BOSTON AT OAKLAND"), or in prose after "against" or "for", before
 * "captain", before a player's name after "'s", or as the one who did something.
 */
function clubSlot(words: NameWords, m: Mention): boolean {
  const first = m.words[0]!;
  const last = m.words[m.words.length - 1]!;
  if (words.onFigureLine(first) && !inBrackets(words, first) && (firstOnLine(words, first) || words.figureBefore(first) || /:\s*$/.test(words.gap(first)))) {
    const figure = words.figureAfter(last);
    if (figure && !BOWLING_FIGURES.test(figure)) return true;
  }
  if (wordIs(words, first - 1, VERSUS) || wordIs(words, last + 1, VERSUS)) return true;
  if (words.onAllCapsLine(first) && words.line(first) === words.line(last)) {
    const at = (w: number) => w >= 0 && w < words.length && words.key(w) === 'at' && words.line(w) === words.line(first);
    if (firstOnLine(words, first) && at(last + 1) && lastOnLine(words, last + 2)) return true;
    if (lastOnLine(words, last) && at(first - 1) && firstOnLine(words, first - 2)) return true;
  }
  // In prose a name read as a person stays one, and only a known town is a club by what it does:
  // an unknown name that scored may be a player's surname.
  if (m.type === 'person') return false;
  const next = last + 1;
  const town = m.type === 'place';
  if (next < words.length && words.isPossessive(last)) return town && words.isCapitalised(next) && words.lex(next).hasAny(FIRST_NAME_TAGS);
  if (first > 0 && words.isCapitalised(first - 1)) return false;
  if (wordIs(words, first - 1, CLUB_CUES_BEFORE) || wordIs(words, next, CLUB_CUES_AFTER)) return true;
  // "Milwaukee tied it up", "Surrey closed on 429": a town that does something on a sports page is its team.
  return town && next < words.length && words.spaced(next) && words.has(next, 'PastTense') && !words.has(next, 'Copula') && !SPEECH_VERBS.has(words.key(next));
}

/**
 * A player's place: a scorer in brackets beside a figure ("( Zola 12 )"), a bowler beside his
 * figures ("Hennessy 12-2-40-3") or named by a scorecard's catch and bowled ("c Wolde b Hennessy").
 */
function playerSlot(words: NameWords, m: Mention): boolean {
  const first = m.words[0]!;
  const figure = words.figureAfter(m.words[m.words.length - 1]!);
  if (figure && BOWLING_FIGURES.test(figure)) return true;
  if (first > 0 && DISMISSALS.has(words.key(first - 1)) && !words.isCapitalised(first - 1)) return true;
  // "3. Ekimov 1:07": a placing opens the line, and what is placed is an athlete unless it is a known town or body.
  if (firstOnLine(words, first) && RANK.test(words.gap(first)) && m.type !== 'place' && !(m.type === 'organization' && m.strength === 3)) return true;
  return words.onFigureLine(first) && figure !== null && inBrackets(words, first);
}

/**
 * Reads the layout of a sports page: a name in a club's place makes every mention of it on the
 * page the club's (the page names a town for its club throughout), and a name in a scorer's place
 * is a person. Elsewhere it changes nothing.
 */
export function readSportsLayout(words: NameWords, mentions: Mention[]): void {
  if (!words.sportsPage) return;
  const clubs = new Set<string>();
  let previous: Mention | undefined;
  for (const m of mentions) {
    const before = previous;
    previous = m;
    if (venue(words, m) || (before?.type === 'person' && athleteCountry(words, before, m))) {
      if (m.strength < 3 || m.type !== 'place') m.strength = 2;
      m.type = 'place';
      continue;
    }
    if (isCountry(m) || surelyPerson(m)) continue;
    if (countryInBrackets(words, m.words[m.words.length - 1]!)) {
      if (m.type === 'person') m.strength = 3;
      continue;
    }
    if (playerSlot(words, m)) {
      m.type = 'person';
      m.strength = 3;
    } else if (m.type !== 'organization' || m.strength < 3) {
      if (clubSlot(words, m)) clubs.add(m.key);
    }
  }
  if (clubs.size === 0) return;
  for (const m of mentions) {
    if (!clubs.has(m.key) || surelyPerson(m) || isCountry(m)) continue;
    m.type = 'organization';
    m.strength = 3;
    m.firstNameOnly = false;
  }
}

/**
 * An ALL-CAPS headline or dateline writes every name in capitals, so a name there takes the type
 * the article's own lines give the same words ("LENTINI" after "Lentini joined"), and a lone word
 * that is a person's surname in the article is that person ("HARTWELL" for "Derek Hartwell").
 */
export function readCapitalLines(words: NameWords, mentions: Mention[]): void {
  const byKey = new Map<string, Mention>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (!m.type || words.onAllCapsLine(m.words[0]!)) continue;
    const known = byKey.get(m.key);
    if (!known || m.strength > known.strength) byKey.set(m.key, m);
    if (m.type === 'person' && m.words.length > 1) surnames.add(words.key(m.words[m.words.length - 1]!));
  }
  const datelines = new Set<string>();
  for (const m of mentions) {
    if (!dateline(words, m)) continue;
    m.type = 'place';
    m.strength = 3;
    datelines.add(m.key);
  }
  for (const m of mentions) {
    if (datelines.has(m.key) && m.strength <= 1) {
      m.type = 'place';
      continue;
    }
    if (!words.onAllCapsLine(m.words[0]!) || m.strength >= 3) continue;
    const known = byKey.get(m.key);
    if (known && (known.strength >= 2 || !surnames.has(m.key))) {
      m.type = known.type;
      m.strength = known.strength;
    } else if (m.words.length === 1 && surnames.has(m.key)) {
      m.type = 'person';
      m.strength = 2;
    }
  }
}

/** "BOGOTA , Colombia 1996-08-30", "NEW YORK, Aug 22 (Reuters)": an ALL-CAPS town opening a line, then its date or agency. */
function dateline(words: NameWords, m: Mention): boolean {
  const first = m.words[0]!;
  let last = m.words[m.words.length - 1]!;
  if (!firstOnLine(words, first) || !words.isAllCaps(first) || words.line(last) !== words.line(first)) return false;
  const tail = (w: number) => words.datelineTail(w);
  if (tail(last)) return true;
  if (lastOnLine(words, last) || !/^ ?, $/.test(words.gap(last + 1)) || words.isAllCaps(last + 1)) return false;
  last++;
  while (!lastOnLine(words, last) && words.spaced(last + 1) && words.isCapitalised(last + 1)) last++;
  return tail(last);
}
