/**
 * The scorer's model: multinomial logistic regression over sparse binary features. The weights
 * come from `npm run train` (scripts/train.ts) as `weights/<lang>.json`.
 */
import type { ToneCategory } from '../types.js';
import type { Feature } from './names.js';

/** The classes, in the order of the weight vectors: none, then the tone categories. */
export const CLASSES = ['none', 'excuse', 'blame-shift', 'defensive', 'minimizing', 'vague-promise'] as const;
export type ScorerClass = (typeof CLASSES)[number];
/** The categories the scorer reports. */
export const REPORTED = ['excuse', 'blame-shift', 'defensive', 'minimizing'] as const;
export type ReportedClass = (typeof REPORTED)[number];

export interface WeightsFile {
  language: string;
  classes: readonly string[];
  /** A sentence is reported when the probability of its best labelled class reaches this. */
  threshold: number;
  /** Feature name → one weight per class (rounded; features with only tiny weights pruned). */
  weights: Record<string, number[]>;
  /** Confirmation of the rules' findings (docs/scorer.md, "Confirmation"); without it every finding stands. */
  confirm?: Confirmation;
}

/**
 * A rule's finding of a labelled category is dropped where the scorer reads its sentence as
 * clearly acceptable: the probability of none reaches `none` (this model, the rules' features
 * included) or `wordsNone` (the `words` model: the same features without the rules', trained
 * apart). Both cut-offs are chosen out of fold by `npm run train`, above every rule-found problem
 * sentence of `tune` and of the written lines.
 */
export interface Confirmation {
  none?: number;
  wordsNone?: number;
  words?: Record<string, number[]>;
}

/** Features that name a rule that fired (`r:<id>`, `rc:<category>`): the words model reads the sentence without them. */
export const isRuleFeature = (name: string): boolean => name.startsWith('r:') || name.startsWith('rc:');

/**
 * Whether a sentence carries a reply part's cue (`part:<part>`: an apology, a remedy, a deadline…;
 * not the structure check's evidence cues, `part:evidence:*`, which name a failure or a document).
 * The confirmation never drops a rule's finding there: it is for sentences that are not about the
 * complaint at all (a program's message, a neutral fact), while a remedy in the next clause reads
 * as acceptable to the model and would hide the excuse before it ("We did our best, and I will
 * send the fix by Friday").
 */
export const carriesReplyPart = (names: readonly string[]): boolean => names.some((n) => n.startsWith('part:') && !n.startsWith('part:evidence:'));

/**
 * Whether the confirmation's cut-offs drop a rule's finding in a sentence with features `names`,
 * given its probabilities of none under the model and under the words model (read only when
 * needed; undefined: none). One rule for linting (`Model.vetoes`) and for the out-of-fold rows of
 * training.
 */
export function confirmationDrops(
  cuts: Pick<Confirmation, 'none' | 'wordsNone'>,
  names: readonly string[],
  none: () => number | undefined,
  wordsNone: () => number | undefined,
): boolean {
  if (carriesReplyPart(names)) return false;
  if (cuts.none !== undefined && (none() ?? 0) >= cuts.none) return true;
  return cuts.wordsNone !== undefined && (wordsNone() ?? 0) >= cuts.wordsNone;
}

export interface Scored {
  /** Probability per class, in CLASSES order. */
  probabilities: number[];
  /** The most probable of the four reported categories (vague promises are left to the rules). */
  best: ReportedClass;
  /** The probability that the sentence has one of the four reported problems. */
  score: number;
}

export class Model {
  readonly threshold: number;
  /** The feature groups (a name's prefix before its first ':') that have weights: the others need not be computed. */
  readonly groups: ReadonlySet<string>;
  private readonly weights: Map<string, readonly number[]>;
  private readonly confirmation?: { none?: number; wordsNone?: number; words?: Model };

  constructor(file: WeightsFile) {
    if (file.classes.join() !== CLASSES.join()) throw new Error(`scorer weights: classes ${file.classes.join()} differ from ${CLASSES.join()}`);
    this.threshold = file.threshold;
    this.weights = new Map(Object.entries(file.weights));
    const names = Object.keys(file.weights);
    const { confirm } = file;
    if (confirm) {
      const words = confirm.words && confirm.wordsNone !== undefined ? new Model({ ...file, weights: confirm.words, confirm: undefined }) : undefined;
      this.confirmation = { none: confirm.none, wordsNone: words ? confirm.wordsNone : undefined, words };
      if (confirm.words) names.push(...Object.keys(confirm.words));
    }
    this.groups = new Set(names.map((name) => name.split(':', 1)[0]!));
  }

  /** Whether the model confirms the rules' findings (the weights carry cut-offs). */
  get confirms(): boolean {
    return this.confirmation !== undefined;
  }

  /**
   * Whether a sentence where a rule of a labelled category fired reads as clearly acceptable, so
   * that the rule's finding is dropped (`Confirmation`). `names`: the sentence's features, the
   * rules' included.
   */
  vetoes(names: readonly string[]): boolean {
    const c = this.confirmation;
    if (!c) return false;
    return confirmationDrops(
      c,
      names,
      () => this.score(names).probabilities[0],
      () => c.words?.score(names.filter((n) => !isRuleFeature(n))).probabilities[0],
    );
  }

  /** The weight vector of a feature, if it has one. */
  weightsOf(feature: string): readonly number[] | undefined {
    return this.weights.get(feature);
  }

  get size(): number {
    return this.weights.size;
  }

  score(features: readonly string[]): Scored {
    const logits = new Array<number>(CLASSES.length).fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let c = 0; c < logits.length; c++) logits[c]! += w[c]!;
    }
    return scoredOf(logits);
  }

  /** A new tally of one sentence's features (see Tally): valid until the next one. */
  tally(): Tally {
    return new Tally(this, ++tallies);
  }

  /** How much a feature pushes towards `cls` rather than none. */
  push(feature: string, cls: ToneCategory): number {
    const w = this.weights.get(feature);
    return w ? w[CLASSES.indexOf(cls)]! - w[0]! : 0;
  }
}

/** Tallies made so far (by every model): a feature remembers the last one that counted it. */
let tallies = 0;

/**
 * The score of one sentence, summed while its features are collected (features.ts): no list of
 * names is built, and no set to count each name once; each feature's weights are kept on it
 * (names.ts) rather than looked up by name. A feature counts once (it remembers the last tally
 * that counted it), and the weights are summed in the order the features first come, as
 * `Model.score` sums them over the names: the score is the same to the last bit.
 */
export class Tally {
  private readonly logits = new Array<number>(CLASSES.length).fill(0);

  constructor(
    private readonly model: Model,
    private readonly id: number,
  ) {}

  add(feature: Feature): void {
    if (feature.tally === this.id) return;
    feature.tally = this.id;
    if (feature.model !== this.model) {
      feature.model = this.model;
      feature.weights = this.model.weightsOf(feature.name);
    }
    const w = feature.weights;
    if (w) for (let c = 0; c < this.logits.length; c++) this.logits[c]! += w[c]!;
  }

  addAll(feature: Feature): void {
    this.add(feature);
  }

  /** Whether the feature was added. */
  has(feature: Feature): boolean {
    return feature.tally === this.id;
  }

  score(): Scored {
    return scoredOf(this.logits);
  }
}

function scoredOf(logits: readonly number[]): Scored {
  const probabilities = softmax(logits);
  let best = 1;
  let score = 0;
  for (let c = 1; c <= REPORTED.length; c++) {
    score += probabilities[c]!;
    if (probabilities[c]! > probabilities[best]!) best = c;
  }
  return { probabilities, best: CLASSES[best] as ReportedClass, score };
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  // Loops rather than map and reduce: this runs for every sentence the scorer judges.
  const exps = new Array<number>(logits.length);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += exps[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < exps.length; c++) exps[c] = exps[c]! / sum;
  return exps;
}
