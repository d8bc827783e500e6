/**
 * `npx tsx scripts/bench-throughput.ts [en|ru] [words…] [--alex]`: only the lint-throughput
 * figures of `npm run bench` (generated drafts, morphology and scorer weights loaded), median wall
 * and CPU time per size, quickly, for working on it. With `--alex`, alex lints the same English
 * draft in turns with Sincerely (so both see the same load on a shared machine) and the ratio of
 * their CPU medians is printed. `node --cpu-prof --import tsx scripts/bench-throughput.ts en 10000`
 * profiles it.
 */
import { join } from 'node:path';
import { lint } from '../src/engine/index.js';
import { loadLanguageData } from '../src/engine/language-data.js';
import type { Language } from '../src/engine/types.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';
import { performance } from 'node:perf_hooks';

interface Figures {
  wall: number;
  cpu: number;
  min: number;
}

/**
 * Median wall and CPU time (ms) of each function, and its fastest run (steadier on a shared
 * machine), after warm-up runs; the functions run in turns.
 */
function measure(fns: Array<() => unknown>, runs: number): Figures[] {
  for (let i = 0; i < Math.min(runs, 5); i++) for (const fn of fns) fn();
  const walls = fns.map((): number[] => []);
  const cpus = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      fn();
      walls[k]!.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpus[k]!.push((cpu.user + cpu.system) / 1000);
    });
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return fns.map((_, k) => ({ wall: median(walls[k]!), cpu: median(cpus[k]!), min: Math.min(...walls[k]!) }));
}

const args = process.argv.slice(2);
const languages = args.filter((a): a is Language => a === 'en' || a === 'ru');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const alex = args.includes('--alex') ? (await import('alex')).text : undefined;
await loadLanguageData(nodeDictionarySource(join(import.meta.dirname, '..', 'dist', 'dict')));
for (const language of languages.length ? languages : (['en', 'ru'] as const)) {
  for (const words of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
    const text = generateDraft(language, words);
    const runs = Number(process.env.RUNS ?? (words >= 100_000 ? 5 : words >= 10_000 ? 15 : 41));
    const withAlex = alex && language === 'en';
    const [ours, theirs] = measure(withAlex ? [() => lint(text), () => alex(text)] : [() => lint(text)], runs);
    const ms = (x: number) => x.toFixed(1).padStart(7);
    const line = (f: Figures) => `${ms(f.wall)} ms wall, ${ms(f.cpu)} ms CPU (medians of ${runs}), fastest ${ms(f.min)} ms`;
    console.log(`${language} ${String(words).padStart(6)} words: ${line(ours!)}`);
    if (theirs)
      console.log(
        `  alex ${String(words).padStart(6)} words: ${line(theirs)}; alex × ${(theirs.cpu / ours!.cpu).toFixed(1)} by CPU, ${(theirs.wall / ours!.wall).toFixed(1)} by wall`,
      );
  }
}
