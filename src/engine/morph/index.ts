/**
 * The morphology layer: lemma, part of speech and features of every word (types.ts holds the
 * vocabulary).
 *
 * Public API:
 *  - `loadMorphology(source, languages?)`: async; loads the dictionaries of the languages
 *    (default: all) through a `DictionarySource` (files `ru/*` of the az package, `en/lexicon.tsv`;
 *    built into `dist/dict/` by esbuild.mjs). Concurrent calls share a load; loaded languages are
 *    skipped. Nothing loads by itself: the CLI, the test set-up and the extension call it.
 *  - `isMorphologyLoaded(language)`, `analyzerFor(language)` (sync; cached by word form; the
 *    fallback analyser — the word itself, pos X — while a language is not loaded),
 *    `analyseWord(norm, language)` (one word, with `parts` for English contractions),
 *    `languagesOfText(text, language)` (which languages a text needs),
 *    `morphologyGeneration()` (changes on every load, for cache keys), `unloadMorphology()` (tests).
 *  - `retextSincerelyMorph` (plugin.ts): a retext plugin that puts `data.morph: WordMorph` on every
 *    word node, `negated` included; the engine's processor runs it before the tone plugin.
 */
export * from './types.js';
export {
  analyseWord,
  analyzerFor,
  fallbackAnalyzer,
  isMorphologyLoaded,
  languagesOfText,
  loadMorphology,
  morphologyGeneration,
  unloadMorphology,
} from './registry.js';
export { default as retextSincerelyMorph, markSentence, type MorphOptions } from './plugin.js';
