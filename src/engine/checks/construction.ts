/**
 * Rule kind `construction`: a rule flags the marked words of the first of its patterns found in
 * a clause (or, with `scope: sentence`, in the sentence), unless one of its antipatterns is found
 * in the same clause or in the antipattern's own scope.
 */
import { compileConstruction, type CompileContext, type CompiledPattern } from '../match/compile.js';
import { PatternIndex, type Candidate } from '../match/index.js';
import { findIn, rangeAround, scopeRanges } from '../match/match.js';
import type { Word } from '../match/tokens.js';
import type { MatchScope, RuleData } from '../types.js';

export interface CompiledConstructionRule {
  data: RuleData;
  scope: MatchScope;
  patterns: CompiledPattern[];
  antipatterns: Array<{ patterns: CompiledPattern[]; scope: MatchScope }>;
}

/** A construction rule's finding, as word indexes [from, to) of the marked words. */
export interface ConstructionHit {
  rule: CompiledConstructionRule;
  from: number;
  to: number;
}

export interface ConstructionSet {
  rules: CompiledConstructionRule[];
  index: PatternIndex<{ rule: CompiledConstructionRule; pattern: CompiledPattern }>;
  /** Every antipattern of the rules, by the same keys: a match looks only for those whose key is there. */
  antipatterns: PatternIndex<CompiledPattern>;
  stemAlways: boolean;
}

export function compileConstructionRule(data: RuleData, ctx: CompileContext): CompiledConstructionRule {
  const scope = data.scope ?? 'clause';
  return {
    data,
    scope,
    patterns: (data.match ?? []).flatMap((p) => compileConstruction(p, ctx)),
    antipatterns: (data.antipatterns ?? []).map((a) => ({ patterns: compileConstruction(a.pattern, ctx), scope: a.scope ?? scope })),
  };
}

export function compileConstructionSet(rules: readonly RuleData[], ctx: CompileContext, stemAlways: boolean): ConstructionSet {
  const index: ConstructionSet['index'] = new PatternIndex();
  const antipatterns = new PatternIndex<CompiledPattern>();
  // Rules share antipatterns (`$own-fault` is compiled once): each is indexed once.
  const indexed = new Set<CompiledPattern>();
  const compiled: CompiledConstructionRule[] = [];
  for (const data of rules) {
    if (data.kind !== 'construction') continue;
    const rule = compileConstructionRule(data, ctx);
    compiled.push(rule);
    for (const pattern of rule.patterns) index.add(pattern.keys, { rule, pattern });
    for (const anti of rule.antipatterns) {
      for (const pattern of anti.patterns) {
        if (indexed.has(pattern)) continue;
        indexed.add(pattern);
        antipatterns.add(pattern.keys, pattern);
      }
    }
  }
  return { rules: compiled, index, antipatterns, stemAlways };
}

/**
 * Whether an antipattern of the rule is found around word `at`. `keyed` holds the antipatterns
 * whose index key one of the sentence's words has, with their clauses: the others cannot match.
 */
function blocked(
  rule: CompiledConstructionRule,
  words: readonly Word[],
  at: number,
  stemAlways: boolean,
  keyed: ReadonlyMap<CompiledPattern, Candidate<CompiledPattern>>,
): boolean {
  for (const anti of rule.antipatterns) {
    const [lo, hi] = rangeAround(words, at, anti.scope);
    for (const pattern of anti.patterns) {
      if (pattern.keys) {
        const where = keyed.get(pattern);
        if (!where || (anti.scope === 'clause' && !where.clauses.includes(words[at]!.clause))) continue;
      }
      if (findIn(pattern, words, lo, hi, stemAlways)) return true;
    }
  }
  return false;
}

/**
 * The construction findings in one sentence: at most one per rule and clause. When several
 * patterns of a rule match there, the widest marked range wins (so that «мы старались изо всех
 * сил» is underlined whole, not only «мы старались»), whatever order the index tries them in.
 * A clause-scope pattern is tried only in the clauses where a word has its index key.
 */
export function matchConstructions(words: readonly Word[], set: ConstructionSet): ConstructionHit[] {
  const best = new Map<string, ConstructionHit>();
  let antipatterns: Map<CompiledPattern, Candidate<CompiledPattern>> | undefined;
  const clauses = scopeRanges(words, 'clause');
  const sentence = scopeRanges(words, 'sentence');
  const clauseRange: Array<[number, number]> = [];
  for (const range of clauses) clauseRange[words[range[0]]!.clause] = range;
  for (const { value, clauses: keyed, always } of set.index.candidates(words)) {
    const { rule, pattern } = value;
    const ranges = rule.scope === 'sentence' ? sentence : always ? clauses : keyed.map((c) => clauseRange[c]!);
    for (const [lo, hi] of ranges) {
      const m = findIn(pattern, words, lo, hi, set.stemAlways);
      if (!m) continue;
      const key = `${rule.data.id}:${lo}`;
      const seen = best.get(key);
      if (seen && seen.to - seen.from >= m.markTo - m.markFrom) continue;
      antipatterns ??= new Map(set.antipatterns.candidates(words).map((c) => [c.value, c]));
      if (blocked(rule, words, m.markFrom, set.stemAlways, antipatterns)) continue;
      best.set(key, { rule, from: m.markFrom, to: m.markTo });
    }
  }
  return [...best.values()];
}
