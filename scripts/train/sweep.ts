/**
 * `npx tsx scripts/train/sweep.ts <lang> '<configs JSON>'`: out-of-fold figures of several
 * training configurations (see train.ts `TrainConfig`; each entry overrides the language's `CONFIGS` entry), to pick
 * the regularisation, the feature cut-off, the feature groups and the sample weights by the
 * site-fold figures on `tune` and the written sentences, and by the written → real figures (a model
 * trained without `tune`, scored on all of it: average precision and recall at precision 0.9,
 * train.ts `writtenToReal`), which the written lines cannot have been fitted to site by site.
 * Featurises once; never reads `check`.
 *
 *   npx tsx scripts/train/sweep.ts ru '[{}, {"l2": 0.003}, {"drop": ["b"]}]'
 */
import { LANGUAGES, type Language } from '../../src/engine/types.js';
import { loadAllMorphology } from '../eval/morphology.js';
import {
  CONFIGS,
  chooseThreshold,
  confirmOutOfFold,
  confirmSummary,
  featurize,
  oofSummary,
  outOfFold,
  writtenToReal,
  writtenToRealSummary,
  type TrainConfig,
} from '../train.js';
import { trainingTexts } from './data.js';

const language = process.argv[2] as Language;
if (!LANGUAGES.includes(language)) throw new Error(`usage: sweep.ts <${LANGUAGES.join('|')}> '<configs JSON>'`);
const configs = JSON.parse(process.argv[3] ?? '[{}]') as Array<Partial<TrainConfig>>;
await loadAllMorphology();
let started = Date.now();
const examples = featurize(language, trainingTexts(language));
console.log(`${language}: ${examples.length} sentences featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const override of configs) {
  started = Date.now();
  const config: TrainConfig = { ...CONFIGS[language], ...override };
  const realRows = writtenToReal(examples, config);
  const real = writtenToRealSummary(realRows);
  // SINCERELY_SWEEP_REAL=1: the written → real figures alone (one training instead of six), for a first look.
  const folds = process.env.SINCERELY_SWEEP_REAL
    ? 'site folds skipped'
    : (() => {
        const oof = outOfFold(examples, config);
        const chosen = chooseThreshold(oof, config.writtenPrecision);
        const confirm = confirmOutOfFold(oof, config, realRows);
        return `${oofSummary(oof, chosen)}; ${confirmSummary(oof, confirm)}`;
      })();
  console.log(`${JSON.stringify(override)}: ${folds}; ${real} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
