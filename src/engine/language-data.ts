/**
 * What a language loads from the host before its analysis is whole: the morphology dictionaries
 * (`<lang>/…`) and the scorer's weights (`scorer/<lang>.json`), both through one
 * DictionarySource. Until they are loaded, words read as X and the scorer reports nothing.
 */
import { isMorphologyLoaded, loadMorphology, morphologyGeneration, unloadMorphology } from './morph/registry.js';
import type { DictionarySource } from './morph/types.js';
import { isScorerLoaded, loadScorer, scorerGeneration, unloadScorer } from './scorer/models.js';
import { LANGUAGES, type Language } from './types.js';

/**
 * Loads the dictionaries and the weights of `languages` (default: all). Both loads run to their
 * end; the promise rejects if either failed, and what did load stays loaded.
 */
export async function loadLanguageData(source: DictionarySource, languages: readonly Language[] = LANGUAGES): Promise<void> {
  const results = await Promise.allSettled([loadMorphology(source, languages), loadScorer(source, languages)]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

export function isLanguageDataLoaded(language: Language): boolean {
  return isMorphologyLoaded(language) && isScorerLoaded(language);
}

/** Changes whenever dictionaries or weights are loaded or unloaded: part of the keys of cached results. */
export function languageDataGeneration(): string {
  return `${morphologyGeneration()}.${scorerGeneration()}`;
}

/** Forgets the loaded languages (all by default). For tests. */
export function unloadLanguageData(languages: readonly Language[] = LANGUAGES): void {
  unloadMorphology(languages);
  unloadScorer(languages);
}
