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
import { performance } from 'node:perf_hooks';
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

/** Warm-up per measured function: at least this many runs, and runs for at least this long. */
const WARM_UP_RUNS = 5;
const WARM_UP_MS = 1000;

/**
 * Median wall time in ms of `fn` over `runs` runs, after warm-up runs (so the JIT has compiled the
 * hot code): the same warm-up for every tool, at least WARM_UP_RUNS runs and WARM_UP_MS of them.
 * Five runs alone left a 1 000-word lint at 1.5–2× its steady time (V8 was still optimising it),
 * so the small drafts measured how fast each tool warms up rather than its throughput.
 */
function time(fn: () => unknown, runs: number): number {
  const warmUpStart = performance.now();
  for (let i = 0; i < WARM_UP_RUNS || performance.now() - warmUpStart < WARM_UP_MS; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const mb = (text: string) => Buffer.byteLength(text, 'utf8') / 1e6;
const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

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
    ['text', 'words', 'MB', 'findings', 'sincerely ms', 'MB/s', 'bare parse ms', '× parse', 'alex ms', 'alex ×', 'write-good ms', 'write-good ×'],
  ];
  const sizes = [1_000, 10_000, 100_000];
  for (const language of ['en', 'ru'] as const) {
    for (const words of sizes) {
      const text = generateDraft(language, words);
      const runs = words >= 100_000 ? 3 : words >= 10_000 ? 7 : 21;
      const ours = time(() => engine.lint(text), runs);
      const parse = time(() => parser.parse(text), runs);
      const findings = engine.lint(text).length;
      let alexMs = NaN;
      let wgMs = NaN;
      if (language === 'en') {
        alexMs = time(() => alex(text), runs);
        wgMs = time(() => writeGood(text), runs);
      }
      rows.push([
        language,
        String(words),
        mb(text).toFixed(2),
        String(findings),
        f1(ours),
        f1(mb(text) / (ours / 1000)),
        f1(parse),
        (ours / parse).toFixed(2),
        Number.isNaN(alexMs) ? '—' : f1(alexMs),
        Number.isNaN(alexMs) ? '—' : (alexMs / ours).toFixed(1),
        Number.isNaN(wgMs) ? '—' : f1(wgMs),
        Number.isNaN(wgMs) ? '—' : (wgMs / ours).toFixed(1),
      ]);
    }
  }
  printTable(rows);
  console.log(
    '× parse: Sincerely time / bare retext-latin parse time (target ≤ 1.5). alex ×, write-good ×: their time / Sincerely time (throughput ratio; target ≥ 4 for alex).',
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
