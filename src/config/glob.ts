import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/**
 * A pattern of `overrides[].files`: as in ESLint, one without a slash matches a name at any depth,
 * a leading slash anchors it to the configuration's directory. picomatch does the matching.
 */
export interface GlobRule {
  pattern: string;
  test: (path: string) => boolean;
}

export function compileGlob(pattern: string): GlobRule {
  const trimmed = pattern.trim().replace(/^\.\//, '');
  const anchored = trimmed.startsWith('/');
  const body = anchored ? trimmed.slice(1) : trimmed;
  // `posix` makes picomatch read [!a] as a negated class, as bash and git do.
  const match = picomatch(body, { dot: true, posix: true });
  if (anchored || body.includes('/')) return { pattern, test: match };
  return { pattern, test: (file) => match(file.slice(file.lastIndexOf('/') + 1)) };
}

/** Whether a path relative to the configuration's directory matches any of the patterns. */
export function matchesAny(relativePath: string, rules: GlobRule[]): boolean {
  const file = toPosix(relativePath);
  return rules.some((rule) => rule.test(file));
}

/** Patterns of one ignore source (`ignores`, a `.gitignore`), relative to its own directory. */
export interface IgnoreSource {
  /** Absolute directory the patterns are relative to, with forward slashes. */
  base: string;
  matcher: Ignore;
}

/** `.gitignore` semantics come from the `ignore` package, the matcher ESLint and Prettier use. */
export function ignoreSource(base: string, patterns: string[]): IgnoreSource {
  return { base: toPosix(base).replace(/\/$/, ''), matcher: ignore().add(patterns) };
}

/**
 * Whether a file is ignored the way git decides: the last matching pattern wins, and a file in an
 * ignored directory stays ignored whatever a later negation says about the file.
 */
export function isIgnored(absolutePath: string, sources: IgnoreSource[]): boolean {
  const file = toPosix(absolutePath);
  return sources.some((source) => file.startsWith(`${source.base}/`) && source.matcher.ignores(file.slice(source.base.length + 1)));
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}
