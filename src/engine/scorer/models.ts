/**
 * The scorer's models, one per language, loaded from the weights the host ships: the file
 * `scorer/<lang>.json` of the same DictionarySource as the morphology (dist/dict/scorer/ in a
 * build, minified from weights/<lang>.json by scripts/dictionaries.mjs). Nothing loads at import;
 * while a language's weights are not loaded, `modelFor` gives nothing and the scorer is silent.
 */
import type { DictionarySource } from '../morph/types.js';
import { LanguageStore } from '../language-store.js';
import { LANGUAGES, type Language } from '../types.js';
import { Model, type WeightsFile } from './model.js';

/** The weights file of a language, relative to the dictionaries folder. */
export const weightsFileName = (language: Language): string => `scorer/${language}.json`;

const models = new LanguageStore<Model>();

/** A model from the text of a weights file; throws on a file that is not this language's weights. */
export function parseWeights(language: Language, text: string): Model {
  const file = JSON.parse(text) as WeightsFile;
  if (file.language !== language) throw new Error(`scorer weights: ${weightsFileName(language)} holds the weights of "${file.language}"`);
  return new Model(file);
}

/**
 * Loads the weights of `languages` from `source`. Languages already loaded are skipped and
 * concurrent calls share one load; a failed load rejects and leaves the scorer silent.
 */
export async function loadScorer(source: DictionarySource, languages: readonly Language[] = LANGUAGES): Promise<void> {
  await models.load(languages, async (language) => parseWeights(language, new TextDecoder('utf-8').decode(await source.read(weightsFileName(language)))));
}

/** The model of a language, or undefined while its weights are not loaded. */
export function modelFor(language: Language): Model | undefined {
  return models.get(language);
}

export function isScorerLoaded(language: Language): boolean {
  return models.has(language);
}

/** Changes whenever weights are loaded or unloaded (for cache keys, like morphologyGeneration). */
export function scorerGeneration(): number {
  return models.generation;
}

/** Forgets loaded weights (all by default), so that the scorer is silent again. For tests. */
export function unloadScorer(languages: readonly Language[] = LANGUAGES): void {
  models.unload(languages);
}
