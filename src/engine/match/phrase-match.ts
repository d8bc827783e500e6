/**
 * The matcher of `phrase` rules (the word-template language of match/phrase.ts): tokens of a
 * sentence, candidate patterns by first words, matches, and overlap resolution.
 */
import type { Root, Sentence } from 'nlcst';
import { matchAt, slotAccepts, tokenKeys, type Candidates, type Slot, type Token, type TokenForm } from './phrase.js';
import type { CompiledPattern, CompiledRule, RuleSet } from '../ruleset.js';
import { sentenceCache, sentenceWords } from './tokens.js';

export interface ToneMatch {
  rule: CompiledRule;
  start: number;
  end: number;
}

/** The patterns to try at a word form, per rule set (kept on the form, which its occurrences share). */
function candidatesFor(form: TokenForm, ruleSet: RuleSet): Candidates {
  let byRuleSet = form.candidates;
  if (!byRuleSet) form.candidates = byRuleSet = new Map();
  let found = byRuleSet.get(ruleSet);
  if (found) return found;
  const singles = new Set<CompiledPattern>();
  let pairs: Map<string, CompiledPattern[]> | undefined;
  for (const key of form.keys) {
    for (const p of ruleSet.index.get(key) ?? []) singles.add(p);
    for (const [next, list] of ruleSet.pairs.get(key) ?? []) {
      pairs ??= new Map();
      pairs.set(next, [...new Set([...(pairs.get(next) ?? []), ...list])]);
    }
  }
  found = { singles: [...singles], pairs };
  byRuleSet.set(ruleSet, found);
  return found;
}

/**
 * The words of a sentence as tokens: the construction matcher's words (match/tokens.ts), which
 * carry their phrase form, so that a sentence's words are read from the tree once for both
 * matchers. English contractions become several tokens on one range.
 */
export function sentenceTokens(sentence: Sentence, ruleSet: RuleSet, text: string): readonly Token[] {
  return sentenceWords(sentence, text, { language: ruleSet.language, syntax: ruleSet.syntax, analyse: ruleSet.analyse });
}

/** The sentences of a parsed text, in order (root → paragraphs → sentences). */
export function* sentencesOf(tree: Root): Generator<Sentence> {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') yield sentence;
  }
}

function anyMatch(patterns: readonly Slot[][], tokens: readonly Token[]): boolean {
  for (const slots of patterns) {
    for (let i = 0; i < tokens.length; i++) if (matchAt(slots, tokens, i) >= 0) return true;
  }
  return false;
}

/**
 * All rule matches in one sentence, before overlap resolution (a fresh array the caller may
 * change). Found once per sentence node and rule set, and kept with its words (tokens.ts
 * `sentenceCache`): the tone, scorer and structure plugins all read the cues.
 */
export function sentenceMatches(sentence: Sentence, ruleSet: RuleSet, text: string): ToneMatch[] {
  const entry = sentenceCache(sentence, text, { language: ruleSet.language, syntax: ruleSet.syntax, analyse: ruleSet.analyse });
  if (entry.words.length === 0) return [];
  const byRuleSet = (entry.matches ??= new Map()) as Map<RuleSet, readonly ToneMatch[]>;
  let found = byRuleSet.get(ruleSet);
  if (!found) byRuleSet.set(ruleSet, (found = findInSentence(entry.words, ruleSet)));
  return [...found];
}

/** Tries a candidate pattern at token `i` (once per token, see `stamp`); a match goes to `found`. */
function tryPattern(candidate: CompiledPattern, tokens: readonly Token[], i: number, found: ToneMatch[]): void {
  if (candidate.stamp === stamp) return;
  candidate.stamp = stamp;
  const endIndex = matchAt(candidate.slots, tokens, i);
  if (endIndex < 0) return;
  const rule = candidate.rule;
  const before = tokens[i - 1];
  const after = tokens[endIndex];
  if (rule.notBefore && before && slotAccepts(rule.notBefore, before)) return;
  if (rule.notAfter && after && slotAccepts(rule.notAfter, after)) return;
  if (rule.unless.length > 0 && anyMatch(rule.unless, tokens)) return;
  found.push({ rule, start: tokens[i]!.start, end: tokens[endIndex - 1]!.end });
}

function findInSentence(tokens: readonly Token[], ruleSet: RuleSet): ToneMatch[] {
  const found: ToneMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    stamp++;
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const { singles, pairs } = candidatesFor(token.form ?? { keys: tokenKeys(token), candidates: undefined }, ruleSet);
    for (const candidate of singles) tryPattern(candidate, tokens, i, found);
    if (!pairs || !next) continue;
    for (const nextKey of tokenKeys(next)) {
      const paired = pairs.get(nextKey);
      if (paired) for (const candidate of paired) tryPattern(candidate, tokens, i, found);
    }
  }
  return found;
}

/** A finding's range and rule, whatever the kind of the rule. */
export interface Span {
  rule: { data: { id: string } };
  start: number;
  end: number;
}

/** Marks patterns tried at the current word (see CompiledPattern.stamp); one counter for all rule sets. */
let stamp = 0;

const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Whether a kept match holds `m`, or one of the same rule overlaps it. */
function coveredBy(kept: readonly Span[], m: Span): boolean {
  for (const k of kept) if ((k.start <= m.start && m.end <= k.end) || (k.rule.data.id === m.rule.data.id && k.start < m.end && m.start < k.end)) return true;
  return false;
}

/**
 * Keeps one finding per stretch of text: a match inside a longer match is dropped, and
 * the same rule never reports twice on overlapping ranges.
 */
export function resolveOverlaps<M extends Span>(matches: M[]): M[] {
  // (Module-level functions rather than closures: this runs for every sentence.)
  if (matches.length === 0) return [];
  const sorted = [...matches].sort(byStartThenLongest);
  const kept: M[] = [];
  for (const m of sorted) if (!coveredBy(kept, m)) kept.push(m);
  return kept;
}
