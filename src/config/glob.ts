/**
 * Glob patterns as `.gitignore` reads them, for `ignores`, `.gitignore` and `overrides[].files`:
 * a pattern without a slash matches a name at any depth, a leading slash anchors it to the base
 * directory, a trailing slash matches directories only, `**` crosses directories, `{a,b}` chooses.
 */
export interface GlobRule {
  pattern: string;
  negated: boolean;
  directoryOnly: boolean;
  regex: RegExp;
}

export function compileGlob(pattern: string): GlobRule {
  let source = pattern.trim();
  const negated = source.startsWith('!');
  if (negated) source = source.slice(1);
  const directoryOnly = source.endsWith('/');
  if (directoryOnly) source = source.replace(/\/+$/, '');
  if (source.startsWith('./')) source = source.slice(1);
  const anchored = source.includes('/');
  if (source.startsWith('/')) source = source.slice(1);
  const body = translate(source);
  return { pattern, negated, directoryOnly, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`, 'u') };
}

function translate(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atStart && glob[i + 1] === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const inner = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${inner}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob[++i]!);
    } else {
      out += escapeRegex(c);
    }
  }
  return out + ')'.repeat(braces);
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Patterns of one ignore source, relative to its own directory. */
export interface IgnoreSource {
  /** Absolute directory the patterns are relative to, with forward slashes. */
  base: string;
  rules: GlobRule[];
}

export function ignoreSource(base: string, patterns: string[]): IgnoreSource {
  const rules = patterns
    .map((line) => line.replace(/(?<!\\)\s+$/, ''))
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map(compileGlob);
  return { base: toPosix(base).replace(/\/$/, ''), rules };
}

/**
 * Whether a file is ignored, the way git decides: the last pattern that matches wins, and a file
 * inside an ignored directory stays ignored whatever a later negation says about the file.
 */
export function isIgnored(absolutePath: string, sources: IgnoreSource[]): boolean {
  const file = toPosix(absolutePath);
  for (const source of sources) {
    if (!file.startsWith(`${source.base}/`)) continue;
    const parts = file.slice(source.base.length + 1).split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const relative = parts.slice(0, depth).join('/');
      const isDirectory = depth < parts.length;
      let ignored = false;
      for (const rule of source.rules) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.regex.test(relative)) ignored = !rule.negated;
      }
      if (ignored) return true;
    }
  }
  return false;
}

/** Whether a path relative to the configuration's directory matches any of the patterns. */
export function matchesAny(relativePath: string, rules: GlobRule[]): boolean {
  const file = toPosix(relativePath);
  return rules.some((rule) => !rule.negated && rule.regex.test(file));
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}
