/** Rule data compiled for matching: patterns to slots, guards to word sets, an index by first word. */
import { compilePattern, slotKeys, type Slot } from './pattern.js';
import type { Language, RuleData, WordClasses } from './types.js';

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
}

export interface RuleSet {
  language: Language;
  rules: CompiledRule[];
  /** Patterns by the keys of their first word (see pattern.ts `tokenKeys`). */
  index: Map<string, CompiledPattern[]>;
}

function wordSetSlot(words: string[] | undefined, language: Language, classes: WordClasses): Slot | undefined {
  if (!words || words.length === 0) return undefined;
  return compilePattern(`(${words.join('|')})`, language, classes)[0];
}

export function compileRuleSet(language: Language, rules: readonly RuleData[], classes: WordClasses): RuleSet {
  const compiled: CompiledRule[] = [];
  const index = new Map<string, CompiledPattern[]>();
  for (const data of rules) {
    if (data.language !== language) continue;
    const rule: CompiledRule = {
      data,
      patterns: data.patterns.map((p) => compilePattern(p, language, classes)),
      notBefore: wordSetSlot(data.notBefore, language, classes),
      notAfter: wordSetSlot(data.notAfter, language, classes),
      unless: (data.unless ?? []).map((p) => compilePattern(p, language, classes)),
    };
    compiled.push(rule);
    for (const slots of rule.patterns) {
      for (const key of slotKeys(slots[0]!)) {
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push({ rule, slots });
      }
    }
  }
  return { language, rules: compiled, index };
}
