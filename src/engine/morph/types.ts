/**
 * The morphology layer's shared vocabulary. Every word node of the nlcst tree carries
 * `data.morph: WordMorph` after the morphology plugin ran; rules, structure cues and the scorer
 * read these fields and never raw strings.
 *
 * Parts of speech and features follow Universal Dependencies (universaldependencies.org), so
 * that one name means the same in Russian and English and a linguist can read the rules.
 */
import type { Language } from '../types.js';

/** Universal POS tags. Participles and infinitives are VERB with a `VerbForm` feature. */
export type Pos = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'PRON' | 'DET' | 'ADP' | 'CCONJ' | 'SCONJ' | 'PART' | 'NUM' | 'INTJ' | 'X';

/**
 * Features as short lower-case tags (a closed list, so rules can be checked when compiled):
 * case `nom gen dat acc ins loc`; number `sg pl`; gender `masc fem neut`; person `1p 2p 3p`;
 * tense `past pres fut`; verb form `inf part conv fin`; mood `imp cond`; voice `pass`;
 * `short` (short adjective or participle); aspect `perf impf`; `neg` (a negative word itself:
 * не, нет, not, never).
 */
export const FEATURES = [
  'nom',
  'gen',
  'dat',
  'acc',
  'ins',
  'loc',
  'sg',
  'pl',
  'masc',
  'fem',
  'neut',
  '1p',
  '2p',
  '3p',
  'past',
  'pres',
  'fut',
  'inf',
  'part',
  'conv',
  'fin',
  'imp',
  'cond',
  'pass',
  'short',
  'perf',
  'impf',
  'neg',
] as const;
export type Feature = (typeof FEATURES)[number];

/** One reading of a word form; a form can have several (курьера: gen or acc). */
export interface Reading {
  /** Dictionary form, normalised like the text: lower case, ё → е. */
  lemma: string;
  pos: Pos;
  features: readonly Feature[];
}

/** What the morphology plugin puts on each word node as `data.morph`. */
export interface WordMorph {
  /** The normalised surface form (lower case, ё → е). */
  norm: string;
  /** Most probable first; never empty (an unknown word gets one reading: itself, pos X). */
  readings: readonly Reading[];
  /** True when a negation (не / not / never / n't …) governs this word inside its clause. */
  negated: boolean;
  /**
   * Only on a word that stands for several (English contractions, which retext-latin keeps as
   * one word node): the words it abbreviates, in order, each analysed on its own
   * (didn't → did + not, we're → we + are). `readings` of the whole word are those of its
   * first part; a part carries `negated` like a word of the clause.
   */
  parts?: readonly WordMorph[];
}

/** A word analyser for one language: pure, synchronous once loaded, cached by word form. */
export interface Analyzer {
  readonly language: Language;
  analyse(normalizedWord: string): readonly Reading[];
}

/**
 * Where dictionaries come from. The CLI and tests read files with node:fs, the desktop and web
 * extension hosts through vscode.workspace.fs from the extension's folder. `name` is a path
 * relative to the dictionaries folder (`dist/dict/` in a build), e.g. `ru/words.dawg`.
 */
export interface DictionarySource {
  read(name: string): Promise<Uint8Array>;
}
