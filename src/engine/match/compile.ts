/**
 * Compiles construction patterns (rules/README.md, "The construction language"):
 *
 *   pattern   := sequence ( ' & ' sequence )*      every sequence in one clause (or sentence), any order
 *   sequence  := item ( ' ' item )*                in this order, words adjacent unless a gap is written
 *   item      := atom | atom? | { … } | ... | ..N | $name     (a sequence may begin with ^)
 *
 * `...` skips 0–4 words and `..N` 0–N words, never across a clause boundary; `^` at the start
 * of a sequence anchors it to the start of a clause; braces mark the words to underline; `$name` splices a named sub-pattern (rules/<lang>/patterns.yaml) in place.
 */
import { atomCost, atomKeys, compileAtom, ConstructionError, type Atom, type AtomContext } from './atom.js';

export { ConstructionError } from './atom.js';

export type Item =
  | { kind: 'atom'; atom: Atom; optional: boolean; marked: boolean }
  | { kind: 'gap'; max: number }
  /** `^`: the next word opens its clause. */
  | { kind: 'start' };

export interface Sequence {
  items: Item[];
  /** Whether any item is marked (braces). */
  marked: boolean;
  /** The sequence's first required word (after an optional ^): a match can only start where it is. */
  head: Atom;
}

export interface CompiledPattern {
  source: string;
  sequences: Sequence[];
  /** Index keys of the pattern's rarest required atom; undefined when no atom narrows it down. */
  keys: string[] | undefined;
}

export interface CompileContext extends AtomContext {
  /** Named sub-patterns: each a list of alternative pattern strings. */
  patterns: Readonly<Record<string, readonly string[]>>;
  common: ReadonlySet<string>;
  /**
   * The key atom of each alternative of a pattern source, as found at build time (`keyAtomsOf`,
   * rule-data.ts `keyAtoms`). With it a pattern is indexed at once and compiled only when a draft
   * first tries it: most rules never meet a word of theirs in a short draft.
   */
  keyAtoms?: Readonly<Record<string, ReadonlyArray<string | null>>>;
}

export const GAP = 4;
const MAX_GAP = 12;

/** Splits a pattern string into raw tokens at spaces outside brackets. */
function lex(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of source.trim()) {
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth === 0 && /\s/.test(c)) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (depth !== 0) throw new ConstructionError(`unbalanced brackets in "${source}"`);
  if (current) out.push(current);
  return out;
}

type Raw = { text: string; open: boolean; close: boolean };

/**
 * Expands `$name` references (each alternative of a named pattern multiplies the pattern) and
 * returns the alternatives as lists of raw tokens, `&` kept as a token.
 */
function expand(source: string, ctx: CompileContext, seen: readonly string[]): Raw[][] {
  let results: Raw[][] = [[]];
  for (let token of lex(source)) {
    let open = false;
    let close = false;
    if (token.startsWith('{')) [open, token] = [true, token.slice(1)];
    if (token.endsWith('}')) [close, token] = [true, token.slice(0, -1)];
    if (token.startsWith('$')) {
      const name = token.slice(1);
      const defs = ctx.patterns[name];
      if (!defs) throw new ConstructionError(`unknown named pattern $${name} in "${source}"`);
      if (seen.includes(name)) throw new ConstructionError(`named pattern $${name} refers to itself`);
      const alternatives = defs.flatMap((d) => expand(d, ctx, [...seen, name]));
      for (const alt of alternatives) {
        if (alt.length === 0) throw new ConstructionError(`empty named pattern $${name}`);
        if ((open || close) && alt.some((r) => r.open || r.close)) throw new ConstructionError(`$${name} is marked inside and outside in "${source}"`);
      }
      results = results.flatMap((r) =>
        alternatives.map((alt) => {
          const copy = alt.map((x) => ({ ...x }));
          if (open) copy[0]!.open = true;
          if (close) copy[copy.length - 1]!.close = true;
          return [...r, ...copy];
        }),
      );
      if (results.length > 256) throw new ConstructionError(`"${source}" expands to too many alternatives`);
      continue;
    }
    if (!token) throw new ConstructionError(`stray brace in "${source}"`);
    for (const r of results) r.push({ text: token, open, close });
  }
  return results;
}

function compileSequence(raws: Raw[], ctx: CompileContext, source: string): Sequence {
  const items: Item[] = [];
  let inMark = false;
  let marked = false;
  for (const raw of raws) {
    if (raw.open) {
      if (inMark) throw new ConstructionError(`nested braces in "${source}"`);
      inMark = marked = true;
    }
    const text = raw.text;
    if (text === '^') {
      if (items.length > 0 || raw.close) throw new ConstructionError(`^ must begin a sequence in "${source}"`);
      items.push({ kind: 'start' });
      continue;
    }
    const gap = text === '...' || text === '…' ? GAP : /^\.\.(\d+)$/.exec(text) ? Number(text.slice(2)) : undefined;
    if (gap !== undefined) {
      if (gap < 1 || gap > MAX_GAP) throw new ConstructionError(`gap ${text} out of range (..1 to ..${MAX_GAP}) in "${source}"`);
      if (raw.open || raw.close) throw new ConstructionError(`a gap cannot open or close a mark in "${source}"`);
      items.push({ kind: 'gap', max: gap });
    } else {
      const optional = text.endsWith('?') && text.length > 1;
      const atom = compileAtom(optional ? text.slice(0, -1) : text, ctx, source);
      items.push({ kind: 'atom', atom, optional, marked: inMark });
    }
    if (raw.close) {
      if (!inMark) throw new ConstructionError(`"}" without "{" in "${source}"`);
      inMark = false;
    }
  }
  if (inMark) throw new ConstructionError(`unclosed "{" in "${source}"`);
  const first = items[0]?.kind === 'start' ? items[1] : items[0];
  const last = items[items.length - 1];
  if (!first || first.kind !== 'atom' || first.optional || !last || last.kind !== 'atom' || last.optional) {
    throw new ConstructionError(`a sequence must start and end with a required word: "${source}"`);
  }
  return { items, marked, head: first.atom };
}

/** Picks the required atom whose keys are rarest; its keys index the pattern. */
function keyAtom(sequences: readonly Sequence[], common: ReadonlySet<string>): Atom | undefined {
  let best: { cost: number; atom: Atom } | undefined;
  for (const seq of sequences) {
    for (const item of seq.items) {
      if (item.kind !== 'atom' || item.optional) continue;
      if (!atomKeys(item.atom)) continue;
      const cost = atomCost(item.atom, common);
      if (!best || cost < best.cost) best = { cost, atom: item.atom };
    }
  }
  return best?.atom;
}

/** Compiled patterns per compile context and source: every rule repeats antipatterns such as `$own-fault`. */
const patternCache = new WeakMap<CompileContext, Map<string, CompiledPattern[]>>();

/** Compiles a pattern string into its alternatives (more than one when a `$name` has several). Never change the result: it is shared. */
export function compileConstruction(source: string, ctx: CompileContext): CompiledPattern[] {
  let cache = patternCache.get(ctx);
  if (!cache) patternCache.set(ctx, (cache = new Map()));
  let compiled = cache.get(source);
  if (!compiled) {
    const hints = ctx.keyAtoms?.[source];
    compiled = hints ? lazyPatterns(source, hints, ctx) : compileConstructionUncached(source, ctx);
    cache.set(source, compiled);
  }
  return compiled;
}

/** Splits one expanded alternative at ` & ` and compiles its sequences. */
function compileAlternative(raws: readonly Raw[], ctx: CompileContext, source: string): Sequence[] {
  const parts: Raw[][] = [[]];
  for (const raw of raws) {
    if (raw.text === '&' && !raw.open && !raw.close) parts.push([]);
    else parts[parts.length - 1]!.push(raw);
  }
  return parts.map((p) => compileSequence(p, ctx, source));
}

function compileConstructionUncached(source: string, ctx: CompileContext): CompiledPattern[] {
  return expand(source, ctx, []).map((raws) => {
    const sequences = compileAlternative(raws, ctx, source);
    const key = keyAtom(sequences, ctx.common);
    const keys = key && atomKeys(key);
    return { source, sequences, keys };
  });
}

/**
 * The key atom's text of each alternative of a pattern (null: no atom narrows it), for
 * `CompileContext.keyAtoms`. Throws a ConstructionError as `compileConstruction` does.
 */
export function keyAtomsOf(source: string, ctx: CompileContext): Array<string | null> {
  return compileConstruction(source, ctx).map((p) => {
    const key = keyAtom(p.sequences, ctx.common);
    return key ? key.source : null;
  });
}

/** The `$name` expansion of a source, made once for all its alternatives when the first is compiled. */
interface Expansion {
  source: string;
  ctx: CompileContext;
  raws?: Raw[][];
}

/** A pattern indexed by its build-time key atom, whose sequences compile on first use (the same as `compileConstructionUncached`'s). */
class LazyPattern implements CompiledPattern {
  private compiled: Sequence[] | undefined;

  constructor(
    readonly source: string,
    readonly keys: string[] | undefined,
    private readonly expansion: Expansion,
    private readonly alternative: number,
  ) {}

  get sequences(): Sequence[] {
    if (!this.compiled) {
      const e = this.expansion;
      e.raws ??= expand(e.source, e.ctx, []);
      const raws = e.raws[this.alternative];
      if (!raws) throw new ConstructionError(`"${e.source}" has fewer alternatives than its build-time index says: rebuild the rule data`);
      this.compiled = compileAlternative(raws, e.ctx, e.source);
    }
    return this.compiled;
  }
}

function lazyPatterns(source: string, hints: ReadonlyArray<string | null>, ctx: CompileContext): CompiledPattern[] {
  const expansion: Expansion = { source, ctx };
  return hints.map((text, alternative) => {
    const keys = text === null ? undefined : atomKeys(compileAtom(text, ctx, source));
    return new LazyPattern(source, keys, expansion, alternative);
  });
}
