// An esbuild plugin: bundles the `az` package (Russian morphology) without its own file and
// network loader. Az reads dictionaries with node:fs, or XMLHttpRequest in a browser; the engine
// replaces that loader with one over a DictionarySource (src/engine/morph/russian.ts), so the
// bundles keep neither (no `fs` to resolve in the web build, no network code anywhere).
import { readFile } from 'node:fs/promises';

const LOADER_START = 'load: function(url, responseType, callback) {';
const LOADER_END = 'extend: function() {';
const REQUIRE_FS = "var fs = require('fs');";

export const azWithoutLoader = {
  name: 'az-without-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]az[\\/]dist[\\/]az\.js$/ }, async (args) => {
      const original = await readFile(args.path, 'utf8');
      const code = original.replace(REQUIRE_FS, 'var fs;');
      const start = code.indexOf(LOADER_START);
      const end = code.indexOf(LOADER_END, start);
      if (start < 0 || end < 0 || code === original) throw new Error(`${args.path}: Az.load not found (did az change?)`);
      const stub = "load: function(url, responseType, callback) { callback(new Error('az: dictionaries come through a DictionarySource')); },\n    ";
      return { contents: code.slice(0, start) + stub + code.slice(end), loader: 'js' };
    });
  },
};
