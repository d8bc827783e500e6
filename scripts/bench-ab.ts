/**
 * `npx tsx scripts/bench-ab.ts <base engine.cjs> [words…] [--alex]`: lint throughput of two engine
 * bundles in one process, in turns (and alex with `--alex`), on the drafts of `npm run bench`:
 * median CPU time of each, and the median of the paired ratios new / base. On a shared machine
 * the load changes from run to run; runs in turns see the same load, so their ratio is steadier
 * than figures taken one after the other. The new bundle is dist/engine.cjs (npm run build); keep
 * a copy of the base one first (e.g. `cp dist/engine.cjs /tmp/base.cjs` on the base commit).
 * The two bundles must give the same findings (checked).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { lint as Lint, loadLanguageData as Load } from '../src/engine/index.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';

interface Engine {
  lint: typeof Lint;
  loadLanguageData: typeof Load;
}

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const base = args.find((a) => a.endsWith('.cjs'));
if (!base) throw new Error('usage: bench-ab.ts <base engine.cjs> [words…] [--alex]');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const engines = [base, join(root, 'dist', 'engine.cjs')].map((path) => require(path) as Engine);
for (const engine of engines) await engine.loadLanguageData(nodeDictionarySource(join(root, 'dist', 'dict')));
const tools: Array<[string, (text: string) => unknown]> = [
  ['base', (text) => engines[0]!.lint(text)],
  ['new', (text) => engines[1]!.lint(text)],
];
if (args.includes('--alex')) {
  const alex = (await import('alex')).text;
  tools.push(['alex', (text) => alex(text)]);
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

for (const words of sizes.length ? sizes : [1_000, 10_000]) {
  const text = generateDraft('en', words);
  if (JSON.stringify(engines[0]!.lint(text)) !== JSON.stringify(engines[1]!.lint(text))) console.log(`${words} words: the findings differ`);
  const runs = Number(process.env.RUNS ?? (words >= 100_000 ? 5 : words >= 10_000 ? 31 : 101));
  for (let i = 0; i < Math.min(runs, 10); i++) for (const [, run] of tools) run(text);
  const cpu = tools.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    // Alternate the order, so that neither tool always runs after the other's garbage.
    const order = tools.map((_, k) => (i % 2 ? k : tools.length - 1 - k));
    for (const k of order) {
      const start = process.cpuUsage();
      tools[k]![1](text);
      const used = process.cpuUsage(start);
      cpu[k]!.push((used.user + used.system) / 1000);
    }
  }
  const paired = median(cpu[1]!.map((c, i) => c / cpu[0]![i]!));
  const figures = tools.map(([name], k) => `${name} ${median(cpu[k]!).toFixed(1)} ms`).join(', ');
  const alex =
    tools.length > 2 ? `; alex / new ${(median(cpu[2]!) / median(cpu[1]!)).toFixed(2)}, alex / base ${(median(cpu[2]!) / median(cpu[0]!)).toFixed(2)}` : '';
  console.log(`en ${words} words, CPU medians of ${runs} in turns: ${figures}; new / base ${paired.toFixed(3)} (paired)${alex}`);
}
