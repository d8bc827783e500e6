/** Loads the morphology of both languages for the scripts (as the test set-up does). */
import { loadMorphology } from '../../src/engine/morph/index.js';
import { nodeDictionarySource } from '../../src/node/dictionaries.js';
import { buildDictionaries } from '../dictionaries.mjs';
import { join } from 'node:path';
import { ROOT } from './tsv.js';

export async function loadAllMorphology(): Promise<void> {
  const folder = join(ROOT, 'dist', 'dict');
  buildDictionaries(folder);
  await loadMorphology(nodeDictionarySource(folder));
}
