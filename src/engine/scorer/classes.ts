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
  /**
   * Class names by readings and form: the morphology shares one readings array per written form,
   * which comes back in every draft (kept as long as the morphology keeps it).
   */
  byReadings: WeakMap<readonly Reading[], Map<string, readonly string[]>>;
  /** Class names of words without readings, by form. */
  byForm: Map<string, readonly string[]>;
}

const FORM_CACHE_LIMIT = 20_000;
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
    taggers.set(data, (tagger = { atoms, stemAlways: SYNTAX[language].stemAlways, byReadings: new WeakMap(), byForm: new Map() }));
  }
  return tagger;
}

/** The names of the classes the word belongs to, sorted. */
export function classesOf(word: ClassedWord, language: Language): readonly string[] {
  const tagger = taggerFor(language);
  let byForm = tagger.byForm;
  if (word.readings) {
    const known = tagger.byReadings.get(word.readings);
    if (known) byForm = known;
    else tagger.byReadings.set(word.readings, (byForm = new Map()));
  }
  let names = byForm.get(word.norm);
  if (names) return names;
  const token: Word = { norm: word.norm, stem: stem(word.norm, language), start: 0, end: 0, readings: word.readings, negated: false, clause: 0, keys: [] };
  names = tagger.atoms.filter(([, atom]) => atomAccepts(atom, token, tagger.stemAlways)).map(([name]) => name);
  if (byForm === tagger.byForm && byForm.size >= FORM_CACHE_LIMIT) byForm.clear();
  byForm.set(word.norm, names);
  return names;
}
