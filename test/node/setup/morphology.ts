// Mocha root hook: builds dist/dict/ when missing (as esbuild.mjs does) and loads the
// morphology of both languages through the Node DictionarySource before any test runs.
import { loadMorphology } from '../../../src/engine/morph/index.js';
import { nodeDictionarySource } from '../../../src/node/dictionaries.js';
import { buildDictionaries } from '../../../scripts/dictionaries.mjs';

export const mochaHooks = {
  async beforeAll(this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    buildDictionaries('dist/dict');
    await loadMorphology(nodeDictionarySource('dist/dict'));
  },
};
