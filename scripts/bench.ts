/**
 * `npm run bench`: speed and size figures for the README's Performance section.
 * Drafts of about 1 000, 10 000 and 100 000 words are generated (fixed seed) from the corpus
 * sentences, mostly acceptable ones, so that findings occur at a realistic rate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { createLinter, lint } from '../src/engine/index.js';
import type { Language } from '../src/engine/types.js';
import { FIXTURES, tsvLines } from '../test/node/engine/fixtures.js';
import { loadLanguageData } from '../src/engine/language-data.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { benchMorphology } from './bench-morph.js';
import { benchCli, benchFirstLint, printCli, printFirstLint } from './bench-cold.js';
import { buildDictionaries } from './dictionaries.mjs';
import { benchRelintAll } from './bench-relint.js';
import { inTurns, WARM_UP, type Tool } from './bench/timing.js';

const root = join(FIXTURES, '..', '..');
const require = createRequire(import.meta.url);

/** mulberry32: a small seeded PRNG, so that every run lints the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDraft(language: Language, words: number, seed = 42): string {
  const lines = tsvLines(join(FIXTURES, 'corpus', `${language}.tsv`));
  const good = lines.filter((l) => l.label === 'ok').map((l) => l.text);
  const bad = lines.filter((l) => l.label !== 'ok').map((l) => l.text);
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(next() * 4);
    for (let i = 0; i < n && count < words; i++) {
      const sentence = next() < 0.15 ? pick(bad) : pick(good);
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n') + '\n';
}

const mb = (text: string) => Buffer.byteLength(text, 'utf8') / 1e6;
const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** A ratio: two decimals below 10. */
const f1r = (x: number) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Cold-process figures: first diagnostics in a fresh extension host, and the whole CLI process. */
async function benchCold(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'cli.cjs')) || !existsSync(join(root, 'dist', 'extension.cjs'))) {
    console.log('cold-process figures: no build (run npm run build first)');
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'sincerely-bench-'));
  try {
    const drafts = (['en', 'ru'] as const).map((language) => {
      const file = join(scratch, `draft-300.${language}.txt`);
      writeFileSync(file, generateDraft(language, 300));
      return file;
    });
    printFirstLint(await benchFirstLint(root, drafts, 5), 5);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const short = ['en', 'ru'].map((language) => join(root, 'scripts', 'bench-drafts', `short.${language}.txt`));
  printCli(benchCli(root, short, 11), 11);
}

async function main(): Promise<void> {
  // `npm run bench -- --cold`: only the cold-process figures (first diagnostics, CLI), quickly.
  if (process.argv.includes('--cold')) {
    await benchCold();
    printMachine();
    return;
  }
  // Lint as the CLI and the extension do: with the morphology and the scorer's weights loaded, and
  // with the engine as it ships (dist/engine.cjs, the desktop extension's engine bundle) when it is
  // built: alex runs as the JavaScript its package ships, and tsx (the sources) renames every
  // closure it creates, a cost the bundle does not have.
  buildDictionaries(join(root, 'dist', 'dict'));
  const engineBundle = join(root, 'dist', 'engine.cjs');
  const engine = existsSync(engineBundle)
    ? (require(engineBundle) as { lint: typeof lint; createLinter: typeof createLinter; loadLanguageData: typeof loadLanguageData })
    : { lint, createLinter, loadLanguageData };
  console.log(`engine: ${existsSync(engineBundle) ? 'dist/engine.cjs (as shipped)' : 'src/engine (sources under tsx; run npm run build for the bundle)'}`);
  await engine.loadLanguageData(nodeDictionarySource(join(root, 'dist', 'dict')));
  const parser = unified().use(retextLatin);
  const alex = (await import('alex')).text;
  const writeGood = require('write-good') as (text: string) => unknown[];
  const rows: string[][] = [
    [
      'text',
      'words',
      'MB',
      'findings',
      'sincerely ms',
      'CPU ms',
      'MB/s',
      'bare parse ms',
      '× parse',
      'alex ms',
      'alex ×',
      'alex × wall',
      'write-good ms',
      'write-good ×',
    ],
  ];
  const sizes = [1_000, 10_000, 100_000];
  for (const language of ['en', 'ru'] as const) {
    for (const words of sizes) {
      const text = generateDraft(language, words);
      const runs = words >= 100_000 ? 3 : words >= 10_000 ? 7 : 21;
      // The tools run in turns (scripts/bench/timing.ts); the ratios are medians of the paired ratios.
      const tools: Tool[] = [
        { name: 'sincerely', run: () => engine.lint(text) },
        { name: 'parse', run: () => parser.parse(text) },
      ];
      if (language === 'en') tools.push({ name: 'alex', run: () => alex(text) }, { name: 'write-good', run: () => writeGood(text) });
      // The JIT is warm by the 100 000-word drafts (the same code ran on the smaller ones): two runs.
      const timings = inTurns(tools, runs, words >= 100_000 ? { runs: 2, ms: WARM_UP.ms } : WARM_UP);
      const [ours, parse, alexMs, wgMs] = timings.tools;
      const findings = engine.lint(text).length;
      const byCpu = (name: string) => f1r(timings.ratio(name, 'sincerely').cpu);
      rows.push([
        language,
        String(words),
        mb(text).toFixed(2),
        String(findings),
        f1(ours!.wall),
        f1(ours!.cpu),
        f1(mb(text) / (ours!.wall / 1000)),
        f1(parse!.wall),
        f1r(timings.ratio('sincerely', 'parse').wall),
        alexMs ? f1(alexMs.wall) : '—',
        alexMs ? byCpu('alex') : '—',
        alexMs ? f1r(timings.ratio('alex', 'sincerely').wall) : '—',
        wgMs ? f1(wgMs.wall) : '—',
        wgMs ? byCpu('write-good') : '—',
      ]);
    }
  }
  printTable(rows);
  console.log(
    "ms: medians of wall time (CPU ms: of CPU time) with the tools in turns. × parse: Sincerely / bare retext-latin parse, median of the paired wall-time ratios (target ≤ 1.5). alex ×, write-good ×: their CPU time / Sincerely's, median of the paired ratios (throughput ratio; target ≥ 4 for alex); alex × wall: the same by wall time.",
  );

  // Re-lint after a one-character edit in the middle of the 100 000-word draft (scripts/bench-relint.ts).
  benchRelintAll(21, engine.createLinter);

  // Peak memory of a process that only lints the 100 000-word English draft.
  const rss = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-rss.ts')], { cwd: root, encoding: 'utf8' }).trim();
  console.log(`peak RSS, one process linting the 100 000-word EN draft: ${rss}`);

  const vsix = readdirSync(root).find((f) => /^sincerely-.*\.vsix$/.test(f));
  console.log(
    vsix
      ? `VSIX ${vsix}: ${(statSync(join(root, vsix)).size / 1e6).toFixed(2)} MB (target ≤ 8, dictionaries included)`
      : 'VSIX: not built (run npm run package first)',
  );
  const bundle = join(root, 'dist', 'extension.cjs');
  if (existsSync(bundle)) {
    // Fresh processes (a bundle loads once per process); the median by wall time.
    const runs = Array.from(
      { length: 7 },
      () =>
        JSON.parse(execFileSync(process.execPath, [join(root, 'scripts', 'bench-activate.cjs'), bundle, '--json'], { encoding: 'utf8' })) as {
          total: number;
          require: number;
          cpu: number;
        },
    ).sort((a, b) => a.total - b.total);
    const m = runs[3]!;
    console.log(
      `extension bundle ${(statSync(bundle).size / 1024).toFixed(0)} KB, load + activate, median of 7 fresh processes: ${m.total.toFixed(1)} ms (require ${m.require.toFixed(1)} ms, CPU ${m.cpu.toFixed(1)} ms) (target ≤ 50 ms)`,
    );
  }
  await benchCold();
  await benchMorphology({ ru: generateDraft('ru', 10_000), en: generateDraft('en', 10_000) });
  printMachine();
}

function printMachine(): void {
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

if (process.argv[1]?.endsWith('bench.ts')) void main();
