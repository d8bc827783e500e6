/**
 * Bench section: the whole CLI process on a short draft, `node dist/cli.cjs draft.txt` against
 * `alex draft.txt` (alex's own CLI), per language. Runs alternate between the two after a
 * warm-up, so that both see the same load on a shared machine; the figure is the median of each.
 * Besides wall time, the CPU time (user + sys) of each process is taken from /usr/bin/time when
 * it exists: on a busy machine it varies far less than wall time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './bench/timing.js';
import { azWithoutLoader } from './esbuild-az.mjs';

const TIME = '/usr/bin/time';

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** Runs `node args…` once; CPU time is NaN without /usr/bin/time. */
function run(args: string[], cwd: string, scratch: string): Sample {
  const withTime = existsSync(TIME);
  const out = join(scratch, 'time.txt');
  const [command, argv] = withTime ? [TIME, ['-f', '%U %S', '-o', out, process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  // Both CLIs exit 1 when they report problems; anything else is a failure worth seeing.
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  let cpuMs = NaN;
  if (withTime) {
    const [user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpuMs = (user! + sys!) * 1000;
  }
  return { wallMs, cpuMs };
}

export interface CliFigures {
  draft: string;
  words: number;
  ours: Sample;
  alex: Sample;
}

/** Median wall and CPU time of both CLIs on each draft, `runs` alternating runs after `warmup`. */
export function benchCli(root: string, drafts: readonly string[], runs = 11, warmup = 2): CliFigures[] {
  const ours = [join(root, 'dist', 'cli.cjs')];
  const alex = [realpathSync(join(root, 'node_modules', '.bin', 'alex'))];
  const scratch = mkdtempSync(join(tmpdir(), 'sincerely-bench-'));
  try {
    return drafts.map((draft) => {
      const samples = { ours: [] as Sample[], alex: [] as Sample[] };
      for (let i = 0; i < warmup + runs; i++) {
        const a = run([...ours, draft], root, scratch);
        const b = run([...alex, draft], root, scratch);
        if (i >= warmup) {
          samples.ours.push(a);
          samples.alex.push(b);
        }
      }
      const summary = (list: Sample[]): Sample => ({ wallMs: median(list.map((s) => s.wallMs)), cpuMs: median(list.map((s) => s.cpuMs)) });
      return { draft, words: readFileSync(draft, 'utf8').split(/\s+/).filter(Boolean).length, ours: summary(samples.ours), alex: summary(samples.alex) };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prints one line per draft: both medians and the ratio (target ≤ 0.6). */
export function printCli(figures: readonly CliFigures[], runs: number): void {
  for (const f of figures) {
    const cpu = Number.isNaN(f.ours.cpuMs)
      ? ''
      : `; CPU ${f.ours.cpuMs.toFixed(0)} vs ${f.alex.cpuMs.toFixed(0)} ms, ${(f.ours.cpuMs / f.alex.cpuMs).toFixed(2)}×`;
    console.log(
      `CLI, whole process, ${f.draft.split('/').pop()} (${f.words} words), median of ${runs}: sincerely ${f.ours.wallMs.toFixed(0)} ms, alex ${f.alex.wallMs.toFixed(0)} ms, ${(f.ours.wallMs / f.alex.wallMs).toFixed(2)}× (target ≤ 0.6)${cpu}`,
    );
  }
}

export interface FirstLintFigures {
  draft: string;
  /** Medians over the runs, ms: node start to the bundle loaded, activation, dictionaries, lint. */
  boot: number;
  activate: number;
  dictionaries: number;
  lint: number;
  openToDiagnostics: number;
  total: number;
  /** CPU time (user + sys, all threads) of the process from activation to the diagnostics. */
  cpu: number;
  findings: number;
}

/**
 * First diagnostics of each draft in a fresh extension host, simulated: bench-first-lint.ts is
 * bundled like the extension and run `runs` times per draft, each in a new process.
 */
export async function benchFirstLint(root: string, drafts: readonly string[], runs = 5): Promise<FirstLintFigures[]> {
  const esbuild = await import('esbuild');
  const scratch = mkdtempSync(join(tmpdir(), 'sincerely-bench-'));
  try {
    const bundle = join(scratch, 'bench-first-lint.cjs');
    await esbuild.build({
      entryPoints: [join(root, 'scripts', 'bench-first-lint.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      charset: 'utf8',
      target: 'es2022',
      mainFields: ['module', 'main'],
      logLevel: 'error',
      plugins: [azWithoutLoader],
    });
    return drafts.map((draft) => {
      const samples: Omit<FirstLintFigures, 'draft'>[] = [];
      for (let i = 0; i < runs; i++) {
        const result = spawnSync(process.execPath, [bundle, join(root, 'dist'), draft, join(root, 'scripts', 'bench-activate.cjs')], {
          cwd: root,
          encoding: 'utf8',
        });
        if (result.status !== 0) throw new Error(`bench-first-lint failed: ${result.stderr}`);
        samples.push(JSON.parse(result.stdout.trim().split('\n').pop()!));
      }
      const m = (key: keyof Omit<FirstLintFigures, 'draft'>) => median(samples.map((s) => s[key]));
      return {
        draft,
        boot: m('boot'),
        activate: m('activate'),
        dictionaries: m('dictionaries'),
        lint: m('lint'),
        openToDiagnostics: m('openToDiagnostics'),
        total: m('total'),
        cpu: m('cpu'),
        findings: m('findings'),
      };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function printFirstLint(figures: readonly FirstLintFigures[], runs: number): void {
  for (const f of figures) {
    console.log(
      `first diagnostics in a fresh extension host (simulated in Node), ${f.draft.split('/').pop()}, median of ${runs}: ` +
        `${f.total.toFixed(0)} ms from activation to diagnostics (target ≤ 1000), CPU ${f.cpu.toFixed(0)} ms; ` +
        `medians of the parts: activation ${f.activate.toFixed(0)}, engine bundle + rule data + dictionaries ${f.dictionaries.toFixed(0)}, first lint ${f.lint.toFixed(0)} ms; node start ${f.boot.toFixed(0)} ms not counted`,
    );
  }
}
