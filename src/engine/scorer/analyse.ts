/**
 * The scorer on its own, for training and evaluation: every sentence of a text with its features
 * (rule matches included) and, when a model is given, its scores, with no rule precedence. The text
 * is masked as `lint` masks it (quoted and code text hidden), so that training reads what linting reads.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextLatinLine from '../latin.js';
import { mask } from '../mask.js';
import retextSincerelyMorph from '../morph/plugin.js';
import retextSincerelyTone from '../plugins/tone.js';
import { ruleSetFor } from '../processor.js';
import type { Language } from '../types.js';
import type { Model, Scored } from './model.js';
import retextSincerelyScorer, { type SentenceRecord } from './plugin.js';

const processors = new Map<Language, ReturnType<typeof makeProcessor>>();

function makeProcessor(language: Language) {
  return unified()
    .use(retextLatinLine)
    .use(retextSincerelyMorph, { language })
    .use(retextSincerelyTone, { ruleSet: ruleSetFor(language) })
    .use(retextSincerelyScorer, { language, record: true })
    .freeze();
}

export interface ScoredSentence extends SentenceRecord {
  scored?: Scored;
}

export function scorerSentences(text: string, language: Language, model?: Model): ScoredSentence[] {
  let processor = processors.get(language);
  if (!processor) processors.set(language, (processor = makeProcessor(language)));
  // Masked as `lint` masks a draft (quotes, code): the scorer learns from and is measured on what it reads when it lints.
  const file = new VFile(mask(text).replace(/[\r\n]/g, ' '));
  processor.runSync(processor.parse(file), file);
  const records = (file.data as { scorer?: SentenceRecord[] }).scorer ?? [];
  return records.map((r) => (model ? { ...r, scored: model.score(r.features.names) } : r));
}
