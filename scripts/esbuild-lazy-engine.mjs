// An esbuild plugin for the desktop extension bundle: the engine is a bundle of its own
// (dist/engine.cjs, built from src/engine/index.ts), and the extension's imports of
// src/engine/index.ts resolve to a small module that requires it on the first use of one of its
// exports. Activation then compiles the editor glue only; the engine (retext, the matchers,
// the analysers…) is read and compiled when the first lint needs it. Named imports of a CommonJS
// module are read from it at the place of use, so each export is a getter.
// The web bundle keeps the engine inside: the web extension host has no `require` for files.
import * as esbuild from 'esbuild';

/** The names `src/engine/index.ts` exports (from a bundle that is not written). */
export async function engineExports(options) {
  const result = await esbuild.build({ ...options, format: 'esm', write: false, metafile: true, sourcemap: false, minify: false });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports);
}

/** The plugin; `names` are the engine's exports, `file` the engine bundle's name beside the extension bundle. */
export function lazyEngine(names, file) {
  const contents = [
    'let engine;',
    `const load = () => (engine ??= require(__dirname + ${JSON.stringify('/' + file)}));`,
    `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
  ].join('\n');
  return {
    name: 'lazy-engine',
    setup(build) {
      build.onResolve({ filter: /[\\/]engine[\\/]index\.js$/ }, (args) =>
        /[\\/]src[\\/]extension$/.test(args.resolveDir) ? { path: 'engine', namespace: 'lazy-engine' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'lazy-engine' }, () => ({ contents, loader: 'js' }));
    },
  };
}
