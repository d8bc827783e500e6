/**
 * retext plugin: scores every sentence with the trained model and reports the sentences that
 * read as an excuse, blame-shifting, defensiveness or minimizing although no rule of those
 * categories fired there (rules keep precedence), and drops the rules' findings of those categories
 * in a sentence it reads as clearly acceptable (confirmation, `Model.vetoes`). Runs after the morphology plugin (lemmas,
 * parts of speech) and the tone plugin (its messages are features). While the language's
 * morphology or its weights are not loaded, it reports nothing. With `record`, it keeps each
 * sentence's features in `file.data.scorer`.
 */
import type { Root } from 'nlcst';
import { fileMessage } from '../plugins/message.js';
import type { VFile } from 'vfile';
import { findIn } from '../match/match.js';
import { sentenceWords as constructionWords } from '../match/tokens.js';
import { isMorphologyLoaded } from '../morph/registry.js';
import type { RuleSet } from '../ruleset.js';
import { sentenceMatches, sentencesOf } from '../plugins/tone.js';
import { cueSetFor } from '../structure/cues.js';
import type { Language } from '../types.js';
import { PART, sentenceFeatureNames, sentenceFeatures, sentenceTally, type FiredRule, type SentenceFeatures } from './features.js';
import { PLAIN } from './names.js';
import { SCORER_RULE_IDS, SCORER_TEXT } from './messages.js';
import { REPORTED, type Model, type ReportedClass, type Scored, type Tally } from './model.js';
import { sentenceWords, type ScorerWord } from './words.js';

export interface ScorerOptions {
  language: Language;
  /**
   * Without a model, nothing is reported (features can still be recorded). A function is asked
   * on every run, so that the scorer speaks once the language's weights are loaded.
   */
  model?: Model | (() => Model | undefined);
  /** The language's rules: their ownership guard (`$own-fault`) silences the scorer too. */
  ruleSet?: RuleSet;
  record?: boolean;
}

export interface SentenceRecord {
  start: number;
  end: number;
  features: SentenceFeatures;
  words: ScorerWord[];
}

interface MessageExtra {
  category?: string;
  offset?: number;
  endOffset?: number;
}

type ToneMessage = MessageExtra & { ruleId?: string };

const LABELLED = new Set<string>(REPORTED);
const SPAN_WORDS = 4;

export default function retextSincerelyScorer(options: ScorerOptions) {
  const { language, record, ruleSet } = options;
  return (tree: Root, file: VFile): void => {
    const model = typeof options.model === 'function' ? options.model() : options.model;
    const text = String(file.value);
    const records: SentenceRecord[] = [];
    // Tone messages so far, by position; the scorer adds its own after this list.
    const toneMessages = file.messages.slice() as unknown as ToneMessage[];
    const judging = model !== undefined && isMorphologyLoaded(language);
    for (const sentence of sentencesOf(tree)) {
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      // (Loops rather than closures: this runs for every sentence.)
      const inSentence: ToneMessage[] = [];
      let labelledRule = false;
      for (const m of toneMessages) {
        if (m.offset === undefined || m.endOffset === undefined || m.offset < start || m.offset >= end || !m.category) continue;
        inSentence.push(m);
        if (LABELLED.has(m.category)) labelledRule = true;
      }
      // A sentence where a labelled rule fired is read only to confirm the rule (`Model.vetoes`).
      const confirming = judging && labelledRule && model!.confirms;
      // A sentence that cannot be reported needs no features (unless they are recorded): see `decide`.
      // A rule's finding says so before the words are read.
      if (!record && (!judging || (labelledRule && !confirming))) continue;
      const words = sentenceWords(sentence, text, language);
      if (words.length === 0) continue;
      if (!record && !confirming && !judgeable(words)) continue;
      const fired: FiredRule[] = [];
      for (const m of inSentence) {
        const covered: number[] = [];
        for (let i = 0; i < words.length; i++) if (words[i]!.start < m.endOffset! && m.offset! < words[i]!.end) covered.push(i);
        fired.push({ ruleId: m.ruleId ?? 'unknown', category: m.category!, words: covered });
      }
      // The reply parts the sentence carries (apology, empathy, thanks…) are features too.
      const cueSet = cueSetFor(language);
      const parts: string[] = [];
      if (cueSet) for (const m of sentenceMatches(sentence, cueSet.ruleSet, text)) parts.push(m.rule.data.id);
      // Confirmation: the rules' labelled findings in a sentence the scorer reads as clearly acceptable are dropped.
      if (confirming) {
        if (model!.vetoes(sentenceFeatureNames(words, fired, language, parts, model!.groups))) dropLabelled(file, inSentence);
        if (!record) continue;
      }
      // `decide` leaves a sentence with a part feature of LEFT_TO_RULES alone: known from the parts
      // already (features.ts names a part's feature `part:<part>`), before the costly features.
      if (!record && parts.some(leftToRules)) continue;
      // The score needs the features' weights alone (their tally): the rest only for a sentence that reaches the threshold.
      if (!record && !reachesThreshold(words, judgedTally(sentenceTally(words, fired, language, parts, model!)), model!)) continue;
      // Recorded features (training) are all of them; for judging, only the groups the model weighs.
      const features = sentenceFeatures(words, fired, language, parts, record ? undefined : model?.groups);
      if (record) records.push({ start, end, features, words });
      if (!judging || labelledRule) continue;
      const category = decide(words, features, model!);
      if (!category) continue;
      // A sentence where the writer owns the failure is what a reply should say, whatever else it has
      // (checked only for the sentences the model would report: few, and the match is costly).
      if (ruleSet && ownsFault(sentence, text, ruleSet)) continue;
      report(file, text, words, features, model!, category, language);
    }
    if (record) (file.data as { scorer?: SentenceRecord[] }).scorer = records;
  };
}

/** Removes the findings of the labelled categories among `messages` from the file. */
function dropLabelled(file: VFile, messages: readonly ToneMessage[]): void {
  for (const m of messages) {
    if (!m.category || !LABELLED.has(m.category)) continue;
    const i = (file.messages as unknown[]).indexOf(m);
    if (i >= 0) file.messages.splice(i, 1);
  }
}

/** Whether the sentence has the writer owning the failure (the rules' `$own-fault`). */
function ownsFault(sentence: Parameters<typeof constructionWords>[0], text: string, ruleSet: RuleSet): boolean {
  if (ruleSet.ownFault.length === 0) return false;
  const words = constructionWords(sentence, text, { language: ruleSet.language, syntax: ruleSet.syntax, analyse: ruleSet.analyse });
  return ruleSet.ownFault.some((pattern) => findIn(pattern, words, 0, words.length, ruleSet.constructions.stemAlways) !== undefined);
}

const LEFT_TO_RULES = new Set(['part:empathy', 'part:thanks']);
const leftToRules = (part: string): boolean => LEFT_TO_RULES.has(`part:${part}`);

/**
 * An apology or an admission of responsibility that neither turns (but, однако) nor explains
 * (because, из-за) is the writer taking the blame; the scorer's weak words inside it (a
 * misunderstanding, how the work went, "not clearly enough") name what is owned, not an excuse.
 * One that goes on to a cause or a contrast is judged.
 */
function plainApology(features: Judged): boolean {
  return (features.has('part:apology') || features.has('part:responsibility')) && !features.has('contrast') && !features.has('cause');
}

/** What `reachesThreshold` reads of a sentence's features: whether a feature is there, and the score. */
interface Judged {
  has(name: string): boolean;
  score(): Scored;
}

/** A list of feature names as `reachesThreshold` reads it (`decide`). */
const judgedNames = (names: readonly string[], model: Model): Judged => ({ has: (name) => names.includes(name), score: () => model.score(names) });

/** A tally as `reachesThreshold` reads it: the names it is asked about are few and fixed (PLAIN, PART). */
const judgedTally = (tally: Tally): Judged => ({
  has: (name) => tally.has(name.startsWith('part:') ? PART.of(name.slice('part:'.length)) : PLAIN.of(name)),
  score: () => tally.score(),
});

/** Sentences shorter than this give too little evidence to report. */
export const MIN_WORDS = 5;

/** Whether a sentence is long enough for the scorer to judge. */
export const judgeable = (words: readonly ScorerWord[]): boolean => words.length >= MIN_WORDS;

/**
 * The category to report for a sentence, if any: its score reaches the threshold, it is long
 * enough, it is not an expression of empathy or thanks nor a plain apology, and some of its words (not only the bias)
 * push towards the category.
 */
export function decide(words: readonly ScorerWord[], features: SentenceFeatures, model: Model): ReportedClass | undefined {
  const scored = reachesThreshold(words, judgedNames(features.names, model), model);
  if (!scored) return undefined;
  const weights = wordWeights(words, features, model, scored.best);
  return weights.some((w) => w > 0) ? scored.best : undefined;
}

/**
 * The first half of `decide`, which needs only the features' names (or their tally): the score,
 * when the sentence is judged and reaches the threshold.
 */
function reachesThreshold(words: readonly ScorerWord[], features: Judged, model: Model): Scored | undefined {
  if (!judgeable(words)) return undefined;
  // Empathy and thanks are the good moves of a reply: what goes wrong inside them is left to the rules.
  for (const n of LEFT_TO_RULES) if (features.has(n)) return undefined;
  if (plainApology(features)) return undefined;
  const scored = features.score();
  return scored.score < model.threshold ? undefined : scored;
}

/** Per word, how much its features pushed the sentence towards the category. */
export function wordWeights(words: readonly ScorerWord[], features: SentenceFeatures, model: Model, category: ReportedClass): number[] {
  const weights = new Array<number>(words.length).fill(0);
  features.names.forEach((name, i) => {
    const idx = features.words[i]!;
    if (idx.length === 0) return;
    const push = model.push(name, category);
    for (const w of idx) weights[w]! += push / idx.length;
  });
  return weights;
}

/** The short run of words (one clause, at most SPAN_WORDS words) that weighed most. */
export function heaviestSpan(words: readonly ScorerWord[], weights: readonly number[]): [number, number] {
  let best: [number, number] = [0, 0];
  let bestSum = -Infinity;
  const anyPositive = weights.some((w) => w > 0);
  for (let i = 0; i < words.length; i++) {
    // A span starts and ends on a word that weighed something.
    if (anyPositive && weights[i]! <= 0) continue;
    let sum = 0;
    for (let j = i; j < Math.min(words.length, i + SPAN_WORDS); j++) {
      if (words[j]!.clause !== words[i]!.clause) break;
      sum += weights[j]!;
      // A longer span must earn its words: each added word has to weigh something.
      if (sum > bestSum && (j === i || weights[j]! > 0)) {
        bestSum = sum;
        best = [i, j];
      }
    }
  }
  return best;
}

function report(
  file: VFile,
  text: string,
  words: readonly ScorerWord[],
  features: SentenceFeatures,
  model: Model,
  category: ReportedClass,
  language: Language,
): void {
  const weights = wordWeights(words, features, model, category);
  const [first, last] = heaviestSpan(words, weights);
  const start = words[first]!.start;
  const end = words[last]!.end;
  const top: string[] = [];
  const order = words
    .map((_, i) => i)
    .filter((i) => weights[i]! > 0)
    .sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (const i of order) {
    const word = text.slice(words[i]!.start, words[i]!.end);
    if (!top.includes(word)) top.push(word);
    if (top.length === 3) break;
  }
  const quote = (w: string) => (language === 'ru' ? `«${w}»` : `“${w}”`);
  const data = SCORER_TEXT[language][category];
  const message = fileMessage(file, data.message, {
    place: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    ruleId: SCORER_RULE_IDS[category],
    source: 'sincerely',
  });
  message.actual = text.slice(start, end);
  message.expected = data.expected;
  message.note = data.note.replace('{words}', top.map(quote).join(', ') || quote(message.actual));
  Object.assign(message, { category, offset: start, endOffset: end });
}
