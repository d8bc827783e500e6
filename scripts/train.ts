/**
 * `npm run train`: trains the sentence scorer per language and writes
 * src/engine/scorer/weights/<lang>.json (byte for byte the same on every run).
 *
 * The decision threshold is chosen on out-of-fold predictions for the real corpus's `tune` part
 * (k folds by source site, since `tune` is also in the training data): where rules OR scorer reach
 * their best recall there with precision ≥ TARGET_PRECISION (0.85 plus a margin for the small set)
 * and precision ≥ the language's `writtenPrecision` (TrainConfig) out of fold on the project's
 * written sentences, the middle of the stretch of thresholds that reach it (`choosePoint`).
 * `check` is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorerSentences } from '../src/engine/scorer/analyse.js';
import { CLASSES, Model, REPORTED, confirmationDrops, isRuleFeature, type Confirmation, type WeightsFile } from '../src/engine/scorer/model.js';
import { judgeable } from '../src/engine/scorer/plugin.js';
import { LANGUAGES, type Language } from '../src/engine/types.js';
import { loadAllMorphology } from './eval/morphology.js';
import { ROOT } from './eval/tsv.js';
import { trainingTexts, type LabelledText } from './train/data.js';
import { DEFAULT_TRAIN, prune, train, type TrainOptions, type TrainSample } from './train/logreg.js';

/**
 * The bar is precision 0.85; out-of-fold precision on ~100 tune sentences has a standard error
 * of about 0.04, so the threshold must reach 0.85 plus that margin there.
 */
const TARGET_PRECISION = 0.9;
/**
 * `tune` has about 40 acceptable sentences, too few to see the false-alarm rate; the written
 * sentences (data/training, the development corpus: ~1 800 acceptable ones, many sharing words with
 * the problem classes) are held out in the same folds and must keep a precision too: by default
 * this one (each language sets its own in CONFIGS). 0.88 rather than the bar (0.85): the written
 * sentences are held out by position among lines of the same writers, which reads higher than the
 * held-out fixtures (written P 0.85 out of fold went with scorer precision 0.84 on the Russian
 * held-out set, 0.89 with 0.90). On a smooth curve of ~4 500 sentences the requirement also makes
 * the threshold steadier than the plateaus of `tune` recall, where one sentence moved the Russian
 * threshold from 0.56 to 0.39.
 */
const WRITTEN_PRECISION = 0.88;
const WRITTEN_ORIGINS = new Set(['training', 'written']);
const FOLDS = 5;
/** Real sentences count more than written ones: they are the register the scorer must read. */
const ORIGIN_WEIGHT: Record<string, number> = { written: 1, rules: 1, training: 1, prose: 1, tune: 3 };

export interface Example extends LabelledText {
  features: string[];
  /** A rule of a labelled category fired in it. */
  ruleFired: boolean;
  /** Long enough for the scorer to report (see plugin.ts `judgeable`). */
  judgeable: boolean;
}

export function featurize(language: Language, texts: LabelledText[]): Example[] {
  return texts.map((t) => {
    const names = new Set<string>();
    const sentences = scorerSentences(t.text, language);
    for (const s of sentences) for (const f of s.features.names) names.add(f);
    const features = [...names].sort();
    const ruleFired = REPORTED.some((c) => names.has(`rc:${c}`));
    return { ...t, features, ruleFired, judgeable: sentences.some((s) => judgeable(s.words)) };
  });
}

/** How the scorer is trained: the optimiser's options, the feature groups left out, the sample weights. */
export interface TrainConfig extends TrainOptions {
  /** Feature groups (a name's prefix before its first ':') left out of training. */
  drop: readonly string[];
  /** Weight of a `tune` sentence, relative to a written one. */
  tuneWeight: number;
  /** Weight of a neutral documentation sentence (none), relative to a written one. */
  proseWeight: number;
  /** Weight of a sentence labelled none, relative to a problem sentence. */
  noneWeight: number;
  /** The out-of-fold precision the written sentences must keep at the chosen threshold. */
  writtenPrecision: number;
  /** Whether the scorer confirms the rules' findings (`chooseConfirmation`; a second model, trained without the rules' features). */
  confirm: boolean;
  /** Whether the confirmation also has the words model (without it, the model's own reading alone). */
  confirmWords: boolean;
}

/** The starting point of every configuration (scripts/train/sweep.ts overrides it field by field). */
export const CONFIG: TrainConfig = {
  ...DEFAULT_TRAIN,
  minCount: 3,
  drop: [],
  tuneWeight: 3,
  proseWeight: 1,
  noneWeight: 1,
  writtenPrecision: WRITTEN_PRECISION,
  confirm: true,
  confirmWords: true,
};

/** The class-feature groups the models leave out (see CONFIGS). */
const UNUSED_CLASS_GROUPS = ['c', 'cn', 'cc', 'vo', 'csubj', 'svcp'];

/**
 * Chosen out of fold (scripts/train/sweep.ts; figures in docs/scorer.md): L2 1e-3 (5e-4 and 3e-3
 * no better), features seen in at least 3 sentences (the same figures as 2, with fewer weights),
 * `tune` weighted 3 (5 no better), prose 1 (3: fewer prose false alarms, lower written
 * precision), none weighted as the problems. Of the class features, only the subject and its
 * verb (`sc:`, `svc:`): the per-word classes and the pairs lowered the English average precision
 * on `tune` (0.90 → 0.85) and, for Russian, took the threshold lower with more false alarms on
 * the written sentences and on prose (written P 0.89 → 0.86, prose 6 → 9 of 897) for no gain.
 */
const CHOSEN: TrainConfig = { ...CONFIG, drop: UNUSED_CLASS_GROUPS };
/**
 * Russian keeps written precision ≥ 0.90 out of fold: its `tune` curve is flat from about 0.6 down
 * to 0.35, and at 0.85 a `tune` sentence or two found low took the threshold to 0.34–0.45 at the
 * cost of written precision (0.91 → 0.85–0.89), prose false alarms (4 → 9–16 of 897) and, at
 * 0.45, held-out precision (0.96 → 0.91).
 * English keeps 0.94: at 0.88 its threshold fell to 0.47, where the eval's held-out precision went
 * 0.96 → 0.94 and its neutral prose read by paragraph 3.6 → 9.6 findings per 10 000 words (16 of
 * them likely-defensive), with out-of-fold prose false alarms 31 → 41 of 1961.
 *
 * The confirmation's words model (`confirmWords`) is kept for Russian, where it drops more of the rules'
 * false alarms than the model's own reading (out of fold 47 against 40 of 111 written ones; neutral prose
 * read by paragraph 13 → 9 findings, held-out rule false alarms 2 → 1) at the cost of doubling the
 * weights (407 → 842 KB). English leaves it out: the words model reads some rule-found problems as
 * acceptable at 0.985, its cut-off is 0.99, and it dropped one written false alarm more out of fold and
 * nothing in the eval, for as many kilobytes.
 */
export const CONFIGS: Record<Language, TrainConfig> = {
  ru: { ...CHOSEN, writtenPrecision: 0.9 },
  en: { ...CHOSEN, writtenPrecision: 0.94, confirmWords: false },
};

export const featureGroup = (name: string): string => name.split(':', 1)[0]!;

export function toSample(e: Example, config: TrainConfig): TrainSample {
  const drop = new Set(config.drop);
  const features = drop.size === 0 ? e.features : e.features.filter((f) => !drop.has(featureGroup(f)));
  const origin = e.origin === 'tune' ? config.tuneWeight : e.origin === 'prose' ? config.proseWeight : (ORIGIN_WEIGHT[e.origin] ?? 1);
  return { features, label: e.label, weight: origin * (e.label === 0 ? config.noneWeight : 1) };
}

function weightsFile(language: Language, model: ReturnType<typeof train>, threshold: number, confirm?: Confirmation): WeightsFile {
  return { language, classes: [...CLASSES], threshold, weights: prune(model), ...(confirm ? { confirm } : {}) };
}

/** The configuration of the words model of the confirmation: the same, without the rules' features. */
const wordsConfig = (config: TrainConfig): TrainConfig => ({ ...config, drop: [...config.drop, 'r', 'rc'] });

/** The words model's reading: features without the rules'. */
const withoutRules = (features: readonly string[]): string[] => features.filter((f) => !isRuleFeature(f));

export interface OutOfFold {
  example: Example;
  score: number;
  /** The probability of none, of the model and (with confirmation) of the words model. */
  none?: number;
  wordsNone?: number;
  /** A rule of a labelled category fired and the confirmation drops it (`markVetoes`). */
  vetoed?: boolean;
}

/** Out-of-fold scores for the `tune` examples (folds by site) and the written ones (folds by position). */
export function outOfFold(examples: Example[], config: TrainConfig): OutOfFold[] {
  const sites = [...new Set(examples.filter((e) => e.origin === 'tune').map((e) => e.group))].sort();
  const foldOf = new Map(sites.map((s, i) => [s, i % FOLDS]));
  // Documentation sentences are held out too (by position), to count the false alarms on prose.
  const fold = (e: Example, i: number) =>
    e.origin === 'tune' ? foldOf.get(e.group) : WRITTEN_ORIGINS.has(e.origin) || e.origin === 'prose' ? i % FOLDS : undefined;
  const result: OutOfFold[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const scoreRow = rowScorer(
      examples.filter((e, i) => fold(e, i) !== k),
      config,
    );
    examples.forEach((e, i) => {
      if (fold(e, i) === k) result.push(scoreRow(e));
    });
  }
  return result;
}

/**
 * Trains on `examples` (and, with the confirmation's words model, a second model without the
 * rules' features) and returns what scores an unseen example as an out-of-fold row.
 */
function rowScorer(examples: readonly Example[], config: TrainConfig): (e: Example) => OutOfFold {
  const trainOn = (c: TrainConfig) =>
    new Model(
      weightsFile(
        'xx' as Language,
        train(
          examples.map((e) => toSample(e, c)),
          c,
        ),
        1,
      ),
    );
  const model = trainOn(config);
  const words = config.confirm && config.confirmWords ? trainOn(wordsConfig(config)) : undefined;
  return (example) => {
    const scored = model.score(example.features);
    const row: OutOfFold = { example, score: scored.score, none: scored.probabilities[0] };
    if (words) row.wordsNone = words.score(withoutRules(example.features)).probabilities[0];
    return row;
  };
}

/** Cut-offs are read on this grid; a cut-off above its top is no cut-off. */
const CONFIRM_STEP = 0.01;
const CONFIRM_MAX = 0.99;

const isProblem = (e: Example): boolean => e.label >= 1 && e.label <= REPORTED.length;

/**
 * The confirmation's cut-offs (model.ts `Confirmation`), out of fold: for each reading (the model,
 * and the words model), the lowest cut-off on the grid above the probability of none of every
 * problem sentence of `tune` and of the written lines where a labelled rule fired, so that the
 * confirmation costs none of them; none when that is above CONFIRM_MAX. The rows are the
 * site-fold ones and the written → real ones of `tune` (a model that never saw `tune` reads its
 * sites as it will read a site never trained on: the Russian words model read a `tune` problem at
 * 0.940 there, against at most 0.93 in the site folds).
 */
export function chooseConfirmation(oof: readonly OutOfFold[]): Omit<Confirmation, 'words'> {
  const found = oof.filter((o) => (o.example.origin === 'tune' || WRITTEN_ORIGINS.has(o.example.origin)) && o.example.ruleFired && isProblem(o.example));
  const cut = (values: Array<number | undefined>): number | undefined => {
    const defined = values.filter((v): v is number => v !== undefined);
    if (defined.length === 0) return undefined;
    const c = Math.round((Math.floor(Math.max(...defined) / CONFIRM_STEP) + 1) * CONFIRM_STEP * 100) / 100;
    return c > CONFIRM_MAX ? undefined : c;
  };
  const none = cut(found.map((o) => o.none));
  const wordsNone = oof.some((o) => o.wordsNone !== undefined) ? cut(found.map((o) => o.wordsNone)) : undefined;
  return { ...(none !== undefined ? { none } : {}), ...(wordsNone !== undefined ? { wordsNone } : {}) };
}

/** Marks the out-of-fold rows whose rule findings the confirmation drops. */
export function markVetoes(oof: OutOfFold[], confirm: Omit<Confirmation, 'words'>): void {
  for (const o of oof)
    o.vetoed =
      o.example.ruleFired &&
      confirmationDrops(
        confirm,
        o.example.features,
        () => o.none,
        () => o.wordsNone,
      );
}

/**
 * The lowest threshold from which precision stays ≥ TARGET_PRECISION at every higher threshold
 * too: with about a hundred `tune` sentences, a single lucky dip in the curve must not decide.
 */
export interface Chosen {
  threshold: number;
  precision: number;
  recall: number;
  /** Precision out of fold on the written sentences. */
  written: number;
}

/** Precision and recall at `threshold`, of rules OR scorer, or (`scorerAlone`) of the scorer alone. */
export function precisionRecall(
  oof: readonly OutOfFold[],
  threshold: number,
  scorerAlone = false,
): { precision: number; recall: number; tp: number; fp: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { example, score, vetoed } of oof) {
    // A vetoed sentence is not reported by the scorer either (plugin.ts); the scorer alone knows no rules.
    const byScorer = example.judgeable && score >= threshold;
    const predicted = scorerAlone ? byScorer : !vetoed && (example.ruleFired || byScorer);
    const expected = example.label >= 1 && example.label <= REPORTED.length;
    if (predicted && expected) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp };
}

/** Thresholds tried, from high to low. */
const THRESHOLDS = Array.from({ length: 80 }, (_, i) => (99 - i) / 100);

/**
 * The threshold of highest recall of rules OR scorer on `tune` that keeps precision ≥
 * TARGET_PRECISION there at it and every higher threshold, and precision ≥ `writtenFloor` on
 * the written sentences (`written`, by threshold); when none does, the one of highest precision.
 * Where that recall holds over a stretch of thresholds (a plateau: `tune` has about 60 problem
 * sentences, so its recall moves in steps), the middle of the stretch: `tune` cannot tell its
 * points apart, and its ends move with one sentence (the top end once went 0.86 → 0.55 for one
 * rule example).
 */
function choosePoint(tune: readonly OutOfFold[], written: ReadonlyMap<number, number>, writtenFloor: number, curve = false): Chosen {
  let best: Chosen = { threshold: 0.99, precision: 0, recall: 0, written: 0 };
  let fallback = best;
  let held = true;
  // The thresholds (high to low) at which the best recall so far holds with the constraints met.
  let plateau: Chosen[] = [];
  let open = false;
  for (const threshold of THRESHOLDS) {
    const { precision, recall, tp, fp } = precisionRecall(tune, threshold);
    const writtenPrecision = written.get(threshold)!;
    if (curve && (threshold * 100) % 5 === 0)
      console.log(`  t ${threshold.toFixed(2)} P ${precision.toFixed(2)} R ${recall.toFixed(2)} tp ${tp} fp ${fp}; written P ${writtenPrecision.toFixed(2)}`);
    if (precision > fallback.precision) fallback = { threshold, precision, recall, written: writtenPrecision };
    if (precision < TARGET_PRECISION) held = false;
    // The written precision is measured on ~3 000 sentences: its curve is smooth, so it is checked at the threshold itself.
    const ok = held && writtenPrecision >= writtenFloor;
    const point = { threshold, precision, recall, written: writtenPrecision };
    if (ok && recall > best.recall) {
      best = point;
      plateau = [point];
      open = true;
    } else if (open && ok && recall === best.recall) plateau.push(point);
    else open = false;
  }
  return best.recall > 0 ? plateau[Math.floor((plateau.length - 1) / 2)]! : fallback;
}

/** The decision threshold from out-of-fold scores (see `choosePoint`). */
export function chooseThreshold(oof: readonly OutOfFold[], writtenFloor = WRITTEN_PRECISION): Chosen {
  const tune = oof.filter((o) => o.example.origin === 'tune');
  const writtenRows = oof.filter((o) => WRITTEN_ORIGINS.has(o.example.origin));
  const written = new Map(THRESHOLDS.map((t) => [t, writtenRows.length === 0 ? 1 : precisionRecall(writtenRows, t).precision]));
  return choosePoint(tune, written, writtenFloor, !!process.env.SINCERELY_TRAIN_CURVE);
}

function serialize(file: WeightsFile): string {
  const block = (weights: Record<string, number[]>, indent: string) =>
    Object.entries(weights)
      .map(([f, w]) => `${indent}${JSON.stringify(f)}: ${JSON.stringify(w)}`)
      .join(',\n');
  const head = `{\n  "language": ${JSON.stringify(file.language)},\n  "classes": ${JSON.stringify(file.classes)},\n  "threshold": ${file.threshold},\n  "weights": {\n${block(file.weights, '    ')}\n  }`;
  const c = file.confirm;
  if (!c) return `${head}\n}\n`;
  const cuts = [c.none !== undefined ? `"none": ${c.none}` : '', c.wordsNone !== undefined ? `"wordsNone": ${c.wordsNone}` : '']
    .filter(Boolean)
    .map((x) => `    ${x}`);
  const words = c.words ? [`    "words": {\n${block(c.words, '      ')}\n    }`] : [];
  return `${head},\n  "confirm": {\n${[...cuts, ...words].join(',\n')}\n  }\n}\n`;
}

/**
 * Average precision of the scorer alone over the judgeable sentences of `oof` (area under its
 * precision-recall curve): a figure of the ranking that does not hang on one threshold.
 */
export function averagePrecision(oof: readonly OutOfFold[]): number {
  const ranked = oof.filter((o) => o.example.judgeable).sort((a, b) => b.score - a.score);
  const positive = (o: OutOfFold) => o.example.label >= 1 && o.example.label <= REPORTED.length;
  const total = ranked.filter(positive).length;
  let tp = 0;
  let sum = 0;
  ranked.forEach((o, i) => {
    if (!positive(o)) return;
    tp++;
    sum += tp / (i + 1);
  });
  return total === 0 ? 0 : sum / total;
}

/** The precision at which `recallAtPrecision` reads the recall (the bar, 0.85, plus a margin). */
export const FIXED_PRECISION = 0.9;

/**
 * The highest recall at which precision is still ≥ `precision` over all thresholds of the ranking:
 * of the scorer alone over the judgeable sentences, or (`withRules`) of rules OR scorer.
 */
export function recallAtPrecision(oof: readonly OutOfFold[], precision = FIXED_PRECISION, withRules = false): number {
  const positive = (o: OutOfFold) => o.example.label >= 1 && o.example.label <= REPORTED.length;
  const total = oof.filter(positive).length;
  if (total === 0) return 0;
  // With rules, the sentences a rule catches count at every threshold; the scorer adds the rest in its order.
  const always = withRules ? oof.filter((o) => o.example.ruleFired && !o.vetoed) : [];
  let tp = always.filter(positive).length;
  let fp = always.length - tp;
  let best = tp + fp > 0 && tp / (tp + fp) >= precision ? tp / total : 0;
  const ranked = oof.filter((o) => o.example.judgeable && !(withRules && o.example.ruleFired)).sort((a, b) => b.score - a.score);
  ranked.forEach((o, i) => {
    if (positive(o)) tp++;
    else fp++;
    // Only where the next sentence scores lower: tied scores fall on the same side of any threshold.
    const next = ranked[i + 1];
    if (next && next.score === o.score) return;
    if (tp / (tp + fp) >= precision) best = Math.max(best, tp / total);
  });
  return best;
}

/**
 * The "written → real" figure: a model trained on everything but `tune` (the project's written
 * sentences, rule examples, prose), scored on all of `tune`. Out-of-fold `tune` figures are
 * optimistic, since the written training lines were written while reading `tune` misses; this one
 * measures how far what the written sentences teach carries to real text of sites never trained on.
 */
export function writtenToReal(examples: readonly Example[], config: TrainConfig): OutOfFold[] {
  // With confirmation, the probabilities of none too (`chooseConfirmation` keeps its cut-offs above the problems here as well).
  const scoreRow = rowScorer(
    examples.filter((e) => e.origin !== 'tune'),
    config,
  );
  return examples.filter((e) => e.origin === 'tune').map(scoreRow);
}

/** One line of the written → real figures: average precision, recall at FIXED_PRECISION (scorer alone; rules OR scorer). */
export function writtenToRealSummary(scored: readonly OutOfFold[]): string {
  const f = (x: number) => x.toFixed(2);
  return `written→real AP ${f(averagePrecision(scored))}, R@P${FIXED_PRECISION} scorer ${f(recallAtPrecision(scored))} both ${f(recallAtPrecision(scored, FIXED_PRECISION, true))}`;
}

/**
 * The confirmation out of fold (`chooseConfirmation` over the site-fold rows and, given, the
 * written → real rows of `tune`), with the site-fold rows it vetoes marked: what every later
 * figure sees. Without confirmation (config), nothing.
 */
export function confirmOutOfFold(oof: OutOfFold[], config: TrainConfig, real: readonly OutOfFold[] = []): Omit<Confirmation, 'words'> | undefined {
  if (!config.confirm || !oof.some((o) => o.example.origin === 'tune')) return undefined;
  const confirm = chooseConfirmation([...oof, ...real]);
  markVetoes(oof, confirm);
  return confirm;
}

/** One line on the confirmation: its cut-offs and, per origin, the rule-found sentences it drops (problems / acceptable). */
export function confirmSummary(oof: readonly OutOfFold[], confirm: Omit<Confirmation, 'words'> | undefined): string {
  if (!confirm) return 'no confirmation';
  const by = new Map<string, [number, number]>();
  for (const o of oof) {
    if (!o.vetoed) continue;
    const origin = WRITTEN_ORIGINS.has(o.example.origin) ? 'written' : o.example.origin;
    const n = by.get(origin) ?? [0, 0];
    n[isProblem(o.example) ? 0 : 1]++;
    by.set(origin, n);
  }
  const fired = (origin: string) =>
    oof.filter(
      (o) => o.example.ruleFired && !isProblem(o.example) && (origin === 'written' ? WRITTEN_ORIGINS.has(o.example.origin) : o.example.origin === origin),
    ).length;
  const dropped = ['tune', 'written', 'prose'].map((origin) => {
    const [problems, acceptable] = by.get(origin) ?? [0, 0];
    return `${origin} ${problems} problems, ${acceptable} of ${fired(origin)} false alarms`;
  });
  return `confirmation none ≥ ${confirm.none ?? '-'}, words none ≥ ${confirm.wordsNone ?? '-'}; rule findings dropped: ${dropped.join('; ')}`;
}

/** One line of out-of-fold figures: rules OR scorer and the scorer alone on `tune`, the written precision. */
export function oofSummary(oof: readonly OutOfFold[], chosen: Chosen): string {
  const tune = oof.filter((o) => o.example.origin === 'tune');
  const written = oof.filter((o) => WRITTEN_ORIGINS.has(o.example.origin));
  const alone = precisionRecall(tune, chosen.threshold, true);
  const prose = oof.filter((o) => o.example.origin === 'prose');
  const proseAlarms = precisionRecall(prose, chosen.threshold).fp;
  // Recomputed rather than taken from `chosen`: the confirmation may have dropped rule findings since.
  const both = precisionRecall(tune, chosen.threshold);
  const f = (x: number) => x.toFixed(2);
  return (
    `threshold ${chosen.threshold}; tune both P ${f(both.precision)} R ${f(both.recall)}, scorer alone P ${f(alone.precision)} R ${f(alone.recall)}, ` +
    `scorer AP tune ${f(averagePrecision(tune))} written ${f(averagePrecision(written))}; written P ${f(precisionRecall(written, chosen.threshold).precision)}; prose false alarms ${proseAlarms} of ${prose.length}`
  );
}

async function main(): Promise<void> {
  await loadAllMorphology();
  for (const language of LANGUAGES) {
    const started = Date.now();
    const examples = featurize(language, trainingTexts(language));
    const byOrigin = new Map<string, number>();
    for (const e of examples) byOrigin.set(e.origin, (byOrigin.get(e.origin) ?? 0) + 1);
    const config = CONFIGS[language];
    const oof = outOfFold(examples, config);
    const hasTune = oof.some((o) => o.example.origin === 'tune');
    const chosen = hasTune ? chooseThreshold(oof, config.writtenPrecision) : { threshold: 0.5, precision: NaN, recall: NaN, written: NaN };
    // The confirmation after the threshold: it only drops findings, and the threshold is chosen as without it
    // (the written false alarms it drops would otherwise let the threshold fall, with more scorer false alarms on prose).
    // Written → real (a model trained without `tune`, scored on it): the confirmation must cost no `tune` problem there either.
    const real = hasTune ? writtenToReal(examples, config) : [];
    const confirm = confirmOutOfFold(oof, config, real);
    const words =
      confirm && confirm.wordsNone !== undefined
        ? prune(
            train(
              examples.map((e) => toSample(e, wordsConfig(config))),
              wordsConfig(config),
            ),
          )
        : undefined;
    const file = weightsFile(
      language,
      train(
        examples.map((e) => toSample(e, config)),
        config,
      ),
      chosen.threshold,
      confirm ? { ...confirm, ...(words ? { words } : {}) } : undefined,
    );
    const text = serialize(file);
    const path = join(ROOT, 'src', 'engine', 'scorer', 'weights', `${language}.json`);
    writeFileSync(path, text);
    const origins = [...byOrigin].map(([o, n]) => `${o} ${n}`).join(', ');
    console.log(`${language}: ${examples.length} sentences (${origins}); ${Object.keys(file.weights).length} features, ${(text.length / 1024).toFixed(0)} KB`);
    console.log(`  out of fold: ${hasTune ? oofSummary(oof, chosen) : `threshold ${chosen.threshold}`}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (hasTune) console.log(`  ${confirmSummary(oof, confirm)}`);
    if (hasTune) console.log(`  ${writtenToRealSummary(real)}`);
  }
}

if (process.argv[1]?.endsWith('train.ts')) await main();
