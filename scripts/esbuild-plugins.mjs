// esbuild plugins shared by esbuild.mjs and the bench's bundles.
import { readFile } from 'node:fs/promises';

/**
 * Az (the Russian morphology) deep-freezes its 4 880 tag objects, one by one, when it loads:
 * about a quarter of the load's CPU time, spent on an immutability the engine does not rely on
 * (it only reads tags). The bundles freeze the array alone. The build fails if Az's code changed
 * so that the patch no longer applies, rather than silently shipping the slow path.
 */
export const azShallowFreeze = {
  name: 'az-shallow-freeze',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]az[\\/]dist[\\/]az\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace('tags = deepFreeze(tags);', 'tags = Object.freeze(tags);');
      if (patched === source) throw new Error(`az-shallow-freeze: "tags = deepFreeze(tags);" not found in ${args.path}; update the patch`);
      return { contents: patched, loader: 'js' };
    });
  },
};
