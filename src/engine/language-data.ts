/**
 * What a language loads from the host before its analysis is whole: its rule data
 * (`rules/<lang>.json`), the morphology dictionaries (`<lang>/…`) and the scorer's weights
 * (`scorer/<lang>.json`), all through one DictionarySource. Until they are loaded, the language
 * has no rules, words read as X and the scorer reports nothing.
 */
import { isMorphologyLoaded, loadMorphology, morphologyGeneration, unloadMorphology } from './morph/registry.js';
import type { DictionarySource } from './morph/types.js';
import { isRuleDataLoaded, loadRuleData, ruleDataGeneration, unloadRuleData } from './rule-data.js';
import { isScorerLoaded, loadScorer, scorerGeneration, unloadScorer } from './scorer/models.js';
import { LANGUAGES, type Language } from './types.js';

/**
 * Loads the rule data, the dictionaries and the weights of `languages` (default: all). The loads
 * run to their end; the promise rejects if any failed, and what did load stays loaded.
 */
export async function loadLanguageData(source: DictionarySource, languages: readonly Language[] = LANGUAGES): Promise<void> {
  const results = await Promise.allSettled([loadRuleData(source, languages), loadMorphology(source, languages), loadScorer(source, languages)]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

export function isLanguageDataLoaded(language: Language): boolean {
  return isRuleDataLoaded(language) && isMorphologyLoaded(language) && isScorerLoaded(language);
}

/** Changes whenever rule data, dictionaries or weights are loaded or unloaded: part of the keys of cached results. */
export function languageDataGeneration(): string {
  return `${ruleDataGeneration()}.${morphologyGeneration()}.${scorerGeneration()}`;
}

/** Forgets the loaded languages (all by default). For tests. */
export function unloadLanguageData(languages: readonly Language[] = LANGUAGES): void {
  unloadRuleData(languages);
  unloadMorphology(languages);
  unloadScorer(languages);
}
