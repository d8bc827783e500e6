/**
 * The morphology section of `npm run bench`: dictionary load time and memory (in a fresh
 * process each, so that nothing is warm), analysis speed cold (a new analyser, every form seen
 * for the first time) and cached, the cost of the plugin inside lint(), and first-reading
 * accuracy on the form lists of the tests. Run alone: `npx tsx scripts/bench-morph.ts`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEnglish } from '../src/engine/morph/english.js';
import { analyzerFor, isMorphologyLoaded, loadMorphology, unloadMorphology } from '../src/engine/morph/registry.js';
import { loadRussian } from '../src/engine/morph/russian.js';
import { loadScorer } from '../src/engine/scorer/models.js';
import { loadRuleData } from '../src/engine/rule-data.js';
import { lint } from '../src/engine/index.js';
import { normalizeWord } from '../src/engine/morphology.js';
import type { Language } from '../src/engine/types.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { ENGLISH_FORMS, RUSSIAN_FORMS, type ExpectedForm } from '../test/node/engine/morph-forms.js';
import { buildDictionaries } from './dictionaries.mjs';

const root = join(import.meta.dirname, '..');
const DICT = join(root, 'dist', 'dict');

/** In a child process: load one language's dictionaries, then its scorer weights; print the times and memory as JSON. */
async function child(language: Language): Promise<void> {
  const before = process.memoryUsage();
  let cpu = process.cpuUsage();
  let start = performance.now();
  await loadMorphology(nodeDictionarySource(DICT), [language]);
  const ms = performance.now() - start;
  let used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  cpu = process.cpuUsage();
  start = performance.now();
  await loadScorer(nodeDictionarySource(DICT), [language]);
  const weightsMs = performance.now() - start;
  used = process.cpuUsage(cpu);
  const weightsCpuMs = (used.user + used.system) / 1000;
  globalThis.gc?.();
  const after = process.memoryUsage();
  console.log(
    JSON.stringify({ ms, cpuMs, weightsMs, weightsCpuMs, heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20, rssMB: (after.rss - before.rss) / 2 ** 20 }),
  );
}

function accuracy(language: Language, forms: ExpectedForm[]): string {
  let first = 0;
  let any = 0;
  for (const expected of forms) {
    const readings = analyzerFor(language).analyse(normalizeWord(expected.form));
    const fits = (r: (typeof readings)[number]) =>
      r.lemma === expected.lemma && r.pos === expected.pos && (expected.features ?? []).every((f) => r.features.includes(f));
    if (fits(readings[0]!)) first++;
    if (readings.some(fits)) any++;
  }
  return `${first}/${forms.length} first reading, ${any}/${forms.length} among readings`;
}

/** Words of a draft, normalised, in text order (repeats kept). */
function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => normalizeWord(m[0]).replace(/[-']+$/, ''));
}

export async function benchMorphology(drafts: Record<Language, string>): Promise<void> {
  buildDictionaries(DICT);
  console.log('\nMorphology');
  for (const language of ['ru', 'en'] as const) {
    const runs = [0, 1, 2].map(
      () =>
        JSON.parse(
          execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'scripts', 'bench-morph.ts'), '--child', language], {
            cwd: root,
            encoding: 'utf8',
          }),
        ) as { ms: number; cpuMs: number; weightsMs: number; weightsCpuMs: number; heapMB: number; rssMB: number },
    );
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[1]!;
    console.log(
      `  ${language} dictionary load: ${median.ms.toFixed(0)} ms wall, ${median.cpuMs.toFixed(0)} ms CPU (median of 3 fresh processes); then the scorer weights: ${median.weightsMs.toFixed(0)} ms wall, ${median.weightsCpuMs.toFixed(0)} ms CPU; both: heap +${median.heapMB.toFixed(1)} MB, RSS +${median.rssMB.toFixed(1)} MB`,
    );
  }
  const source = nodeDictionarySource(DICT);
  const raw: Record<Language, Awaited<ReturnType<typeof loadRussian>>> = { ru: await loadRussian(source), en: await loadEnglish(source) };
  await Promise.all([loadRuleData(source), loadMorphology(source), loadScorer(source)]);
  for (const language of ['ru', 'en'] as const) {
    const words = wordsOf(drafts[language]);
    const unique = [...new Set(words)];
    let start = performance.now();
    for (const word of unique) raw[language].analyse(word);
    const coldMs = performance.now() - start;
    const cached = analyzerFor(language);
    for (const word of unique) cached.analyse(word);
    start = performance.now();
    for (const word of words) cached.analyse(word);
    const warmMs = performance.now() - start;
    console.log(
      `  ${language} analysis: cold ${Math.round(unique.length / (coldMs / 1000)).toLocaleString('en')} words/s (${unique.length} distinct forms), cached ${Math.round(words.length / (warmMs / 1000)).toLocaleString('en')} words/s (${words.length} words)`,
    );
  }
  console.log(`  accuracy on the test form lists: ru ${accuracy('ru', RUSSIAN_FORMS)}; en ${accuracy('en', ENGLISH_FORMS)}`);
  for (const language of ['ru', 'en'] as const) {
    const text = drafts[language];
    // CPU time, not wall time: on a shared machine the wall time mostly measures the neighbours.
    // Modes alternate and the best of four rounds counts, so that a busy moment hurts neither.
    const timeLint = () => {
      lint(text);
      const start = process.cpuUsage();
      for (let i = 0; i < 3; i++) lint(text);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000 / 3;
    };
    let withMorph = Infinity;
    let without = Infinity;
    for (let round = 0; round < 4; round++) {
      withMorph = Math.min(withMorph, timeLint());
      unloadMorphology([language]);
      without = Math.min(without, timeLint());
      await loadMorphology(source, [language]);
    }
    console.log(
      `  ${language} lint() of a ${wordsOf(text).length}-word draft: ${withMorph.toFixed(0)} ms CPU with morphology, ${without.toFixed(0)} ms with the fallback (plugin cost ${(((withMorph - without) / without) * 100).toFixed(0)}%; loaded again: ${isMorphologyLoaded(language)})`,
    );
  }
}

if (process.argv[1]?.endsWith('bench-morph.ts')) {
  const i = process.argv.indexOf('--child');
  if (i > 0) void child(process.argv[i + 1] as Language);
  // bench.ts imports this module: import it back only once both are evaluated.
  else void import('./bench.js').then(({ generateDraft }) => benchMorphology({ ru: generateDraft('ru', 10_000), en: generateDraft('en', 10_000) }));
}
