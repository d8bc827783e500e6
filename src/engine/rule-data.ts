/**
 * The rule data of each language (its rules, classes, named patterns, structure data and the
 * stems of their words), built from rules/<lang>/*.yaml by scripts/build-rules.ts into
 * `rules/<lang>.json` of the dictionaries folder (dist/dict/rules/) and loaded through the same
 * DictionarySource as the dictionaries and the scorer's weights. It is not in the bundles: a third
 * of their code, it was compiled at every activation and CLI start. Until a language's data is
 * loaded, that language has no rules and no structure data (the analysis finds nothing of them);
 * results cached before the load are keyed by `ruleDataGeneration()`.
 */
import { LanguageStore } from './language-store.js';
import type { DictionarySource } from './morph/types.js';
import { LANGUAGES, type Language, type NamedPatterns, type RuleData, type StructureData, type WordClasses } from './types.js';

export interface LanguageRuleData {
  language: Language;
  /** The rules of this language only. */
  rules: RuleData[];
  classes: WordClasses;
  patterns: NamedPatterns;
  structure?: StructureData;
  /** Snowball stems of the words of the data, "word stem" lines (the word alone when it is its own stem); see morphology.ts `preloadStems`. */
  stems: string;
  /**
   * The index key atom of each alternative of each construction pattern source (the rules', the
   * structure cues', `$own-fault`), found at build time with the classes of the data and of its
   * structure data: a rule set indexes its patterns by them and compiles a pattern only when a
   * draft first tries it (match/compile.ts `keyAtomsOf`).
   */
  keyAtoms?: Record<string, Array<string | null>>;
}

/** The rule data file of a language, relative to the dictionaries folder. */
export const ruleDataFileName = (language: Language): string => `rules/${language}.json`;

const store = new LanguageStore<LanguageRuleData>();
const empty = new Map<Language, LanguageRuleData>();

/** A language's rule data from the text of its file; throws on a file of another language. */
export function parseRuleData(language: Language, text: string): LanguageRuleData {
  const data = JSON.parse(text) as LanguageRuleData;
  if (data.language !== language) throw new Error(`rule data: ${ruleDataFileName(language)} holds the rules of "${data.language}"`);
  return data;
}

/** Loads the rule data of `languages` not loaded yet from `source`; a failed load rejects and leaves the language without rules. */
export async function loadRuleData(source: DictionarySource, languages: readonly Language[] = LANGUAGES): Promise<void> {
  await store.load(languages, async (language) => parseRuleData(language, new TextDecoder('utf-8').decode(await source.read(ruleDataFileName(language)))));
}

/**
 * The loaded rule data of a language, or an empty one (no rules, no structure data) while it is
 * not loaded. The object changes only when a load or an unload does: compiled forms can be cached by it.
 */
export function ruleDataFor(language: Language): LanguageRuleData {
  const loaded = store.get(language);
  if (loaded) return loaded;
  let none = empty.get(language);
  if (!none) empty.set(language, (none = { language, rules: [], classes: {}, patterns: {}, stems: '' }));
  return none;
}

/** The structure data of the loaded languages (reply checks give their messages in the language of what they mark). */
export function loadedStructureData(): Partial<Record<Language, StructureData>> {
  const out: Partial<Record<Language, StructureData>> = {};
  for (const language of LANGUAGES) {
    const structure = store.get(language)?.structure;
    if (structure) out[language] = structure;
  }
  return out;
}

export function isRuleDataLoaded(language: Language): boolean {
  return store.has(language);
}

/** Changes whenever rule data is loaded or unloaded (for cache keys). */
export function ruleDataGeneration(): number {
  return store.generation;
}

/** Forgets loaded rule data (all by default). For tests. */
export function unloadRuleData(languages: readonly Language[] = LANGUAGES): void {
  store.unload(languages);
}
