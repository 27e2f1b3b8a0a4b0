type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array;

interface TypedArrayClass<A extends TypedArray> {
  new (length: number): A;
}

/**
 * A typed array that grows as values are pushed, for the document builders: a million tokens'
 * offsets and tags then sit in a few flat buffers instead of a million small objects and arrays of
 * boxed numbers that the garbage collector has to walk while the parse runs.
 */
export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  /**
   * `expected` is how many values the builder foresees. Each time a column grows, the old buffer
   * stays allocated until a collection: grown by doubling from a small start, a 5 MB article's
   * columns left about 130 MB of such buffers behind, a good part of its peak memory.
   */
  constructor(
    private readonly kind: TypedArrayClass<A>,
    expected: number,
  ) {
    this.data = new kind(Math.max(16, Math.ceil(expected)));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.kind(Math.ceil(this.data.length * 1.5));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, in an array of exactly that length; the column is not used after. */
  finish(): A {
    return this.data.slice(0, this.length) as A;
  }
}

/**
 * About how many tokens `text` holds, for sizing columns: English news runs to about six characters
 * a word with its space, and a fifth leaves room for the words a tokenizer splits.
 */
export function expectedTokens(text: string): number {
  return text.length / 5;
}

/**
 * One string object per distinct word: a long article writes "the" tens of thousands of times, and
 * each token keeping its own copy costs more than the rest of the token.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  intern(word: string): string {
    const known = this.seen.get(word);
    if (known !== undefined) return known;
    this.seen.set(word, word);
    return word;
  }
}
