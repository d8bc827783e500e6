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
import { inTurns, type ToolTiming } from './bench/timing.js';

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
    const timings = inTurns(
      withAlex
        ? [
            { name: 'sincerely', run: () => lint(text) },
            { name: 'alex', run: () => alex(text) },
          ]
        : [{ name: 'sincerely', run: () => lint(text) }],
      runs,
    );
    const [ours, theirs] = timings.tools;
    const ms = (x: number) => x.toFixed(1).padStart(7);
    const line = (f: ToolTiming) => `${ms(f.wall)} ms wall, ${ms(f.cpu)} ms CPU (medians of ${runs}), fastest ${ms(f.min)} ms`;
    console.log(`${language} ${String(words).padStart(6)} words: ${line(ours!)}`);
    if (theirs) {
      const ratio = timings.ratio('alex', 'sincerely');
      console.log(
        `  alex ${String(words).padStart(6)} words: ${line(theirs)}; alex × ${ratio.cpu.toFixed(2)} by CPU, ${ratio.wall.toFixed(2)} by wall (medians of the paired ratios)`,
      );
    }
  }
}
