/**
 * Rule kind `phrase`: word templates (match/phrase.ts) matched word by word in a sentence, with
 * the `notBefore` / `notAfter` / `unless` guards. Kept for rule data not yet rewritten as
 * constructions.
 */
import type { Sentence } from 'nlcst';
import { matchSentence, sentenceTokens, type ToneMatch } from '../match/phrase-match.js';
import type { RuleSet } from '../ruleset.js';

export function matchPhrases(sentence: Sentence, ruleSet: RuleSet, text: string): ToneMatch[] {
  if (ruleSet.rules.length === 0) return [];
  const tokens = sentenceTokens(sentence, ruleSet, text);
  return tokens.length === 0 ? [] : matchSentence(tokens, ruleSet);
}
