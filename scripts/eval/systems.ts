/**
 * The systems compared by the evaluation, each a function from one sentence to the labelled
 * categories it flags: the rules alone, the trained scorer alone, and both (what `lint` ships).
 * "Rules alone" is `lint` without the scorer's own findings: the rules as the scorer confirms
 * them (docs/scorer.md, Confirmation).
 */
import { lint } from '../../src/engine/index.js';
import { scorerSentences } from '../../src/engine/scorer/analyse.js';
import { SCORER_RULE_IDS } from '../../src/engine/scorer/messages.js';
import { modelFor } from '../../src/engine/scorer/models.js';
import { decide } from '../../src/engine/scorer/plugin.js';
import type { Language } from '../../src/engine/types.js';
import { LABELLED, type Labelled } from './data.js';

export interface Prediction {
  categories: Set<Labelled>;
  /** What fired, for the list of misses. */
  detail: string;
}

export interface System {
  name: string;
  predict(text: string, language: Language): Prediction;
}

const isLabelled = (c: string): c is Labelled => (LABELLED as readonly string[]).includes(c);

function fromLint(text: string, language: Language, disabledRules: readonly string[] = []): Prediction {
  const findings = lint(text, { language, structure: false, disabledRules });
  const categories = new Set<Labelled>();
  for (const f of findings) if (isLabelled(f.category)) categories.add(f.category);
  const detail = findings.map((f) => `${f.category}/${f.ruleId} «${f.actual}»`).join('; ') || 'nothing';
  return { categories, detail };
}

/** The scorer on its own: every sentence whose score reaches the threshold, rules or not. */
function fromScorer(text: string, language: Language): Prediction {
  const model = modelFor(language);
  if (!model) throw new Error(`the ${language} scorer weights are not loaded`);
  const categories = new Set<Labelled>();
  const details: string[] = [];
  for (const s of scorerSentences(text, language, model)) {
    const category = decide(s.words, s.features, model);
    if (!category) continue;
    categories.add(category);
    details.push(`${category} ${s.scored!.score.toFixed(2)}`);
  }
  return { categories, detail: details.join('; ') || 'nothing' };
}

const SCORER_IDS = Object.values(SCORER_RULE_IDS);

/** The last one is what `lint` ships. */
export const SYSTEMS: System[] = [
  { name: 'rules', predict: (text, language) => fromLint(text, language, SCORER_IDS) },
  { name: 'scorer', predict: fromScorer },
  { name: 'both', predict: (text, language) => fromLint(text, language) },
];
