/**
 * The unified pipelines, one per language: retext-latin's parser (./latin.ts) parses, the morphology plugin analyses
 * the words, the tone plugin matches, and (when asked) the structure plugin finds the cues of
 * the reply's parts.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextLatinLine from './latin.js';
import retextSincerelyMorph from './morph/plugin.js';
import retextSincerelyTone from './plugins/tone.js';
import { modelFor } from './scorer/models.js';
import retextSincerelyScorer from './scorer/plugin.js';
import { cueSetFor } from './structure/cues.js';
import retextSincerelyStructure, { emptyStructure, type ParagraphStructure } from './structure/plugin.js';
import { compileRuleSet, type RuleSet } from './ruleset.js';
import { ruleDataFor, type LanguageRuleData } from './rule-data.js';
import { preloadStems } from './morphology.js';
import type { Category, Language, Reach } from './types.js';

/** A match inside one paragraph (tone rules; structure checks use the same shape), offsets relative to the paragraph. */
export interface ParagraphMatch {
  ruleId: string;
  category: Category;
  message: string;
  note: string;
  expected: string[];
  start: number;
  end: number;
  /** What each suggestion replaces, and the match's sentence (paragraph offsets); tone rules only. */
  reach?: Reach[];
  sentence?: [number, number];
}

// Compiled per loaded rule data object: a language's data is empty until it is loaded.
const ruleSets = new WeakMap<LanguageRuleData, RuleSet>();
const processors = new WeakMap<LanguageRuleData, Map<string, ReturnType<typeof makeProcessor>>>();

export function ruleSetFor(language: Language): RuleSet {
  const data = ruleDataFor(language);
  let set = ruleSets.get(data);
  if (!set) {
    if (data.stems) preloadStems(language, data.stems);
    ruleSets.set(data, (set = compileRuleSet(language, data.rules, data.classes, data.patterns, { keyAtoms: data.keyAtoms })));
  }
  return set;
}

function makeProcessor(language: Language, structure: boolean) {
  const cueSet = structure ? cueSetFor(language) : undefined;
  const base = unified()
    .use(retextLatinLine)
    .use(retextSincerelyMorph, { language })
    .use(retextSincerelyTone, { ruleSet: ruleSetFor(language) })
    // The model is looked up on every run: it is there once the language's weights are loaded.
    .use(retextSincerelyScorer, { language, model: () => modelFor(language), ruleSet: ruleSetFor(language) });
  return (cueSet ? base.use(retextSincerelyStructure, { cueSet }) : base).freeze();
}

/** One paragraph's tone matches and, when asked for, its structure cues. */
export interface ParagraphAnalysis {
  matches: ParagraphMatch[];
  structure?: ParagraphStructure;
}

/**
 * Lints one paragraph of masked text and, with `structure`, also finds the cues of the reply's
 * parts in it. Line breaks inside it are read as spaces, so that a phrase wrapped over two lines
 * is still found (the text keeps its length, offsets hold).
 */
export function analyseParagraph(text: string, language: Language, structure: boolean): ParagraphAnalysis {
  const data = ruleDataFor(language);
  let built = processors.get(data);
  if (!built) processors.set(data, (built = new Map()));
  const key = String(structure);
  let processor = built.get(key);
  if (!processor) built.set(key, (processor = makeProcessor(language, structure)));
  const file = new VFile(text.replace(/[\r\n]/g, ' '));
  processor.runSync(processor.parse(file), file);
  const matches = file.messages.map((m) => {
    const extra = m as unknown as { category: Category; offset: number; endOffset: number; reach?: Reach[]; sentenceStart?: number; sentenceEnd?: number };
    return {
      ruleId: m.ruleId ?? 'unknown',
      category: extra.category,
      message: m.reason,
      note: m.note ?? '',
      expected: [...(m.expected ?? [])],
      start: extra.offset,
      end: extra.endOffset,
      ...(extra.reach ? { reach: extra.reach } : {}),
      ...(extra.sentenceStart !== undefined && extra.sentenceEnd !== undefined
        ? { sentence: [extra.sentenceStart, extra.sentenceEnd] as [number, number] }
        : {}),
    };
  });
  if (!structure) return { matches };
  return { matches, structure: (file.data as { structure?: ParagraphStructure }).structure ?? emptyStructure() };
}
