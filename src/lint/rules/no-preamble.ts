import { DEFAULT_PREAMBLE_PATTERNS } from '../../article/sections.js';
import type { FileRule, Range, RuleContext } from '../rule.js';
import { removeLines, type Fix } from '../fix.js';
import { abbreviate } from '../fold.js';
import { proseParagraphs, proseSentences } from '../prose.js';

/**
 * Whole paragraphs that are a model talking to its user. Unlike the preamble patterns (which
 * `splitSections` tries only near the top), these are safe anywhere: no news paragraph is just
 * "I hope this helps!".
 */
const META_PARAGRAPHS = [
  String.raw`^(?:i )?hope (?:this|that|it) helps\b.{0,200}$`,
  String.raw`^(?:please )?let me know if\b.{0,200}$`,
  String.raw`^(?:please )?feel free to\b.{0,200}$`,
  String.raw`^(?:would you like|do you want) me to\b.{0,200}$`,
  String.raw`^is there anything else\b.{0,200}$`,
  String.raw`^(?:note|disclaimer)\s*:\s*.{0,80}\b(?:rewritten|paraphrased|generated|ai|language model)\b.{0,200}$`,
  String.raw`^[([]?word count\s*:?\s*\d+.{0,20}$`,
  String.raw`^(?:end of (?:the )?(?:rewritten |revised )?(?:article|text|rewrite))\W{0,5}$`,
];

/** The preamble patterns `splitSections` uses, also tried on the last paragraph, where a sign-off goes. */
const EDGE_PATTERNS = compile(DEFAULT_PREAMBLE_PATTERNS);

/** Phrases that give a model away even inside a paragraph. */
const META_PHRASE = new RegExp(
  [
    String.raw`\bas an ai(?: language model| model| assistant)?\b`,
    String.raw`\bi hope this helps\b`,
    String.raw`\bhere(?:'s|’s| is) (?:the|a|your) (?:rewritten|revised|paraphrased|updated) (?:article|version|text|story)\b`,
    String.raw`\bi(?:'ve|’ve| have) (?:rewritten|revised|paraphrased)\b`,
    String.raw`\b(?:my|the) (?:knowledge|training(?: data)?) cut-?off\b`,
  ].join('|'),
  'giu',
);

export const noPreamble: FileRule<{ patterns: string[] }> = {
  id: 'no-preamble',
  meta: {
    description: 'Disallow model preambles and meta-text ("Here\'s the rewritten article:", "As an AI…", "I hope this helps") left in the article.',
    defaultSeverity: 'error',
    scope: 'file',
    messages: {
      preamble: 'Model preamble left in the article: "{{text}}".',
      metaText: 'Meta-text from a model or pipeline, not part of the article: "{{text}}".',
    },
    options: {
      patterns: { type: 'regex[]', default: [], description: 'Extra regular expressions (case-insensitive) for whole paragraphs that are meta-text.' },
    },
  },
  check(context) {
    const { text, analysis, document, options } = context;
    const reported: Range[] = [];
    const report = (messageId: string, range: Range, fix: Fix | null = null) => {
      if (reported.some((r) => range.start < r.end && r.start < range.end)) return;
      reported.push(range);
      context.report({ messageId, range, data: { text: abbreviate(text.slice(range.start, range.end)) }, fix });
    };
    // A preamble or meta paragraph on lines of its own goes with its lines; meta-text inside a sentence has no safe fix.
    const preamble = analysis.sections.preamble;
    if (preamble) report('preamble', preamble, removeLines(text, preamble));

    const units = proseParagraphs(document);
    const anywhere = compile([...META_PARAGRAPHS, ...options.patterns]);
    const quoted = quotedRanges(context);
    units.forEach((unit, index) => {
      const line = stripMarkup(unit.text);
      // A preamble or sign-off line is only trusted at the edges, where models put them.
      const atEdge = index <= 2 || index === units.length - 1;
      if (anywhere.some((re) => re.test(line)) || (atEdge && EDGE_PATTERNS.some((re) => re.test(line)))) {
        report('metaText', unit, removeLines(text, unit));
        return;
      }
      for (const m of unit.text.matchAll(META_PHRASE)) {
        const start = unit.start + m.index;
        const range = { start, end: start + m[0].length };
        if (!quoted.some((q) => q.start <= range.start && range.end <= q.end)) report('metaText', sentenceAround(context, range));
      }
    });
  },
};

function compile(patterns: string[]): RegExp[] {
  return patterns.map((source) => new RegExp(source, 'iu'));
}

function stripMarkup(line: string): string {
  return line.replace(/^[#>*_\s-]+/, '').replace(/[*_\s]+$/, '');
}

/** Quotations, from the quotes pass and from paired quote marks: a news story may quote a chatbot. */
function quotedRanges(context: RuleContext): Range[] {
  const ranges: Range[] = context.analysis.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end }));
  for (const quote of context.document.quotes) if (quote.close !== null) ranges.push({ start: quote.open, end: quote.close + 1 });
  return ranges;
}

function sentenceAround(context: RuleContext, range: Range): Range {
  const sentence = proseSentences(context.document).find((s) => s.start <= range.start && range.end <= s.end);
  return sentence && sentence.end - sentence.start <= 300 ? sentence : range;
}
