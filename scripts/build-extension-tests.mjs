// Bundles the in-host integration suite (test/host/) for both launchers:
//   dist/test/web/suite.js    — web-worker extension host (@vscode/test-web); mocha's browser build.
//                             (.js, not .cjs: the web host appends ".js" to any module path not ending in it)
//   dist/test/node/suite.cjs  — Node extension host (@vscode/test-electron); mocha from node_modules
// Both export `run(): Promise<void>`, the entry point VS Code calls for `extensionTestsPath`.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { azWithoutLoader } from './esbuild-az.mjs';

/**
 * mocha/mocha.js is a UMD script, but mocha >= 12 declares "type": "module", so esbuild bundles it as
 * an ES module whose `module` is the *bundle's* own: its `module.exports = factory()` then replaces
 * the suite's exports with the mocha instance, and VS Code calls `mocha.run(testsRoot, callback)`
 * instead of our `run()` (tests pass, then "fn is not a function" and the run never exits).
 * Give the script private `module`/`exports`; it still defines the global `mocha` itself.
 */
const mochaBrowserBuildAsScript = {
  name: 'mocha-browser-build-as-script',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis, { exports: {} }, {});\n`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  sourcemap: 'inline',
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
  format: 'cjs',
  mainFields: ['module', 'main'],
  // Snippet files are bundled so that the snippet tests read exactly what the extension contributes.
  loader: { '.code-snippets': 'text' },
  // `SINCERELY_TEST_GREP=regexp npm run test:web` runs only the matching tests.
  define: { SINCERELY_TEST_GREP: JSON.stringify(process.env.SINCERELY_TEST_GREP ?? '') },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['test/host/index.web.ts'],
    outfile: 'dist/test/web/suite.js',
    platform: 'browser',
    external: ['vscode'],
    define: { ...common.define, 'process.env.NODE_ENV': '"test"' },
    plugins: [mochaBrowserBuildAsScript, azWithoutLoader],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['test/host/index.node.ts'],
    outfile: 'dist/test/node/suite.cjs',
    platform: 'node',
    external: ['vscode', 'mocha', 'mocha/*'],
    plugins: [azWithoutLoader],
  }),
]);
