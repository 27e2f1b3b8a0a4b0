import type { Entity, Quote } from '../types.js';
import type { Pass, PassContext } from './pass.js';
import { attributeFromBefore, attributeInSentence, cueSpan, introducedByCue, kindOf, subjectBefore, surroundings, type Found } from './quotes/attribution.js';
import { characterisation } from './quotes/characterising.js';
import { isReportedSpeech } from './quotes/filters.js';
import { fullNames } from './quotes/full-names.js';
import { findReportedSpeech } from './quotes/reported.js';
import { Resolver } from './quotes/resolver.js';
import { Speakers } from './quotes/speakers.js';

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

function findQuotes({ document }: PassContext, entities: readonly Entity[]): Quote[] {
  const { text, quotes: marks } = document;
  const speakers = new Speakers(document, entities);

  const found: Found[] = [];
  marks.forEach((mark, index) => {
    const around = surroundings(document, mark, index);
    const characterised = characterisation(document, speakers, mark, around);
    const attribution = characterised ?? attributeInSentence(document, speakers, mark, around);
    const introduced = introducedByCue(document, around);
    const attributed = attribution.speaker !== null && attribution.cue !== null && !attribution.cue.weak;
    if (isReportedSpeech(text, mark, { attributed, introduced, characterised: characterised !== null })) {
      found.push({ mark, around, attribution });
      return;
    }
    // A short sentence quoted on its own ("I smacked them around.") is speech when the quote or
    // reporting sentence before it gives it a speaker.
    if (around.left.length > 0 || !/^[\p{Lu}\p{N}].*[.!?…]$/su.test(text.slice(mark.start, mark.end))) return;
    const candidate: Found = { mark, around, attribution };
    const before = attributeFromBefore(document, speakers, candidate, found[found.length - 1]);
    if (before && isReportedSpeech(text, mark, { attributed: true, introduced })) found.push({ ...candidate, attribution: before });
  });

  found.forEach((quote, i) => {
    if (quote.attribution.speaker) return;
    quote.attribution = attributeFromBefore(document, speakers, quote, found[i - 1]) ?? subjectBefore(document, speakers, quote) ?? quote.attribution;
  });
  // A quotation over several paragraphs may be attributed only in its last one.
  for (let i = found.length - 2; i >= 0; i--) {
    const quote = found[i]!;
    const next = found[i + 1]!;
    if (!quote.attribution.speaker && quote.mark.continues && next.attribution.speaker) {
      quote.attribution = { speaker: next.attribution.speaker, cue: null };
    }
  }

  const reported = findReportedSpeech(document, speakers, found.map((quote) => quote.mark));
  // Speakers resolve in text order, so a name is an antecedent for the pronouns after it.
  const attributions = [
    ...found.map((quote) => ({ start: quote.mark.start, end: quote.mark.end, kind: kindOf(document, quote.mark, quote.around), ...quote.attribution })),
    ...reported.map((report) => ({ ...report, kind: 'indirect' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const resolver = new Resolver(document, speakers, entities, fullNames(document, speakers, entities));
  return attributions.map(({ start, end, kind, speaker, cue }) => ({
    start,
    end,
    text: text.slice(start, end),
    section: document.paragraphs.sectionAt(start),
    kind,
    speaker: speaker ? resolver.resolve(speaker) : null,
    cue: cue ? cueSpan(document, cue) : null,
  }));
}

