/**
 * Nouns said only of companies, which type the name beside them whatever else the article says:
 * right after the name, possessive or not ("Newmont shares", "Cofinec's chief executive" is not
 * here: people have chiefs too), and before "in" or "of" ahead of it ("a stake in Newmont").
 */
export const CORPORATE_NOUNS: readonly string[] = [
  'ceo', 'cfo', 'dividend', 'dividends', 'earnings', 'shareholder', 'shareholders', 'shares', 'stock', 'subsidiary',
];

/** Nouns that take a company after "in" or "of" ("shares in", "a subsidiary of"). */
export const CORPORATE_OF_NOUNS: readonly string[] = [
  'shareholders', 'shareholding', 'shares', 'stake', 'stakes', 'subsidiary',
];

/** Corporate nouns that are also verbs ("Holm shares his view"): they count only where the parse reads a noun. */
export const CORPORATE_VERB_NOUNS: readonly string[] = ['shares', 'stock'];
