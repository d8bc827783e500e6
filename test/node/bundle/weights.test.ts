/**
 * The scorer's weights ship as files beside the dictionaries (dist/dict/scorer/), not inside the
 * bundles: a megabyte of JSON in the bundle is parsed at every extension activation and CLI
 * start. Needs a build.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../engine/fixtures.js';

const ROOT = join(FIXTURES, '..', '..');
const BUNDLES = ['dist/cli.cjs', 'dist/extension.cjs', 'dist/engine.cjs', 'dist/web/extension.cjs.js'];

describe('shipped bundles: no scorer weights inside', () => {
  for (const language of ['ru', 'en']) {
    it(`leaves the ${language} weights out of the bundles, and ships them in dist/dict/scorer/`, () => {
      const weights = JSON.parse(readFileSync(join(ROOT, 'src', 'engine', 'scorer', 'weights', `${language}.json`), 'utf8')) as {
        weights: Record<string, number[]>;
      };
      // Feature names made of two lemmas occur in the weights only, never in code.
      const pairs = Object.keys(weights.weights)
        .filter((f) => f.startsWith('b:'))
        .slice(0, 20);
      assert.equal(pairs.length, 20);
      for (const bundle of BUNDLES) {
        const path = join(ROOT, bundle);
        assert.ok(existsSync(path), `${bundle} is built`);
        const text = readFileSync(path, 'utf8');
        for (const feature of pairs) assert.ok(!text.includes(JSON.stringify(feature)), `${bundle} holds ${feature}`);
      }
      assert.ok(existsSync(join(ROOT, 'dist', 'dict', 'scorer', `${language}.json`)));
    });
  }
});
