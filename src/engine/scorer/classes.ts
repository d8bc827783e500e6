/**
 * The named lemma classes of a word, for the scorer's class features: the rule language's classes
 * (rules/<lang>/classes.yaml, in the loaded rule data, src/engine/rule-data.ts) and, under names the rules do not
 * use, the few scorer-only classes of ./scorer-classes.ts. A class member is an atom of the
 * construction language (a lemma, `=form`, `[POS features]`), matched as the rules match it.
 */
import { atomAccepts, compileAtom, type Atom } from '../match/atom.js';
import type { Word } from '../match/tokens.js';
import type { Reading } from '../morph/types.js';
import { stem } from '../morphology.js';
import { SYNTAX } from '../lang/index.js';
import { ruleDataFor, type LanguageRuleData } from '../rule-data.js';
import type { Language, WordClasses } from '../types.js';
import { SCORER_CLASSES } from './scorer-classes.js';

/** A word as the class test needs it. */
export interface ClassedWord {
  norm: string;
  readings: readonly Reading[] | undefined;
}

interface Tagger {
  atoms: Array<[string, Atom]>;
  stemAlways: boolean;
  /** Class names by word form and readings (the same form comes back in every draft). */
  cache: Map<string, readonly string[]>;
}

const CACHE_LIMIT = 20_000;
/** Per loaded rule data (a new load brings new classes). */
const taggers = new WeakMap<LanguageRuleData, Tagger>();

/** The classes of the language: the rules' own, then the scorer's for names the rules lack. */
export function scorerClasses(language: Language): WordClasses {
  const classes: WordClasses = { ...SCORER_CLASSES[language] };
  Object.assign(classes, ruleDataFor(language).classes);
  return classes;
}

function taggerFor(language: Language): Tagger {
  const data = ruleDataFor(language);
  let tagger = taggers.get(data);
  if (!tagger) {
    const classes = scorerClasses(language);
    const ctx = { language, classes };
    const atoms = Object.keys(classes)
      .sort()
      .map((name): [string, Atom] => [name, compileAtom(`@${name}`, ctx)]);
    taggers.set(data, (tagger = { atoms, stemAlways: SYNTAX[language].stemAlways, cache: new Map() }));
  }
  return tagger;
}

/** The names of the classes the word belongs to, sorted. */
export function classesOf(word: ClassedWord, language: Language): readonly string[] {
  const tagger = taggerFor(language);
  const key = word.readings ? `${word.norm}|${word.readings.map((r) => `${r.lemma}/${r.pos}/${r.features.join('.')}`).join('|')}` : word.norm;
  let names = tagger.cache.get(key);
  if (names) return names;
  const token: Word = { norm: word.norm, stem: stem(word.norm, language), start: 0, end: 0, readings: word.readings, negated: false, clause: 0, keys: [] };
  names = tagger.atoms.filter(([, atom]) => atomAccepts(atom, token, tagger.stemAlways)).map(([name]) => name);
  if (tagger.cache.size >= CACHE_LIMIT) tagger.cache.clear();
  tagger.cache.set(key, names);
  return names;
}
