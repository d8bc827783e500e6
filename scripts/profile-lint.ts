/**
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-lint.ts [en|ru] [words] [seconds] [engine.cjs]`:
 * lints one generated draft (scripts/bench.ts) with the shipped engine bundle (dist/engine.cjs, or the
 * given one) again and again for a while, for a CPU profile of the steady state. Prints the runs' median CPU time.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { lint as Lint, loadLanguageData as Load } from '../src/engine/index.js';
import type { Language } from '../src/engine/types.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';
import { median, timeOnce } from './bench/timing.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const language: Language = args.includes('ru') ? 'ru' : 'en';
const [words = 1000, seconds = 10] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const bundle = args.find((a) => a.endsWith('.cjs')) ?? join(root, 'dist', 'engine.cjs');
const engine = createRequire(import.meta.url)(bundle) as { lint: typeof Lint; loadLanguageData: typeof Load };
await engine.loadLanguageData(nodeDictionarySource(join(root, 'dist', 'dict')), [language]);
const text = generateDraft(language, words);
const cpus: number[] = [];
const end = Date.now() + seconds * 1000;
while (Date.now() < end) cpus.push(timeOnce(() => engine.lint(text)).cpu);
console.log(`${language} ${words} words: ${cpus.length} runs, median ${median(cpus).toFixed(2)} ms CPU`);
