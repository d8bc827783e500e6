/**
 * `npx tsx scripts/bench-throughput.ts [en|ru] [words…]`: only the lint-throughput figures of
 * `npm run bench` (generated drafts, morphology and scorer weights loaded), median wall and CPU
 * time per size, quickly, for working on it. `node --cpu-prof --import tsx
 * scripts/bench-throughput.ts en 10000` profiles it.
 */
import { join } from 'node:path';
import { lint } from '../src/engine/index.js';
import { loadLanguageData } from '../src/engine/language-data.js';
import type { Language } from '../src/engine/types.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';
import { performance } from 'node:perf_hooks';

/** Median wall and CPU time (ms) of `fn`, and its fastest run (steadier on a shared machine), after warm-up runs. */
function measure(fn: () => unknown, runs: number): { wall: number; cpu: number; min: number } {
  for (let i = 0; i < Math.min(runs, 5); i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus), min: Math.min(...walls) };
}

const args = process.argv.slice(2);
const languages = args.filter((a): a is Language => a === 'en' || a === 'ru');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
await loadLanguageData(nodeDictionarySource(join(import.meta.dirname, '..', 'dist', 'dict')));
for (const language of languages.length ? languages : (['en', 'ru'] as const)) {
  for (const words of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
    const text = generateDraft(language, words);
    const runs = Number(process.env.RUNS ?? (words >= 100_000 ? 5 : words >= 10_000 ? 15 : 41));
    const { wall, cpu, min } = measure(() => lint(text), runs);
    const ms = (x: number) => x.toFixed(1).padStart(7);
    console.log(`${language} ${String(words).padStart(6)} words: ${ms(wall)} ms wall, ${ms(cpu)} ms CPU (medians of ${runs}), fastest ${ms(min)} ms`);
  }
}
