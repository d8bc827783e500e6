/**
 * Rule kind `construction`: a rule flags the marked words of the first of its patterns found in
 * a clause (or, with `scope: sentence`, in the sentence), unless one of its antipatterns is found
 * in the same clause or in the antipattern's own scope.
 */
import { compileConstruction, type CompileContext, type CompiledPattern } from '../match/compile.js';
import { PatternIndex } from '../match/index.js';
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
 * Whether an antipattern of the rule is found around word `at`. The antipattern index has been
 * given the sentence's words: an antipattern none of whose index keys is there (in the clause,
 * for a clause-scope one) cannot match.
 */
function blocked(rule: CompiledConstructionRule, words: readonly Word[], at: number, set: ConstructionSet): boolean {
  for (const anti of rule.antipatterns) {
    const [lo, hi] = rangeAround(words, at, anti.scope);
    for (const pattern of anti.patterns) {
      if (pattern.keys) {
        const where = set.antipatterns.keyedClauses(pattern);
        if (!where || (anti.scope === 'clause' && !where.includes(words[at]!.clause))) continue;
      }
      if (findIn(pattern, words, lo, hi, set.stemAlways)) return true;
    }
  }
  return false;
}

/** What `matchConstructions` keeps while it tries the candidates of one sentence. */
interface Trial {
  words: readonly Word[];
  set: ConstructionSet;
  best: Map<string, ConstructionHit>;
  /** Whether the antipattern index has been given the words (on the first match: most sentences have none). */
  antipatterns: boolean;
}

/** Tries `pattern` of `rule` in words [lo, hi). */
function tryRange(t: Trial, rule: CompiledConstructionRule, pattern: CompiledPattern, lo: number, hi: number): void {
  const m = findIn(pattern, t.words, lo, hi, t.set.stemAlways);
  if (!m) return;
  const key = `${rule.data.id}:${lo}`;
  const seen = t.best.get(key);
  if (seen && seen.to - seen.from >= m.markTo - m.markFrom) return;
  if (!t.antipatterns) {
    t.set.antipatterns.candidates(t.words);
    t.antipatterns = true;
  }
  if (blocked(rule, t.words, m.markFrom, t.set)) return;
  t.best.set(key, { rule, from: m.markFrom, to: m.markTo });
}

/**
 * The construction findings in one sentence: at most one per rule and clause. When several
 * patterns of a rule match there, the widest marked range wins (so that «мы старались изо всех
 * сил» is underlined whole, not only «мы старались»), whatever order the index tries them in.
 * A clause-scope pattern is tried only in the clauses where a word has its index key.
 */
export function matchConstructions(words: readonly Word[], set: ConstructionSet): ConstructionHit[] {
  const t: Trial = { words, set, best: new Map(), antipatterns: false };
  const clauses = scopeRanges(words, 'clause');
  const clauseRange: Array<[number, number]> = [];
  for (const range of clauses) clauseRange[words[range[0]]!.clause] = range;
  for (const candidate of set.index.candidates(words)) {
    const { rule, pattern } = candidate.value;
    if (rule.scope === 'sentence') tryRange(t, rule, pattern, 0, words.length);
    else if (candidate.always) for (const [lo, hi] of clauses) tryRange(t, rule, pattern, lo, hi);
    else for (const c of candidate.clauses) tryRange(t, rule, pattern, clauseRange[c]![0], clauseRange[c]![1]);
  }
  return [...t.best.values()];
}
