/**
 * `npx tsx scripts/bench-relint.ts`: only the re-lint figures of `npm run bench` (a one-character edit in the
 * middle of the 100 000-word drafts, median of 21 incremental runs), quickly, for working on it.
 * `node --cpu-prof --import tsx scripts/bench-relint.ts` profiles it.
 */
import { join } from 'node:path';
import { createLinter } from '../src/engine/index.js';
import { loadMorphology } from '../src/engine/morph/registry.js';
import { loadRuleData } from '../src/engine/rule-data.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import type { Language } from '../src/engine/types.js';
import { generateDraft } from './bench.js';
import { inTurns } from './bench/timing.js';

/**
 * How the edit alternates: `replace` one character by another (x, y: the length stays, as the
 * bench has always measured), or `type` one more character and take it back (x, xy: what follows
 * the edit moves, as when typing).
 */
export type RelintEdit = 'replace' | 'type';

/** Re-lint after a one-character edit in the middle of the 100 000-word draft of `language`. */
export function benchRelint(language: Language, runs = 21, edit: RelintEdit = 'replace', make = createLinter): { wall: number; cpu: number } {
  const text = generateDraft(language, 100_000);
  const linter = make();
  linter.analyse(text);
  const middle = Math.floor(text.length / 2);
  // The edited texts are built before timing, as flat strings (join), like the text an editor
  // hands over (TextDocument.getText()); a `+` concatenation would make the linter pay for
  // flattening a rope of the whole text on its first read.
  const edited = (edit === 'type' ? ['x', 'xy'] : ['x', 'y']).map((c) => [text.slice(0, middle), c, text.slice(middle)].join(''));
  let flip = false;
  // One tool: the shared loop's warm-up (scripts/bench/timing.ts), then medians of wall and CPU time.
  const [relint] = inTurns(
    [
      {
        name: 'relint',
        run: () => {
          flip = !flip;
          linter.analyse(edited[flip ? 0 : 1]!);
        },
      },
    ],
    runs,
  ).tools;
  return { wall: relint!.wall, cpu: relint!.cpu };
}

export function printRelint(language: Language, { wall, cpu }: { wall: number; cpu: number }, runs = 21, edit: RelintEdit = 'replace'): void {
  const what = edit === 'type' ? 'a typed character' : 'a one-character edit';
  console.log(`re-lint after ${what} (${language}, 100 000 words), median of ${runs}: ${wall.toFixed(2)} ms wall, ${cpu.toFixed(2)} ms CPU (target ≤ 10)`);
}

/** Both figures for both languages; `make` is the engine's createLinter (the sources' by default, the bundle's from `npm run bench`). */
export function benchRelintAll(runs = 21, make = createLinter): void {
  for (const edit of ['replace', 'type'] as const) {
    for (const language of ['en', 'ru'] as const) printRelint(language, benchRelint(language, runs, edit, make), runs, edit);
  }
}

if (process.argv[1]?.endsWith('bench-relint.ts')) {
  const source = nodeDictionarySource(join(import.meta.dirname, '..', 'dist', 'dict'));
  await Promise.all([loadRuleData(source), loadMorphology(source)]);
  benchRelintAll(Number(process.env.RELINT_RUNS ?? 21));
}
