import type { Document, Sentence } from '../nlp/document.js';
import type { Paragraph } from '../nlp/paragraphs.js';

/** The article's paragraphs a reader reads as prose or a line of its own: all but the insights heading. */
export function proseParagraphs(document: Document): Paragraph[] {
  return document.paragraphs.list.filter((paragraph) => !paragraph.heading);
}

/** Sentences of the body and the insight items, the parts rules compare: not the title, not the insights heading. */
export function proseSentences(document: Document): Sentence[] {
  const { list } = document.paragraphs;
  return document.sentences.filter((s) => (s.section === 'body' || s.section === 'insights') && list[s.paragraph]?.heading === false);
}
