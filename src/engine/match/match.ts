/**
 * Finds compiled construction patterns in a sentence's words. Reusable by every rule kind: a
 * kind asks where a pattern occurs (`findPattern`) in a clause or a whole sentence and decides
 * what a match means (a tone finding, a part of the reply, an ordering).
 */
import { atomAccepts } from './atom.js';
import type { CompiledPattern, Sequence } from './compile.js';
import { clauseRanges, type Word } from './tokens.js';
import type { MatchScope } from '../types.js';

/** Where a pattern matched: word indexes [from, to) of the whole match, and of the marked words. */
export interface PatternMatch {
  from: number;
  to: number;
  markFrom: number;
  markTo: number;
}

interface SeqMatch {
  from: number;
  to: number;
  markFrom: number;
  markTo: number;
}

/** The state of one `matchSeqAt`: the marked words found so far. */
interface SeqState {
  seq: Sequence;
  words: readonly Word[];
  hi: number;
  stemAlways: boolean;
  markFrom: number;
  markTo: number;
}

/**
 * Matches items from `si` on at word `i`; returns the index after the match, or -1. (A plain
 * recursive function over a state object rather than a closure made on every call: this runs
 * for every candidate pattern at every word.)
 */
function step(s: SeqState, si: number, i: number): number {
  const { seq, words, hi } = s;
  if (si === seq.items.length) return i;
  const item = seq.items[si]!;
  if (item.kind === 'start') return i === 0 || words[i - 1]!.clause !== words[i]?.clause ? step(s, si + 1, i) : -1;
  if (item.kind === 'gap') {
    const clause = words[i - 1]!.clause;
    // The skipped words stay in the clause of the word before the gap; the next word may
    // open the next clause (only a sentence-scope pattern has such a range).
    for (let skip = 0; skip <= item.max && i + skip < hi; skip++) {
      if (skip > 0 && words[i + skip - 1]!.clause !== clause) break;
      const end = step(s, si + 1, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = words[i];
  if (i < hi && word && atomAccepts(item.atom, word, s.stemAlways)) {
    const end = step(s, si + 1, i + 1);
    if (end >= 0) {
      if (item.marked) {
        if (s.markFrom < 0 || i < s.markFrom) s.markFrom = i;
        if (i + 1 > s.markTo) s.markTo = i + 1;
      }
      return end;
    }
  }
  return item.optional ? step(s, si + 1, i) : -1;
}

/**
 * Matches `seq` starting at word `at`; words must stay inside [lo, hi). The words a gap skips
 * are in one clause; the word after a gap, or after another word, may open the next clause
 * (only a sentence-scope pattern has a range wider than a clause).
 * Gaps and optional words prefer the shortest match.
 */
function matchSeqAt(seq: Sequence, words: readonly Word[], at: number, hi: number, stemAlways: boolean): SeqMatch | undefined {
  const s: SeqState = { seq, words, hi, stemAlways, markFrom: -1, markTo: -1 };
  const end = step(s, 0, at);
  if (end < 0) return undefined;
  return { from: at, to: end, markFrom: s.markFrom < 0 ? at : s.markFrom, markTo: s.markTo < 0 ? end : s.markTo };
}

/** The first match of a sequence inside [lo, hi). */
function findSequence(seq: Sequence, words: readonly Word[], lo: number, hi: number, stemAlways: boolean): SeqMatch | undefined {
  // A sequence starts with a required word (after an optional ^): test it before backtracking.
  const head = seq.head;
  for (let i = lo; i < hi; i++) {
    if (!atomAccepts(head, words[i]!, stemAlways)) continue;
    const m = matchSeqAt(seq, words, i, hi, stemAlways);
    if (m) return m;
  }
  return undefined;
}

/**
 * The first match of a pattern in words [lo, hi): every sequence found in that range, in any
 * order. The mark is the marked words of all sequences, or the first sequence when none is marked.
 */
export function findIn(pattern: CompiledPattern, words: readonly Word[], lo: number, hi: number, stemAlways: boolean): PatternMatch | undefined {
  const { sequences } = pattern;
  // Most tries fail on the first sequence: nothing is allocated before every sequence is found.
  const first = findSequence(sequences[0]!, words, lo, hi, stemAlways);
  if (!first) return undefined;
  const found = [first];
  for (let k = 1; k < sequences.length; k++) {
    const m = findSequence(sequences[k]!, words, lo, hi, stemAlways);
    if (!m) return undefined;
    found.push(m);
  }
  let from = Infinity;
  let to = -1;
  let markFrom = Infinity;
  let markTo = -1;
  let anyMarked = false;
  for (const seq of sequences) anyMarked ||= seq.marked;
  for (let k = 0; k < sequences.length; k++) {
    const m = found[k]!;
    from = Math.min(from, m.from);
    to = Math.max(to, m.to);
    if (anyMarked ? sequences[k]!.marked : k === 0) {
      markFrom = Math.min(markFrom, m.markFrom);
      markTo = Math.max(markTo, m.markTo);
    }
  }
  return { from, to, markFrom, markTo };
}

/** The word ranges a pattern of this scope is looked for in: each clause, or the whole sentence. */
export function scopeRanges(words: readonly Word[], scope: MatchScope): Array<[number, number]> {
  if (words.length === 0) return [];
  return scope === 'sentence' ? [[0, words.length]] : clauseRanges(words);
}

/** Every clause (or the sentence) where the pattern matches, with the first match in each. */
export function findPattern(pattern: CompiledPattern, words: readonly Word[], scope: MatchScope, stemAlways: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const [lo, hi] of scopeRanges(words, scope)) {
    const m = findIn(pattern, words, lo, hi, stemAlways);
    if (m) found.push(m);
  }
  return found;
}

/** The word range [lo, hi) of the clause around word `i`, or the whole sentence. */
export function rangeAround(words: readonly Word[], i: number, scope: MatchScope): [number, number] {
  if (scope === 'sentence') return [0, words.length];
  const clause = words[i]!.clause;
  let lo = i;
  let hi = i + 1;
  while (lo > 0 && words[lo - 1]!.clause === clause) lo--;
  while (hi < words.length && words[hi]!.clause === clause) hi++;
  return [lo, hi];
}
