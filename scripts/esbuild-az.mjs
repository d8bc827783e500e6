// An esbuild plugin: bundles the `az` package (Russian morphology) without its own file and
// network loader. Az reads dictionaries with node:fs, or XMLHttpRequest in a browser; the engine
// replaces that loader with one over a DictionarySource (src/engine/morph/russian.ts), so the
// bundles keep neither (no `fs` to resolve in the web build, no network code anywhere).
// Az also builds its 4 880 tag objects (twice each, with the Russian grammeme names) and
// deep-freezes them one by one when it loads: about half of the load's CPU time, for tags a
// draft mostly never meets and an immutability the engine does not rely on (it only reads tags).
// The bundles build each tag on its first use instead (the same objects, not frozen).
import { readFile } from 'node:fs/promises';

const LOADER_START = 'load: function(url, responseType, callback) {';
const LOADER_END = 'extend: function() {';
const REQUIRE_FS = "var fs = require('fs');";
/** Az's tag table: built whole at load, read by paradigm form (the second and third). */
const BUILD_TAGS = `tags = Array(tagsInt.length);
        for (var i = 0; i < tagsInt.length; i++) {
          tags[i] = new Tag(tagsInt[i]);
          tags[i].ext = new Tag(tagsExt[i]);
        }
        tags = deepFreeze(tags);`;
const LAZY_TAGS = `tags = Array(tagsInt.length);
        tagAt = function(i) {
          var tag = tags[i];
          if (!tag) {
            tag = tags[i] = new Tag(tagsInt[i]);
            tag.ext = new Tag(tagsExt[i]);
          }
          return tag;
        };`;
const TAG_OF_FORM = 'tags[this.paradigm[this.formCnt + formIdx]]';
const PARSE_START = 'var DictionaryParse = function(';

export const azWithoutLoader = {
  name: 'az-without-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]az[\\/]dist[\\/]az\.js$/ }, async (args) => {
      const original = await readFile(args.path, 'utf8');
      let code = original.replace(REQUIRE_FS, 'var fs;');
      const start = code.indexOf(LOADER_START);
      const end = code.indexOf(LOADER_END, start);
      if (start < 0 || end < 0 || code === original) throw new Error(`${args.path}: Az.load not found (did az change?)`);
      if (!code.includes(BUILD_TAGS) || code.split(TAG_OF_FORM).length !== 3 || !code.includes(PARSE_START)) {
        throw new Error(`${args.path}: the tag table is not built as expected (did az change?)`);
      }
      code = code
        .replace(BUILD_TAGS, LAZY_TAGS)
        .replaceAll(TAG_OF_FORM, 'tagAt(this.paradigm[this.formCnt + formIdx])')
        .replace(PARSE_START, `var tagAt;\n  ${PARSE_START}`);
      const stub = "load: function(url, responseType, callback) { callback(new Error('az: dictionaries come through a DictionarySource')); },\n    ";
      return { contents: code.slice(0, start) + stub + code.slice(end), loader: 'js' };
    });
  },
};
