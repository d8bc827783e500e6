/**
 * Child process of the bench (bundled by esbuild into a temporary CommonJS file first, like the
 * extension): the first diagnostics of a draft opened in a fresh extension host, simulated in a
 * cold Node process. It loads and activates the extension bundle against the stub `vscode` of
 * bench-activate.cjs (what opening a plain-text file does to a fresh host), then does what the
 * extension does when the document opens: loads the engine bundle (dist/engine.cjs, which the
 * desktop extension requires on its first lint), reads the rule data, dictionaries and scorer
 * weights the text needs asynchronously from dist/dict (as `workspace.fs.readFile` does), waits
 * for them, and lints the text with a new incremental linter in 30 ms slices. Prints one JSON
 * line of timings in ms.
 *
 * Usage: node bench-first-lint.cjs <dist folder> <draft file> <path of bench-activate.cjs>
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DictionarySource } from '../src/engine/index.js';

type Engine = typeof import('../src/engine/index.js');

async function main(): Promise<void> {
  const [dist, draft, activateScript] = process.argv.slice(2) as [string, string, string];
  const text = readFileSync(draft, 'utf8');
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  // bench-activate.cjs is a CommonJS script shared with `npm run bench`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { activateWithStub } = require(activateScript) as { activateWithStub(bundle: string): Promise<unknown> };
  await activateWithStub(join(dist, 'extension.cjs'));
  const opened = performance.now();
  // The extension's own engine bundle, as its first lint loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createLinter, languagesOfText, loadLanguageData } = require(join(dist, 'engine.cjs')) as Engine;
  const source: DictionarySource = { read: (name) => readFile(join(dist, 'dict', ...name.split('/'))) };
  await loadLanguageData(source, languagesOfText(text));
  const loaded = performance.now();
  const result = await createLinter().analyseInSlices(text, {}, { sliceMs: 30 });
  const done = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  console.log(
    JSON.stringify({
      activate: opened - start,
      dictionaries: loaded - opened,
      lint: done - loaded,
      openToDiagnostics: done - opened,
      total: done - start,
      cpu: (cpu.user + cpu.system) / 1000,
      boot: start,
      findings: result.findings.length,
    }),
  );
}

void main();
