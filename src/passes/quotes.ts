import type { Entity, Quote, Span, Speaker } from '../types.js';
import type { Pass, PassContext } from './pass.js';
import { cueAt, isVerbModifier, type Cue } from './quotes/cues.js';
import { isReportedSpeech } from './quotes/filters.js';
import { buildLayout, insideEnd, type Layout } from './quotes/layout.js';
import { scanQuoteMarks, type MarkedSpan } from '../nlp/quote-marks.js';
import { Speakers, surname, type Mention } from './quotes/speakers.js';

/** How far around a quote its attribution is looked for, in tokens. */
const LEFT_REACH = 60;
const RIGHT_REACH = 30;
/** Head nouns of descriptions that stand for an organisation named earlier ("the company said"). */
const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'group', 'ministry', 'agency', 'government', 'department', 'organisation', 'organization',
  'party', 'bank', 'union', 'council', 'board', 'committee', 'corporation', 'court', 'club', 'team', 'university',
  'airline', 'carmaker', 'automaker', 'retailer', 'manufacturer', 'broadcaster', 'newspaper', 'administration',
  'commission', 'authority', 'regulator', 'charity', 'network', 'insurer', 'lender', 'operator', 'startup', 'publisher',
]);

/** How far back a pronoun looks for the person it stands for, in tokens. */
const ANTECEDENT_REACH = 400;

interface Attribution {
  speaker: Mention | null;
  cue: Cue | null;
}

interface Surroundings {
  /** Tokens of the quote's sentence before its opening mark, nearest first, other quotes skipped. */
  left: number[];
  /** Tokens after its closing mark up to the sentence end or the next quote. */
  right: number[];
}

interface Found {
  mark: MarkedSpan;
  around: Surroundings;
  attribution: Attribution;
}

/**
 * Reported speech: the words inside quote marks, who said them and the verb that says so. Speakers
 * come from the quote's own sentence ("…," he said / Trump answered, "…" / according to X), else
 * from the quote just before it or a reporting sentence just before it, never from further away.
 */
export const quotesPass: Pass<'quotes', 'entities'> = {
  name: 'quotes',
  requires: ['entities'],
  run(context, found) {
    return findQuotes(context, found.entities);
  },
};

function findQuotes(context: PassContext, entities: readonly Entity[]): Quote[] {
  const { text, parsed } = context;
  const marks = scanQuoteMarks(text);
  if (marks.length === 0) return [];
  const layout = buildLayout(text, parsed.tokens, marks, context.sections);
  const speakers = new Speakers(layout, entities);

  const found: Found[] = [];
  marks.forEach((mark, index) => {
    const around = surroundings(layout, mark, index);
    const attribution = attributeInSentence(layout, speakers, mark, around);
    const introduced = introducedByCue(layout, around);
    const attributed = attribution.speaker !== null && attribution.cue !== null && !attribution.cue.weak;
    if (isReportedSpeech(text, mark, { attributed, introduced })) {
      found.push({ mark, around, attribution });
      return;
    }
    // A short sentence quoted on its own ("I smacked them around.") is speech when the quote or
    // reporting sentence before it gives it a speaker.
    if (around.left.length > 0 || !/^[\p{Lu}\p{N}].*[.!?…]$/su.test(text.slice(mark.start, mark.end))) return;
    const candidate: Found = { mark, around, attribution };
    const before = attributeFromBefore(layout, speakers, candidate, found[found.length - 1]);
    if (before && isReportedSpeech(text, mark, { attributed: true, introduced })) found.push({ ...candidate, attribution: before });
  });

  found.forEach((quote, i) => {
    if (quote.attribution.speaker) return;
    quote.attribution = attributeFromBefore(layout, speakers, quote, found[i - 1]) ?? quote.attribution;
  });
  // A quotation over several paragraphs may be attributed only in its last one.
  for (let i = found.length - 2; i >= 0; i--) {
    const quote = found[i]!;
    const next = found[i + 1]!;
    if (!quote.attribution.speaker && quote.mark.continues && next.attribution.speaker) {
      quote.attribution = { speaker: next.attribution.speaker, cue: null };
    }
  }

  const resolver = new Resolver(layout, speakers, entities, speakers.fullNames(entities));
  return found.map(({ mark, around, attribution }) => ({
    start: mark.start,
    end: mark.end,
    text: text.slice(mark.start, mark.end),
    section: context.sectionAt(mark.start),
    kind: kindOf(layout, mark, around),
    speaker: attribution.speaker ? resolver.resolve(attribution.speaker) : null,
    cue: attribution.cue ? cueSpan(layout, attribution.cue) : null,
  }));
}

function surroundings(layout: Layout, mark: MarkedSpan, index: number): Surroundings {
  const { tokens, quoteOf, startsSentence } = layout;
  const left: number[] = [];
  const firstInside = layout.tokenFrom(mark.open);
  // A quote that opens its sentence has nothing before it to attribute it.
  const opensSentence = firstInside < tokens.length && quoteOf[firstInside] === index && startsSentence[firstInside] === 1;
  for (let t = firstInside - 1; t >= 0 && left.length < LEFT_REACH && !opensSentence; t--) {
    const inside = quoteOf[t]!;
    if (inside === index) continue;
    if (inside >= 0) {
      // Skip another quote whole; it ends the search if it opens the sentence.
      if (startsSentence[t] && (t === 0 || quoteOf[t - 1] !== inside)) break;
      continue;
    }
    left.push(t);
    if (startsSentence[t]) break;
  }
  const right: number[] = [];
  if (mark.close !== null) {
    const first = layout.tokenFrom(mark.close + 1);
    // `"…" - Matthew Ingram` runs on past what looks like a sentence end.
    const signed = first < tokens.length && /^[^\p{L}\p{N}\n]*[—–-]/u.test(layout.text.slice(mark.close + 1, tokens[first]!.start));
    for (let t = first; t < tokens.length && right.length < RIGHT_REACH; t++) {
      if (quoteOf[t]! >= 0 || (startsSentence[t] && !(signed && t === first))) break;
      right.push(t);
    }
  }
  return { left, right };
}

function attributeInSentence(layout: Layout, speakers: Speakers, mark: MarkedSpan, around: Surroundings): Attribution {
  const { tokens, text } = layout;
  const { left, right } = around;

  if (right.length > 0) {
    const end = right[right.length - 1]! + 1;
    // `"…" - Matthew Ingram`: a signature after a dash.
    if (/^[^\p{L}\p{N}]*[—–-]/u.test(text.slice(mark.close! + 1, tokens[right[0]!]!.start))) {
      const signature = speakers.signatureAfter(right[0]!, end);
      if (signature) return { speaker: signature, cue: null };
    }
    const endsClause = /[,.!?…:;—–-]$/.test(text.slice(mark.start, mark.end)) || /^[^\p{L}\p{N}]*[,;—–-]/u.test(text.slice(mark.close! + 1, tokens[right[0]!]!.start));
    for (let k = 0; k < right.length && k < 16; k++) {
      const t = right[k]!;
      const cue = cueAt(tokens, t);
      if (cue) {
        const inverted = right.slice(0, k).every((r) => isVerbModifier(tokens[r]!));
        // `"…," said Burton` closes a clause first; in `an individual "with direct knowledge"
        // claimed`, the quote sits inside the subject and the verb is not about it.
        if (inverted && !endsClause) break;
        let speaker: Mention | 'coordinated' | null;
        if (cue.role === 'object' || (inverted && cue.role === 'subject')) speaker = speakers.objectAfter(cue.last + 1, end);
        else speaker = speakerOf(speakers, cue, right[0]!, end);
        if (speaker && speaker !== 'coordinated') return { speaker, cue };
        break;
      }
      if (tokens[t]!.tags.has('Verb') && !isVerbModifier(tokens[t]!)) break;
    }
  }

  let firstCue: Cue | null = null;
  const floor = left[left.length - 1] ?? 0;
  const ceiling = layout.tokenFrom(mark.open);
  for (const t of left) {
    const cue = cueAt(tokens, t);
    if (!cue) continue;
    firstCue ??= cue;
    const speaker = speakerOf(speakers, cue, floor, ceiling);
    if (speaker && speaker !== 'coordinated') return { speaker, cue };
  }
  return { speaker: null, cue: firstCue };
}

/** Who a cue attributes words to, looking between token `floor` and token `ceiling` (exclusive). */
function speakerOf(speakers: Speakers, cue: Cue, floor: number, ceiling: number): Mention | 'coordinated' | null {
  if (cue.role === 'object') return speakers.objectAfter(cue.last + 1, ceiling);
  if (cue.role === 'clause') return speakers.clauseSubject(floor, ceiling - 1);
  return speakers.subjectOf(cue.first, floor);
}

/** Whether a cue and a comma or colon come right before the opening mark ("said, "…"", "told GB News: "…""). */
function introducedByCue(layout: Layout, around: Surroundings): boolean {
  const nearest = around.left[0];
  if (nearest === undefined) return false;
  const token = layout.tokens[nearest]!;
  if (cueAt(layout.tokens, nearest)) return true;
  return /[,:]/.test(token.post) && around.left.slice(0, 6).some((t) => cueAt(layout.tokens, t) !== null);
}

/**
 * For a quote its sentence does not attribute: the speaker of the quote just before it when only
 * that quote's own attribution lies between them (a quote running on, or a new paragraph of it),
 * else a reporting verb's subject in the sentence just before ("Heald noted …. "…""). Both stay
 * within the quote's paragraph and the one before.
 */
function attributeFromBefore(layout: Layout, speakers: Speakers, quote: Found, previous: Found | undefined): Attribution | null {
  const { tokens, quoteOf, startsSentence } = layout;
  const paragraph = layout.paragraphOf(quote.mark.open);

  if (previous?.attribution.speaker && layout.paragraphOf(insideEnd(previous.mark)) >= paragraph - 1) {
    const from = layout.tokenFrom(insideEnd(previous.mark) + 1);
    const to = layout.tokenFrom(quote.mark.open);
    const ownRight = new Set(previous.around.right);
    let between = true;
    for (let t = from; t < to && between; t++) if (quoteOf[t]! < 0 && !ownRight.has(t)) between = false;
    if (between) return { speaker: previous.attribution.speaker, cue: null };
  }

  // The sentence before this quote's sentence.
  const sentenceStart = quote.around.left[quote.around.left.length - 1] ?? layout.tokenFrom(quote.mark.open);
  const sentence: number[] = [];
  for (let t = sentenceStart - 1; t >= 0 && sentence.length < LEFT_REACH; t--) {
    if (quoteOf[t]! >= 0) continue;
    sentence.push(t);
    if (startsSentence[t]) break;
  }
  if (sentence.length === 0 || layout.paragraphOf(tokens[sentence[0]!]!.start) < paragraph - 1) return null;
  const floor = sentence[sentence.length - 1]!;
  for (const t of sentence) {
    const cue = cueAt(tokens, t);
    if (!cue) continue;
    const speaker = speakerOf(speakers, cue, floor, sentence[0]! + 1);
    if (!speaker || speaker === 'coordinated') continue;
    // "Rathbun stated," or "… account:" leads straight into the quote, so its verb is the cue.
    const leadsIn = /[,:]\s*$/.test(tokens[sentence[0]!]!.post);
    return { speaker, cue: leadsIn ? cue : null };
  }
  return null;
}

/** `partial` for words woven into a sentence, `direct` for a quoted sentence or more. */
function kindOf(layout: Layout, mark: MarkedSpan, around: Surroundings): Quote['kind'] {
  const content = layout.text.slice(mark.start, mark.end).replace(/^(?:\[[^\]]*\]\s*|\.{3}\s*|…\s*)/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(content) && !/^\[/.test(layout.text.slice(mark.start, mark.end))) return 'partial';
  const nearest = around.left[0];
  if (nearest === undefined) return 'direct';
  const token = layout.tokens[nearest]!;
  return /[,:]\s*$/.test(token.post) || cueAt(layout.tokens, nearest) ? 'direct' : 'partial';
}

function cueSpan(layout: Layout, cue: Cue): Span {
  const start = layout.tokens[cue.first]!.start;
  const end = layout.tokens[cue.last]!.end;
  return { start, end, text: layout.text.slice(start, end) };
}

/** How many words a name may run to when walking over it. */
const NAME_REACH = 8;

/** Turns speaker mentions into speakers: entity ids and names, pronouns to their antecedents. */
class Resolver {
  /** Person entities by surname, for a mention the entities pass did not list. */
  private readonly bySurname = new Map<string, Entity>();
  /** Speakers already named, by their last token, for pronouns further on. */
  private readonly named = new Map<number, { name: string; entity: string | null; person: boolean | null }>();

  constructor(
    private readonly layout: Layout,
    private readonly speakers: Speakers,
    entities: readonly Entity[],
    /** Full names by surname, for names no entity covers. */
    private readonly fullNames: Map<string, string>,
  ) {
    for (const entity of entities) {
      const words = entity.name.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      if (entity.type === 'person' && words.length > 1 && !this.bySurname.has(last)) this.bySurname.set(last, entity);
    }
  }

  /** Call in text order: a name resolved here is an antecedent for later pronouns. */
  resolve(mention: Mention): Speaker {
    const text = this.layout.text.slice(mention.start, mention.end);
    const base = { start: mention.start, end: mention.end, text };
    if (mention.kind === 'pronoun') {
      const antecedent = this.antecedentOf(mention);
      return { ...base, name: antecedent?.name ?? text, entity: antecedent?.entity ?? null };
    }
    const named = this.entityFor(mention) ?? this.describedOrganisation(mention) ?? { name: this.fullName(mention) ?? text, entity: null };
    // Remembered for later pronouns: a name as a person unless it is an organisation's; a phrase
    // ("the mayor", "the government", "The report's authors") as either.
    const person = mention.kind === 'name' ? this.speakers.isPerson(mention.last) || !this.speakers.isOrganization(mention.last) : null;
    this.named.set(mention.last, { ...named, person });
    return { ...base, ...named };
  }

  private entityFor(mention: Mention): { name: string; entity: string | null } | null {
    for (let t = mention.last; t >= mention.first; t--) {
      const hit = this.speakers.entityMentionAt(t);
      if (hit) return { name: hit.entity.name, entity: hit.entity.id };
    }
    if (mention.kind !== 'name') return null;
    const entity = this.bySurname.get(surname(this.layout.tokens[mention.last]!));
    return entity ? { name: entity.name, entity: entity.id } : null;
  }

  /**
   * The name before a pronoun that it stands for, outside quotes and no further back than the
   * paragraph before: a person for "he"/"she" (not a woman's first name for "he"), an organisation
   * for "it"/"they". An earlier speaker or a name that is its sentence's subject wins over a
   * nearer name that is only mentioned ("Rathbun requested donations … to help Montalvo …. He
   * described …").
   */
  private antecedentOf(pronoun: Mention): { name: string; entity: string | null } | null {
    const { tokens, quoteOf } = this.layout;
    const word = tokens[pronoun.first]!.normal;
    const personal = word === 'he' || word === 'she';
    const paragraph = this.layout.paragraphOf(pronoun.start);
    let nearest: { name: string; entity: string | null } | null = null;
    for (let t = pronoun.first - 1; t >= 0 && pronoun.first - t < ANTECEDENT_REACH; t--) {
      if (quoteOf[t]! >= 0) continue;
      if (this.layout.paragraphOf(tokens[t]!.start) < paragraph - 1) break;
      const earlier = this.named.get(t);
      if (earlier && (earlier.person === null || earlier.person === personal)) return { name: earlier.name, entity: earlier.entity };
      const fits = personal ? this.speakers.isPerson(t) || this.reportsSpeech(t) : this.speakers.isOrganization(t);
      if (!fits) continue;
      const tags = tokens[t]!.tags;
      if ((word === 'he' && tags.has('FemaleName')) || (word === 'she' && tags.has('MaleName'))) continue;
      const mention = this.speakers.span(t, t, 'name');
      const resolved = this.entityFor(mention) ?? { name: this.fullName(mention) ?? this.nameAround(t), entity: null };
      if (this.isSubject(t)) return resolved;
      nearest ??= resolved;
    }
    return nearest;
  }

  /**
   * "the company", "the ministry": a definite description standing for an organisation the
   * article has just named ("Apple said it would appeal. … the company said …"). Only an
   * organisation entity within the paragraph before counts, never a person or an earlier phrase.
   */
  private describedOrganisation(mention: Mention): { name: string; entity: string | null } | null {
    const { tokens, quoteOf } = this.layout;
    if (mention.kind !== 'phrase' || mention.last !== mention.first + 1) return null;
    if (tokens[mention.first]!.normal !== 'the' || !ORGANISATION_NOUNS.has(tokens[mention.last]!.normal)) return null;
    const paragraph = this.layout.paragraphOf(mention.start);
    for (let t = mention.first - 1; t >= 0 && mention.first - t < ANTECEDENT_REACH; t--) {
      if (quoteOf[t]! >= 0 || !this.speakers.isOrganization(t)) continue;
      if (this.layout.paragraphOf(tokens[t]!.start) < paragraph - 1) break;
      const hit = this.speakers.entityMentionAt(t);
      if (hit?.entity.type === 'organization') return { name: hit.entity.name, entity: hit.entity.id };
    }
    return null;
  }

  /** A capitalised name that a reporting verb follows ("Professor Eastman said he …"), taken for a person. */
  private reportsSpeech(t: number): boolean {
    const { tokens } = this.layout;
    if (!this.speakers.isNameWord(t) || this.speakers.isOrganization(t) || tokens[t]!.tags.has('Place')) return false;
    let next = t + 1;
    while (next < tokens.length && isVerbModifier(tokens[next]!)) next++;
    const cue = next < tokens.length ? cueAt(tokens, next) : null;
    return cue !== null && cue.role === 'subject';
  }

  /** Whether the name ending at token `t` is a clause's subject: a verb follows it, or it opens the clause. */
  private isSubject(t: number): boolean {
    const { tokens, startsSentence } = this.layout;
    if (/,/.test(tokens[t]!.post)) {
      let first = t;
      while (first > 0 && t - first < NAME_REACH && !startsSentence[first] && this.speakers.isNameWord(first - 1) && !/,/.test(tokens[first - 1]!.post)) first--;
      return startsSentence[first] === 1 || /,/.test(tokens[first - 1]?.post ?? '');
    }
    let next = t + 1;
    while (next < tokens.length && isVerbModifier(tokens[next]!)) next++;
    const token = tokens[next];
    return token !== undefined && token.tags.has('Verb') && !token.tags.has('Gerund');
  }

  private fullName(mention: Mention): string | undefined {
    return mention.kind === 'name' ? this.fullNames.get(surname(this.layout.tokens[mention.last]!)) : undefined;
  }

  /** The whole name a person or organisation token belongs to, as the text writes it. */
  private nameAround(t: number): string {
    const { tokens } = this.layout;
    let first = t;
    let last = t;
    const kind = (a: number) => (this.speakers.isPerson(t) ? this.speakers.isPerson(a) : this.speakers.isOrganization(a));
    const same = (a: number) => kind(a) && /^[\p{Lu}\p{N}]/u.test(tokens[a]!.text);
    while (first > 0 && t - first < NAME_REACH && same(first - 1) && !/\S/.test(tokens[first - 1]!.post)) first--;
    while (last + 1 < tokens.length && last - t < NAME_REACH && same(last + 1) && !/\S/.test(tokens[last]!.post)) last++;
    const mention = this.speakers.span(first, last, 'name');
    return this.layout.text.slice(mention.start, mention.end);
  }
}
