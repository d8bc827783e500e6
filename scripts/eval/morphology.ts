/** Loads the morphology and the scorer weights of both languages for the scripts (as the test set-up does). */
import { loadLanguageData } from '../../src/engine/language-data.js';
import { nodeDictionarySource } from '../../src/node/dictionaries.js';
import { buildDictionaries } from '../dictionaries.mjs';
import { join } from 'node:path';
import { ROOT } from './tsv.js';

export async function loadAllMorphology(): Promise<void> {
  const folder = join(ROOT, 'dist', 'dict');
  buildDictionaries(folder);
  await loadLanguageData(nodeDictionarySource(folder));
}
