/**
 * Rule kind `phrase`: word templates (match/phrase.ts) matched word by word in a sentence, with
 * the `notBefore` / `notAfter` / `unless` guards. Kept for rule data not yet rewritten as
 * constructions.
 */
import type { Sentence } from 'nlcst';
import { sentenceMatches, type ToneMatch } from '../match/phrase-match.js';
import type { RuleSet } from '../ruleset.js';

export function matchPhrases(sentence: Sentence, ruleSet: RuleSet, text: string): ToneMatch[] {
  if (ruleSet.rules.length === 0) return [];
  return sentenceMatches(sentence, ruleSet, text);
}
