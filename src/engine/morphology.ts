/**
 * Word normalisation and stemming. Rules and drafts pass through the same functions, so a
 * pattern word matches every inflected form that shares its Snowball stem
 * (поняли/понял/поняла → поня, blame/blamed/blaming → blame).
 */
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import type { Language } from './types.js';

const stemmers: Record<Language, { stemWord(word: string): string }> = {
  ru: new StemmerRu(),
  en: new StemmerEn(),
};

const caches: Record<Language, Map<string, string>> = { ru: new Map(), en: new Map() };
const CACHE_LIMIT = 50_000;

/** Lower case, ё → е, typographic apostrophes → ', soft hyphens and zero-width marks dropped. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2019\u2018\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

const preloaded = new Set<Language>();

/**
 * Fills the stem cache from a table computed at build time ("word stem" lines, the word alone
 * when it is its own stem; STEMS of the generated rule data), so that compiling the rules does
 * not run the stemmer on thousands of lemmas. The stems are those `stem()` gives.
 */
export function preloadStems(language: Language, table: string): void {
  if (preloaded.has(language)) return;
  preloaded.add(language);
  const cache = caches[language];
  for (const line of table.split('\n')) {
    if (!line || cache.size >= CACHE_LIMIT) continue;
    const space = line.indexOf(' ');
    if (space < 0) cache.set(line, line);
    else cache.set(line.slice(0, space), line.slice(space + 1));
  }
}

/** The stem of an already normalised word. */
export function stem(normalized: string, language: Language): string {
  const cache = caches[language];
  let result = cache.get(normalized);
  if (result === undefined) {
    result = stemmers[language].stemWord(normalized) || normalized;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(normalized, result);
  }
  return result;
}

// English contractions are split into the words they stand for, so that a pattern written
// as "we did not" also matches "we didn't". Only pronoun + 's is expanded: "client's" stays.
const S_IS = new Set(['it', 'that', 'he', 'she', 'there', 'what', 'here', 'who', 'this', 'where']);
const IRREGULAR: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
  "ain't": ['is', 'not'],
};

/** Splits a normalised English word into the words it abbreviates (or returns it alone). */
export function expandContraction(word: string): string[] {
  if (!word.includes("'")) return [word];
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let m = /^(.+)n't$/.exec(word);
  if (m) return [m[1]!, 'not'];
  m = /^(.+)'(ll|re|ve|m|d|s)$/.exec(word);
  if (m) {
    const base = m[1]!;
    switch (m[2]) {
      case 'll':
        return [base, 'will'];
      case 're':
        return [base, 'are'];
      case 've':
        return [base, 'have'];
      case 'm':
        return [base, 'am'];
      case 'd':
        return [base, 'would'];
      case 's':
        return S_IS.has(base) ? [base, 'is'] : [word];
    }
  }
  return [word];
}
