/**
 * The analysers of the loaded languages. Loading is asynchronous and explicit (the CLI and the
 * test set-up await it, the extension starts it off the activation path); analysis is
 * synchronous and cached by word form. A language whose dictionaries are not loaded gets the
 * fallback analyser (the word itself, pos X), so the engine works without them.
 */
import { LanguageStore } from '../language-store.js';
import { expandContraction } from '../morphology.js';
import { LANGUAGES, type Language } from '../types.js';
import { loadEnglish } from './english.js';
import { loadRussian } from './russian.js';
import type { Analyzer, DictionarySource, Reading, WordMorph } from './types.js';

const LOADERS: Record<Language, (source: DictionarySource) => Promise<Analyzer>> = {
  ru: loadRussian,
  en: loadEnglish,
};

/** Cached analysers of the loaded languages. */
const loaded = new LanguageStore<Analyzer>();
const fallbacks = new Map<Language, Analyzer>();

/** Forms kept per language before the cache starts over (a long draft has a few thousand). */
const CACHE_LIMIT = 100_000;

function cached(analyzer: Analyzer): Analyzer {
  const cache = new Map<string, readonly Reading[]>();
  return {
    language: analyzer.language,
    analyse(word) {
      let readings = cache.get(word);
      if (!readings) {
        readings = analyzer.analyse(word);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, readings);
      }
      return readings;
    },
  };
}

/** The analyser used while a language is not loaded: one reading, the word itself, pos X. */
export function fallbackAnalyzer(language: Language): Analyzer {
  let analyzer = fallbacks.get(language);
  if (!analyzer) {
    analyzer = { language, analyse: (word) => [{ lemma: word, pos: 'X', features: [] }] };
    fallbacks.set(language, analyzer);
  }
  return analyzer;
}

/**
 * Loads the dictionaries of `languages` from `source`. Languages already loaded are skipped and
 * concurrent calls share one load; a failed load rejects and leaves the fallback in place.
 */
export async function loadMorphology(source: DictionarySource, languages: readonly Language[] = LANGUAGES): Promise<void> {
  await loaded.load(languages, async (language) => cached(await LOADERS[language](source)));
}

export function isMorphologyLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** The analyser of `language`: the loaded one, or the fallback. Synchronous. */
export function analyzerFor(language: Language): Analyzer {
  return loaded.get(language) ?? fallbackAnalyzer(language);
}

/**
 * A number that changes whenever a language is loaded or unloaded: caches of results that
 * depend on the analyses (the linter's paragraph cache) include it in their keys.
 */
export function morphologyGeneration(): number {
  return loaded.generation;
}

/** Forgets loaded languages (all by default), so that the fallback is used again. For tests. */
export function unloadMorphology(languages: readonly Language[] = LANGUAGES): void {
  loaded.unload(languages);
}

/**
 * The analysis of one normalised word, without `negated` (which depends on its clause).
 * English contractions get `parts`, one per word they stand for.
 */
export function analyseWord(norm: string, language: Language): Omit<WordMorph, 'negated'> {
  const analyzer = analyzerFor(language);
  if (language === 'en' && norm.includes("'")) {
    const words = expandContraction(norm);
    if (words.length > 1) {
      const parts = words.map((word) => ({ norm: word, readings: analyzer.analyse(word), negated: false }));
      return { norm, readings: parts[0]!.readings, parts };
    }
  }
  return { norm, readings: analyzer.analyse(norm) };
}

/** The languages a text may need: the forced one, or those whose letters it contains. */
export function languagesOfText(text: string, language: 'auto' | Language = 'auto'): Language[] {
  if (language !== 'auto') return [language];
  const languages: Language[] = [];
  if (/[а-яё]/i.test(text)) languages.push('ru');
  if (/[a-z]/i.test(text)) languages.push('en');
  return languages;
}
