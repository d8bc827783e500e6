// Bundles the CLI (Node), and the extension for desktop (Node) and the web (webworker).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { buildDictionaries } from './scripts/dictionaries.mjs';
import { azWithoutLoader } from './scripts/esbuild-az.mjs';
import { engineExports, lazyEngine } from './scripts/esbuild-lazy-engine.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  // Keep Cyrillic rule text as UTF-8: the default ASCII escapes make it three times larger.
  charset: 'utf8',
  logLevel: 'warning',
  target: 'es2022',
  mainFields: ['module', 'main'],
  plugins: [azWithoutLoader],
};

const builds = [
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: { SINCERELY_VERSION: JSON.stringify(version) },
  },
];
if (existsSync('src/extension/extension.ts')) {
  // Desktop: the engine in a bundle of its own, required on first use (scripts/esbuild-lazy-engine.mjs).
  const engine = { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.cjs', platform: 'node', format: 'cjs' };
  const names = await engineExports(engine);
  builds.push(
    engine,
    {
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.cjs',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      plugins: [...common.plugins, lazyEngine(names, 'engine.cjs')],
    },
    // The web worker extension host loads `browser` ("./dist/web/extension.cjs") as CommonJS and
    // appends ".js" to any path that does not end in it; a path ending in ".js" alone would be taken
    // for an ES module (package.json has "type": "module"), which the web worker host refuses.
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.cjs.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  );
}
await Promise.all(builds.map((options) => esbuild.build(options)));
// The morphology dictionaries and the scorer's weights, read at run time from dist/dict/
// (<lang>/, scorer/<lang>.json; skipped when up to date).
buildDictionaries('dist/dict');
