/** The unified pipelines, one per language: retext-latin parses, the tone plugin matches. */
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextSincerelyTone from './plugins/tone.js';
import { compileRuleSet, type RuleSet } from './ruleset.js';
import { CLASSES, RULES } from './rules/data.generated.js';
import type { Language, ToneCategory } from './types.js';

/** A tone match inside one paragraph, with offsets relative to the paragraph. */
export interface ParagraphMatch {
  ruleId: string;
  category: ToneCategory;
  message: string;
  note: string;
  expected: string[];
  start: number;
  end: number;
}

const ruleSets = new Map<Language, RuleSet>();
const processors = new Map<Language, ReturnType<typeof makeProcessor>>();

export function ruleSetFor(language: Language): RuleSet {
  let set = ruleSets.get(language);
  if (!set) ruleSets.set(language, (set = compileRuleSet(language, RULES, CLASSES[language])));
  return set;
}

function makeProcessor(language: Language) {
  return unified().use(retextLatin).use(retextSincerelyTone, { ruleSet: ruleSetFor(language) }).freeze();
}

/**
 * Lints one paragraph of masked text. Line breaks inside it are read as spaces, so that a
 * phrase wrapped over two lines is still found (the text keeps its length, offsets hold).
 */
export function lintParagraph(text: string, language: Language): ParagraphMatch[] {
  let processor = processors.get(language);
  if (!processor) processors.set(language, (processor = makeProcessor(language)));
  const file = new VFile(text.replace(/[\r\n]/g, ' '));
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => {
    const extra = m as unknown as { category: ToneCategory; offset: number; endOffset: number };
    return {
      ruleId: m.ruleId ?? 'unknown',
      category: extra.category,
      message: m.reason,
      note: m.note ?? '',
      expected: [...(m.expected ?? [])],
      start: extra.offset,
      end: extra.endOffset,
    };
  });
}
