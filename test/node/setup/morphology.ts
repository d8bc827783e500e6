// Mocha root hook: builds dist/dict/ when missing or stale (as esbuild.mjs does) and loads the
// morphology and the scorer weights of both languages through the Node DictionarySource before
// any test runs.
import { loadLanguageData } from '../../../src/engine/language-data.js';
import { nodeDictionarySource } from '../../../src/node/dictionaries.js';
import { buildDictionaries } from '../../../scripts/dictionaries.mjs';

export const mochaHooks = {
  async beforeAll(this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    buildDictionaries('dist/dict');
    await loadLanguageData(nodeDictionarySource('dist/dict'));
  },
};
