import { lexiconTags } from './compromise.js';
import type { Term } from './compromise.js';

/** One word as compromise tagged it, located in the input text. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
}

export interface ParsedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** The parse as the passes not yet moved to the document read it; built from the same terms. */
export class LegacyBuilder {
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  private current = -1;
  private firstToken = 0;

  constructor(private readonly text: string) {}

  add(term: Term): void {
    if (term.sentence !== this.current) {
      this.close();
      this.current = term.sentence;
      this.firstToken = this.tokens.length;
    }
    this.tokens.push({
      index: this.tokens.length,
      start: term.start,
      end: term.end,
      text: this.text.slice(term.start, term.end),
      normal: term.normal,
      tags: new Set(term.tags.names()),
      pre: term.pre,
      post: term.post,
      sentence: this.sentences.length,
    });
  }

  private close(): void {
    if (this.current < 0 || this.tokens.length === this.firstToken) return;
    const start = this.tokens[this.firstToken]!.start;
    const last = this.tokens[this.tokens.length - 1]!;
    const trail = /^\S*/.exec(last.post)?.[0] ?? '';
    const end = this.text.startsWith(trail, last.end) ? last.end + trail.length : last.end;
    this.sentences.push({ start, end, text: this.text.slice(start, end), firstToken: this.firstToken, lastToken: this.tokens.length });
  }

  build(): ParsedText {
    this.close();
    this.current = -1;
    return { tokens: this.tokens, sentences: this.sentences };
  }
}

/** The lexicon's tags as names, for the passes not yet moved to `TagSet`. */
export function lexiconTagNames(word: string): readonly string[] {
  return lexiconTags(word).names();
}
