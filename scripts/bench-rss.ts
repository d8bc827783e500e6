/**
 * Child process of the bench: loads the English morphology and weights (as a lint of an English text does),
 * lints the 100 000-word English draft once and prints peak RSS.
 */
import { join } from 'node:path';
import { lint } from '../src/engine/index.js';
import { loadLanguageData } from '../src/engine/language-data.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';

await loadLanguageData(nodeDictionarySource(join(import.meta.dirname, '..', 'dist', 'dict')), ['en']);
const text = generateDraft('en', 100_000);
const before = process.resourceUsage().maxRSS;
lint(text);
const peak = process.resourceUsage().maxRSS;
console.log(`${(peak / 1024).toFixed(0)} MB (${((peak - before) / 1024).toFixed(0)} MB above the process before linting, English dictionary loaded)`);
