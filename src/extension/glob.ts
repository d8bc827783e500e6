/**
 * Glob patterns of `sincerely.draftGlobs`, matched without vscode (so the scope logic is pure):
 * `**` any number of folders, `*` and `?` within a name, `{a,b}` alternatives, `[abc]` classes.
 * A pattern without a slash also matches the file name alone (`*.reply.md`), as in .gitignore.
 */

const cache = new Map<string, RegExp | null>();

const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c);

/** The pattern as an anchored regular expression, or null when it cannot be compiled. */
export function globToRegExp(glob: string): RegExp | null {
  const cached = cache.get(glob);
  if (cached !== undefined) return cached;
  const g = glob.normalize('NFC').replace(/\\/g, '/');
  let source = '';
  let braces = 0;
  for (let i = 0; i < g.length; ) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      const afterSlash = i === 0 || g[i - 1] === '/';
      if (afterSlash && g[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 3;
      } else {
        source += '.*';
        i += 2;
      }
    } else if (c === '*') {
      source += '[^/]*';
      i++;
    } else if (c === '?') {
      source += '[^/]';
      i++;
    } else if (c === '{') {
      source += '(?:';
      braces++;
      i++;
    } else if (c === '}' && braces > 0) {
      source += ')';
      braces--;
      i++;
    } else if (c === ',' && braces > 0) {
      source += '|';
      i++;
    } else if (c === '[' && g.indexOf(']', i + 2) > 0) {
      const close = g.indexOf(']', i + 2);
      const body = g.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      const chars = (negated ? body.slice(1) : body).replace(/[\\\]^[]/g, (ch) => `\\${ch}`);
      source += `[${negated ? '^/' : ''}${chars}]`;
      i = close + 1;
    } else {
      source += escapeChar(c);
      i++;
    }
  }
  let compiled: RegExp | null;
  try {
    compiled = braces === 0 ? new RegExp(`^${source}$`, 'u') : null;
  } catch {
    compiled = null;
  }
  cache.set(glob, compiled);
  return compiled;
}

export function isValidGlob(glob: string): boolean {
  return glob.trim() !== '' && globToRegExp(glob) !== null;
}

/** Whether `path` (folder-relative or absolute, `/` or `\` separated) matches one of the globs. */
export function matchesAnyGlob(globs: readonly string[], ...paths: Array<string | undefined>): boolean {
  const candidates = paths.filter((p): p is string => !!p).map((p) => p.normalize('NFC').replace(/\\/g, '/'));
  if (candidates.length === 0) return false;
  return globs.some((glob) => {
    const re = globToRegExp(glob);
    if (!re) return false;
    const nameOnly = !glob.includes('/') && !glob.includes('\\');
    return candidates.some((path) => re.test(path) || (nameOnly && re.test(path.slice(path.lastIndexOf('/') + 1))));
  });
}
