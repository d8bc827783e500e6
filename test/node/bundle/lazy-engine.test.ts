/**
 * The desktop extension bundle leaves the engine to dist/engine.cjs, which it requires on the
 * first use of an engine export (scripts/esbuild-lazy-engine.mjs): activation compiles the editor
 * glue only. Activated against the stub `vscode` of the bench, in a child process. Needs a build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { join, resolve } from 'node:path';
import { FIXTURES } from '../engine/fixtures.js';
import { engineExports, lazyEngine } from '../../../scripts/esbuild-lazy-engine.mjs';

const require = createRequire(import.meta.url);

const ROOT = resolve(FIXTURES, '..', '..');

/** Whether activating dist/extension.cjs against the stub loads dist/engine.cjs (in a child process). */
function activationLoadsEngine(): boolean {
  const script = `
    const { activateWithStub } = require(${JSON.stringify(join(ROOT, 'scripts', 'bench-activate.cjs'))});
    activateWithStub(${JSON.stringify(join(ROOT, 'dist', 'extension.cjs'))}).then(() =>
      console.log(JSON.stringify(${JSON.stringify(join(ROOT, 'dist', 'engine.cjs'))} in require.cache)));`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as boolean;
}

describe('desktop bundle: the engine loads on first use', () => {
  it('activates without loading dist/engine.cjs', () => {
    assert.equal(activationLoadsEngine(), false);
  });

  it("reads the engine's exports from dist/engine.cjs when they are used", async () => {
    // A module of src/extension/ bundled with the plugin into dist/, beside engine.cjs.
    const probe = join(ROOT, 'dist', 'lazy-engine-probe.cjs');
    const common = { bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' } as const;
    const names = await engineExports({ ...common, entryPoints: [join(ROOT, 'src', 'engine', 'index.ts')], outfile: join(ROOT, 'dist', 'engine.cjs') });
    await esbuild.build({
      ...common,
      stdin: {
        contents: "import { detectLanguage } from '../engine/index.js'; export const probe = (text) => detectLanguage(text);",
        resolveDir: join(ROOT, 'src', 'extension'),
      },
      outfile: probe,
      plugins: [lazyEngine(names, 'engine.cjs')],
    });
    try {
      const engine = join(ROOT, 'dist', 'engine.cjs');
      delete require.cache[engine];
      const { probe: detect } = require(probe) as { probe(text: string): string };
      assert.equal(engine in require.cache, false);
      assert.equal(detect('Спасибо, что написали нам.'), 'ru');
      assert.equal(engine in require.cache, true);
    } finally {
      rmSync(probe, { force: true });
    }
  });
});
