/**
 * Glob patterns of `sincerely.draftGlobs`, matched with picomatch (pure, so the scope logic runs
 * without vscode and in the web host). Paths and patterns are compared with `/` separators and in
 * NFC (macOS gives NFD file names). A pattern without a slash also matches the file name alone
 * (`*.reply.md`), as in .gitignore.
 */
import picomatch from 'picomatch/posix';

// `posix`: `[!a-z]` negates a class, as in VS Code's own globs and in .gitignore.
const OPTIONS = { dot: true, posix: true } as const;
const matchers = new Map<string, ((path: string) => boolean) | null>();

const normalize = (s: string) => s.normalize('NFC').replace(/\\/g, '/');

/** The pattern's matcher, or null when it is not a valid glob (an unclosed brace, bracket or parenthesis). */
function matcherOf(glob: string): ((path: string) => boolean) | null {
  let matcher = matchers.get(glob);
  if (matcher === undefined) {
    try {
      matcher = glob.trim() === '' ? null : picomatch(normalize(glob), { ...OPTIONS, strictBrackets: true });
    } catch {
      matcher = null;
    }
    matchers.set(glob, matcher);
  }
  return matcher;
}

export function isValidGlob(glob: string): boolean {
  return matcherOf(glob) !== null;
}

/** Whether `path` (folder-relative or absolute, `/` or `\` separated) matches one of the globs. */
export function matchesAnyGlob(globs: readonly string[], ...paths: Array<string | undefined>): boolean {
  const candidates = paths.filter((p): p is string => !!p).map(normalize);
  if (candidates.length === 0) return false;
  return globs.some((glob) => {
    const matches = matcherOf(glob);
    if (!matches) return false;
    const nameOnly = !glob.includes('/') && !glob.includes('\\');
    return candidates.some((path) => matches(path) || (nameOnly && matches(path.slice(path.lastIndexOf('/') + 1))));
  });
}
