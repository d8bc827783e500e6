/**
 * `npx tsx scripts/bench-ab.ts <base engine.cjs> [words…] [--alex]`: lint throughput of two engine
 * bundles in one process, in turns (and alex with `--alex`), on the drafts of `npm run bench`:
 * median CPU time of each, and the median of the paired ratios new / base. On a shared machine
 * the load changes from run to run; runs in turns see the same load, so their ratio is steadier
 * than figures taken one after the other. The new bundle is dist/engine.cjs (npm run build); keep
 * a copy of the base one first (e.g. `cp dist/engine.cjs /tmp/base.cjs` on the base commit).
 * The two bundles must give the same findings (checked). Warm-up and turns: scripts/bench/timing.ts.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { lint as Lint, loadLanguageData as Load } from '../src/engine/index.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { generateDraft } from './bench.js';
import { inTurns, type Tool } from './bench/timing.js';

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
const tools: Tool[] = [];
let text = '';
tools.push({ name: 'base', run: () => engines[0]!.lint(text) }, { name: 'new', run: () => engines[1]!.lint(text) });
if (args.includes('--alex')) {
  const alex = (await import('alex')).text;
  tools.push({ name: 'alex', run: () => alex(text) });
}

for (const words of sizes.length ? sizes : [1_000, 10_000]) {
  text = generateDraft('en', words);
  if (JSON.stringify(engines[0]!.lint(text)) !== JSON.stringify(engines[1]!.lint(text))) console.log(`${words} words: the findings differ`);
  const runs = Number(process.env.RUNS ?? (words >= 100_000 ? 5 : words >= 10_000 ? 31 : 101));
  const timings = inTurns(tools, runs);
  const figures = timings.tools.map(({ name, cpu }) => `${name} ${cpu.toFixed(1)} ms`).join(', ');
  const paired = timings.ratio('new', 'base');
  const spread = (k: number) => {
    const sorted = [...timings.tools[k]!.cpus].sort((a, b) => a - b);
    return `${sorted[Math.floor(sorted.length / 4)]!.toFixed(1)}–${sorted[Math.floor((3 * sorted.length) / 4)]!.toFixed(1)}`;
  };
  const alex =
    tools.length > 2 ? `; alex / new ${timings.ratio('alex', 'new').cpu.toFixed(2)}, alex / base ${timings.ratio('alex', 'base').cpu.toFixed(2)} (paired)` : '';
  console.log(
    `en ${words} words, CPU medians of ${runs} in turns: ${figures} (quartiles base ${spread(0)}, new ${spread(1)}); new / base ${paired.cpu.toFixed(3)} by CPU, ${paired.wall.toFixed(3)} by wall (paired)${alex}`,
  );
}
