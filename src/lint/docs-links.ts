/** What package.json says about where the project lives, as npm documents the fields. */
export interface PackageLinks {
  homepage?: string;
  repository?: string | { type?: string; url?: string; directory?: string };
}

/** Where rule pages are linked: a web folder when package.json names one, and the project's page. */
export interface DocsLinks {
  /** Prefix of every rule page, ending in `/`: `<base><id>.md`. */
  base: string;
  /** The project's own page, for SARIF's `informationUri`. */
  home: string;
}

const HOSTS: Record<string, (owner: string, repo: string) => string> = {
  'github.com': (owner, repo) => `https://github.com/${owner}/${repo}/blob/HEAD/`,
  'gitlab.com': (owner, repo) => `https://gitlab.com/${owner}/${repo}/-/blob/HEAD/`,
  'bitbucket.org': (owner, repo) => `https://bitbucket.org/${owner}/${repo}/src/HEAD/`,
};

/**
 * The web folder of the rule pages from package.json: the repository's file view on GitHub, GitLab
 * or Bitbucket (`repository` first, then a `homepage` on one of them), else `homepage` itself with
 * `docs/rules/` after it. Null when package.json names neither: then the pages shipped in the
 * package are the only ones that exist, and the caller links those.
 */
export function docsLinksFromPackage(pkg: PackageLinks): DocsLinks | null {
  const repository = typeof pkg.repository === 'string' ? { url: pkg.repository } : pkg.repository;
  const directory = repository?.directory ? `${repository.directory.replace(/^\/+|\/+$/g, '')}/` : '';
  const fromRepository = repository?.url ? hosted(repository.url) : null;
  if (fromRepository) return { base: `${fromRepository.files}${directory}docs/rules/`, home: fromRepository.home };
  if (!pkg.homepage) return null;
  const fromHomepage = hosted(pkg.homepage);
  if (fromHomepage) return { base: `${fromHomepage.files}docs/rules/`, home: fromHomepage.home };
  const home = pkg.homepage.replace(/#.*$/, '');
  return { base: `${home.replace(/\/*$/, '/')}docs/rules/`, home };
}

/** A repository URL or shorthand on a known host: its web page and the prefix of its files' pages. */
function hosted(url: string): { home: string; files: string } | null {
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+)$/.exec(url);
  const full = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(url) ?? /^git@([^:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  const [host, owner, repo] = shorthand
    ? [{ github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github']!, shorthand[2]!, shorthand[3]!]
    : full
      ? [full[1]!.replace(/^www\./, ''), full[2]!, full[3]!]
      : [null, null, null];
  const files = host && HOSTS[host];
  return files ? { home: `https://${host}/${owner}/${repo}`, files: files(owner!, repo!) } : null;
}

/** A rule's page under `base` (a URL or a folder); absent, its path inside the package. */
export function ruleDocsUrl(id: string, base = 'docs/rules/'): string {
  return `${base}${id}.md`;
}
