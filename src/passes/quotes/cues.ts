import type { Token } from '../../nlp/legacy.js';

/**
 * Verbs that report speech or writing. Each needs compromise's Verb tag unless it is listed in
 * ALWAYS_VERBS, because most of them double as nouns ("a blog post", "a note", "the report").
 */
const REPORTING_VERBS = [
  'say', 'tell', 'add', 'write', 'state', 'note', 'share', 'answer', 'insist', 'concede', 'mention', 'post',
  'explain', 'comment', 'tweet', 'reply', 'respond', 'continue', 'assert', 'argue', 'claim', 'describe', 'call',
  'warn', 'declare', 'announce', 'admit', 'acknowledge', 'recall', 'remark', 'observe', 'conclude', 'reason',
  'recommend', 'promise', 'suggest', 'urge', 'ask', 'cite', 'report', 'read', 'testify', 'confirm', 'deny',
  'complain', 'predict', 'emphasize', 'emphasise', 'stress', 'characterize', 'characterise', 'dub', 'label',
  'vow', 'pledge', 'boast', 'joke', 'quip', 'whisper', 'shout', 'exclaim', 'blog', 'caution', 'maintain',
  'contend', 'counter', 'retort', 'lament', 'allege', 'demand', 'proclaim', 'affirm', 'reiterate', 'recount',
  'charge', 'criticize', 'criticise', 'quote', 'inform', 'advise', 'plead', 'beg', 'scream', 'yell', 'mutter',
  'muse', 'concur', 'elaborate', 'clarify', 'specify', 'disclose', 'reveal', 'opine', 'posit', 'surmise',
  'assure', 'reassure', 'repeat', 'begin', 'interject', 'interrupt', 'chant', 'cry', 'shriek',
];

/** Forms the regular rules below would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  begin: ['began', 'begun', 'beginning'],
};

/** Final consonants doubled before -ed/-ing. */
const DOUBLING = new Set(['admit', 'quip', 'dub', 'beg', 'concur']);

/** Forms that are verbs wherever they stand, so compromise's tag is not needed. */
const ALWAYS_VERBS = new Set([
  'said', 'says', 'saying', 'told', 'tells', 'telling', 'wrote', 'writes', 'added', 'adds', 'adding', 'stated',
  'stating', 'noted', 'noting', 'explained', 'explains', 'explaining', 'insisted', 'insists', 'conceded',
  'mentioned', 'asserted', 'argued', 'argues', 'claimed', 'declared', 'announced', 'admitted', 'acknowledged',
  'recalled', 'remarked', 'observed', 'concluded', 'tweeted', 'replied', 'responded', 'warned', 'warns',
  'commented', 'answered', 'shared', 'posted', 'described', 'continued', 'reiterated', 'emphasized', 'emphasised',
  'stressed', 'urged', 'recommended', 'promised', 'suggested', 'testified', 'confirmed', 'denied', 'complained',
  'predicted', 'reasoned', 'characterized', 'characterised', 'dubbed', 'vowed', 'pledged', 'joked', 'quipped',
  'exclaimed', 'alleged', 'retorted', 'cautioned', 'maintained', 'contended', 'lamented', 'proclaimed',
  'affirmed', 'recounted', 'disclosed', 'revealed', 'insisting', 'arguing', 'claiming', 'warning', 'explaining',
  'writing', 'noting', 'sharing', 'posting', 'tweeting', 'commenting', 'replying', 'responding', 'describing',
  'asserting', 'declaring', 'announcing', 'admitting', 'acknowledging', 'promising', 'recommending', 'urging',
  'quoting', 'quoted', 'cited', 'citing', 'asks', 'asked', 'chanted', 'chanting',
]);

/** "quoting X", "citing X": the speaker is the object, not the subject. */
const OBJECT_SPEAKER = new Set(['quoting', 'citing']);

/** The base form and its -s, -ed and -ing forms. */
function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  const forms = [base, ...(irregular ?? [])];
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    forms.push(`${root}ies`, `${root}ied`, `${base}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base.slice(0, -1)}ing`);
    if (!irregular) forms.push(`${base}d`);
  } else {
    forms.push(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
    if (!irregular) forms.push(`${stem}ed`);
    forms.push(`${stem}ing`);
  }
  return forms;
}

const CUE_FORMS = new Set(REPORTING_VERBS.flatMap(inflect));

export type CueRole =
  /** The speaker is the verb's subject: "Trump said", "said Trump". */
  | 'subject'
  /** The speaker follows the cue: "according to Ushakov", "quoting the agency". */
  | 'object'
  /** The speaker is the sentence's subject: "In a statement, the ministry …". */
  | 'clause';

export interface Cue {
  /** First and last token of the cue, inclusive. */
  first: number;
  last: number;
  role: CueRole;
  /**
   * "asked" often reports a question in the writer's words ("asked officials how documents kept
   * in "approved security cabinets" …"), so it does not make a quoted phrase speech.
   */
  weak: boolean;
}

/** Verbs that report speech only when they lead straight into it ("She continued: …"). */
const LEAD_IN_ONLY = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'repeat', 'repeated', 'repeats']);

const WEAK = new Set(['ask', 'asks', 'asked', 'asking']);

/** Verbs that put out a statement: "issued a statement", "released a statement". */
const ISSUING = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'published', 'posted', 'made', 'put', 'sent', 'gave', 'read']);
const STATEMENTS = new Set(['statement', 'statements', 'remarks', 'interview', 'communique', 'communiqué', 'press']);

/** Past participles of the verbs above; after a form of "be" they make a passive. */
const PARTICIPLE = /(?:ed|^told|^said|^written|^read|^begun)$/;

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'get', 'got', 'gets', 'getting']);

/**
 * Words that stand between a subject and its reporting verb ("Trump later shared", "has also
 * said", "prompting Trump to write"); adverbs are recognised by their tag as well.
 */
const VERB_MODIFIERS = new Set([
  'also', 'later', 'earlier', 'then', 'once', 'again', 'first', 'still', 'even', 'not', 'never', 'to', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'is',
  'was', 'were', 'are',
]);

/** Whether the token may stand between a subject and its reporting verb. */
export function isVerbModifier(token: Token): boolean {
  return VERB_MODIFIERS.has(token.normal) || (token.tags.has('Adverb') && !/[,;:]/.test(token.post));
}

/**
 * The reporting cue at token `i`, or null. A passive form ("has been told to prepare") reports
 * nobody's words, and "the so-called" or "the said" is not speech.
 */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!;
  const word = token.normal.replace(/[’']s$/, '');
  if (word === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, last: i + 1, role: 'object', weak: false };
  if (word === 'words' && tokens[i - 1]?.normal === 'the' && tokens[i - 2]?.normal === 'in' && tokens[i + 1]?.normal === 'of') {
    return { first: i - 2, last: i + 1, role: 'object', weak: false };
  }
  if (STATEMENTS.has(word)) return statementAt(tokens, i);
  if (!CUE_FORMS.has(word)) return null;
  if (!ALWAYS_VERBS.has(word) && !token.tags.has('Verb')) return null;
  if (LEAD_IN_ONLY.has(word) && !/[:"“‘']/.test(token.post)) return null;
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.normal === 'also' || tokens[j]!.normal === 'not' || tokens[j]!.tags.has('Adverb'))) j--;
  const previous = tokens[j];
  if (previous && previous.sentence === token.sentence && BE.has(previous.normal) && PARTICIPLE.test(word)) {
    // "was told", "is called", "has been quoted": passive, unless "was quoted as saying".
    if (!(word === 'quoted' && tokens[i + 1]?.normal === 'as')) return null;
  }
  if (previous?.normal === 'the' || previous?.normal === 'a') return null;
  return { first: i, last: i, role: OBJECT_SPEAKER.has(word) ? 'object' : 'subject', weak: WEAK.has(word) };
}

/** "issued a statement" (its verb's subject speaks) or "in a statement" (the sentence's subject does). */
function statementAt(tokens: readonly Token[], i: number): Cue | null {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && (tokens[j]!.tags.has('Determiner') || tokens[j]!.tags.has('Adjective') || tokens[j]!.tags.has('Possessive'))) j--;
  const word = tokens[j]?.normal;
  if (j === i - 1 || word === undefined) return null;
  if (word === 'in') return { first: j, last: i, role: 'clause', weak: false };
  if (ISSUING.has(word)) return { first: j, last: i, role: 'subject', weak: false };
  return null;
}
