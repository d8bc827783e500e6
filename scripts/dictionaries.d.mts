// Types of scripts/dictionaries.mjs (a plain ES module, so that esbuild.mjs can run it).
export const RU_FILES: readonly string[];
export const EN_LEXICON: string;
export function englishLexiconText(): string;
export function buildDictionaries(outDir: string): boolean;
export function scorerWeightsText(language: string): string;
