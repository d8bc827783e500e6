/**
 * Rule data compiled for matching: `phrase` rules to slots with an index by first words,
 * `construction` rules to compiled patterns with an index by their rarest atom.
 */
import { compileConstructionSet, type ConstructionSet } from './checks/construction.js';
import { SYNTAX, type SyntaxData } from './lang/index.js';
import { compilePattern, slotKeys, type Slot } from './match/phrase.js';
import { compileConstruction, type CompileContext, type CompiledPattern as CompiledConstructionPattern } from './match/compile.js';
import type { Analyse } from './match/tokens.js';
import type { Language, NamedPatterns, RuleData, WordClasses } from './types.js';

export interface CompiledRule {
  data: RuleData;
  patterns: Slot[][];
  notBefore: Slot | undefined;
  notAfter: Slot | undefined;
  unless: Slot[][];
}

export interface CompiledPattern {
  rule: CompiledRule;
  slots: Slot[];
  /** The matcher's mark that this pattern was already tried at the current word. */
  stamp: number;
}

export interface RuleSet {
  language: Language;
  /** The `phrase` rules. */
  rules: CompiledRule[];
  /** The `construction` rules and their index. */
  constructions: ConstructionSet;
  syntax: SyntaxData;
  /** Analyses words the morphology plugin left without readings (English contraction parts). */
  analyse?: Analyse;
  /**
   * The writer owning the failure (`$own-fault` of rules/<lang>/patterns.yaml): the guard every
   * excuse and blame construction uses, and the one the trained scorer respects too.
   */
  ownFault: CompiledConstructionPattern[];
  /** Patterns whose second slot is not a required word, by the keys of their first word (see pattern.ts `tokenKeys`). */
  index: Map<string, CompiledPattern[]>;
  /**
   * Patterns that start with two required words, by the keys of the first and then of the
   * second word: common first words ("we", «вы») start many patterns, and looking at the next
   * word too leaves only a few candidates to try.
   */
  pairs: Map<string, Map<string, CompiledPattern[]>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  if (!list.includes(value)) list.push(value);
}

function wordSetSlot(words: string[] | undefined, language: Language, classes: WordClasses): Slot | undefined {
  if (!words || words.length === 0) return undefined;
  return compilePattern(`(${words.join('|')})`, language, classes)[0];
}

export interface RuleSetOptions {
  analyse?: Analyse;
  /**
   * The build-time key atoms of the rule data the set is compiled from (rule-data.ts `keyAtoms`):
   * its construction patterns are then indexed at once and compiled on first use. Only for that
   * data's own classes and named patterns (with the structure data's classes for the cues).
   */
  keyAtoms?: CompileContext['keyAtoms'];
}

export function compileRuleSet(
  language: Language,
  rules: readonly RuleData[],
  classes: WordClasses,
  patterns: NamedPatterns = {},
  { analyse, keyAtoms }: RuleSetOptions = {},
): RuleSet {
  const compiled: CompiledRule[] = [];
  const index = new Map<string, CompiledPattern[]>();
  const pairs = new Map<string, Map<string, CompiledPattern[]>>();
  for (const data of rules) {
    if (data.language !== language || (data.kind ?? 'phrase') !== 'phrase') continue;
    const rule: CompiledRule = {
      data,
      patterns: data.patterns.map((p) => compilePattern(p, language, classes)),
      notBefore: wordSetSlot(data.notBefore, language, classes),
      notAfter: wordSetSlot(data.notAfter, language, classes),
      unless: (data.unless ?? []).map((p) => compilePattern(p, language, classes)),
    };
    compiled.push(rule);
    for (const slots of rule.patterns) {
      const pattern: CompiledPattern = { rule, slots, stamp: 0 };
      const second = slots[1];
      const paired = second !== undefined && second.kind === 'word' && !second.optional;
      for (const key of slotKeys(slots[0]!)) {
        if (!paired) {
          push(index, key, pattern);
          continue;
        }
        let byNext = pairs.get(key);
        if (!byNext) pairs.set(key, (byNext = new Map()));
        for (const next of slotKeys(second)) push(byNext, next, pattern);
      }
    }
  }
  const syntax = SYNTAX[language];
  const ctx: CompileContext = { language, classes, patterns, common: syntax.common, keyAtoms };
  const constructions = compileConstructionSet(
    rules.filter((r) => r.language === language),
    ctx,
    syntax.stemAlways,
  );
  const ownFault = patterns['own-fault'] ? compileConstruction('$own-fault', ctx) : [];
  return { language, rules: compiled, constructions, syntax, analyse, index, pairs, ownFault };
}
