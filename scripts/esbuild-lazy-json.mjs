// An esbuild plugin: bundles the scorer's weights (about 1 MB of JSON) as a string that is parsed
// on first use. As object literals, they cost a quarter of a second at every `require` of the
// bundle (extension activation, CLI start) although a lint may never reach the scorer.
// The module's default export is a read-only view that parses the string when first read.
import { readFile } from 'node:fs/promises';

export const lazyScorerWeights = {
  name: 'lazy-scorer-weights',
  setup(build) {
    build.onLoad({ filter: /[\\/]scorer[\\/]weights[\\/][^\\/]+\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text); // fail the build on a broken file, not the first lint
      const contents = [
        `const text = ${JSON.stringify(text)};`,
        'let parsed;',
        'const value = () => (parsed ??= JSON.parse(text));',
        'export default new Proxy({}, {',
        '  get: (_, key) => value()[key],',
        '  has: (_, key) => key in value(),',
        '  ownKeys: () => Reflect.ownKeys(value()),',
        '  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(value(), key),',
        '});',
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
