/**
 * Multinomial logistic regression with L2, trained by full-batch Adam over sparse binary
 * features. Deterministic: features are indexed in sorted order, samples are visited in their
 * given order, and nothing is random.
 */
export interface TrainSample {
  features: readonly string[];
  /** Class index. */
  label: number;
  weight: number;
}

export interface TrainOptions {
  classes: number;
  /** L2 strength (per unit of total sample weight). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer samples than this are left out. */
  minCount: number;
  /**
   * L2 multipliers by feature group (a name's prefix before its first ':'): a word's own lemma
   * can be held back harder than the kind of word it is, so that the model leans on what
   * generalises. Groups not named get 1.
   */
  l2Scale?: Readonly<Record<string, number>>;
}

export const DEFAULT_TRAIN: TrainOptions = { classes: 6, l2: 1e-3, iterations: 300, learningRate: 0.05, minCount: 2 };

export interface Trained {
  features: string[];
  /** features.length × classes, row-major. */
  weights: Float64Array;
  classes: number;
}

export function train(samples: readonly TrainSample[], options: TrainOptions = DEFAULT_TRAIN): Trained {
  const { classes: K, l2, iterations, learningRate, minCount, l2Scale = {} } = options;
  const seen = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const features = [...seen]
    .filter(([f, n]) => n >= minCount || f === '_bias')
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const featureL2 = features.map((f) => l2 * (l2Scale[f.split(':', 1)[0]!] ?? 1));
  const rows = samples.map((s) =>
    [...new Set(s.features)]
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b),
  );
  const total = samples.reduce((a, s) => a + s.weight, 0);
  const W = new Float64Array(features.length * K);
  const G = new Float64Array(W.length);
  const M = new Float64Array(W.length);
  const V = new Float64Array(W.length);
  const logits = new Float64Array(K);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= iterations; t++) {
    G.fill(0);
    for (let s = 0; s < samples.length; s++) {
      const row = rows[s]!;
      const sample = samples[s]!;
      logits.fill(0);
      for (const f of row) for (let c = 0; c < K; c++) logits[c]! += W[f * K + c]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, logits[c]!);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += logits[c] = Math.exp(logits[c]! - max);
      const scale = sample.weight / total;
      for (let c = 0; c < K; c++) {
        const g = (logits[c]! / sum - (c === sample.label ? 1 : 0)) * scale;
        if (g !== 0) for (const f of row) G[f * K + c]! += g;
      }
    }
    const lr = learningRate / Math.sqrt(1 + t / 100);
    for (let i = 0; i < W.length; i++) {
      const g = G[i]! + featureL2[Math.floor(i / K)]! * W[i]!;
      M[i] = b1 * M[i]! + (1 - b1) * g;
      V[i] = b2 * V[i]! + (1 - b2) * g * g;
      const mHat = M[i]! / (1 - b1 ** t);
      const vHat = V[i]! / (1 - b2 ** t);
      W[i]! -= (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return { features, weights: W, classes: K };
}

/** Weights rounded to `digits` decimals; features whose weights are all below `minAbs` dropped. */
export function prune(trained: Trained, digits = 3, minAbs = 0.02): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const factor = 10 ** digits;
  const K = trained.classes;
  trained.features.forEach((f, i) => {
    const row: number[] = [];
    for (let c = 0; c < K; c++) row.push(Math.round(trained.weights[i * K + c]! * factor) / factor + 0);
    if (row.some((w) => Math.abs(w) >= minAbs) || f === '_bias') out[f] = row;
  });
  return out;
}
