/**
 * The rule data ships as files beside the dictionaries (dist/dict/rules/<lang>.json), not inside
 * the bundles: compiled as code, it was a third of every activation and CLI start. Needs a build.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/engine/rules/data.generated.js';
import { FIXTURES } from '../engine/fixtures.js';

const ROOT = join(FIXTURES, '..', '..');
const BUNDLES = ['dist/cli.cjs', 'dist/extension.cjs', 'dist/engine.cjs', 'dist/web/extension.cjs.js'];

describe('shipped bundles: no rule data inside', () => {
  for (const language of ['ru', 'en'] as const) {
    it(`leaves the ${language} rules out of the bundles, and ships them in dist/dict/rules/`, () => {
      const messages = RULES.filter((r) => r.language === language).map((r) => r.message);
      assert.ok(messages.length > 10);
      for (const bundle of BUNDLES) {
        const path = join(ROOT, bundle);
        assert.ok(existsSync(path), `${bundle} is built`);
        const text = readFileSync(path, 'utf8');
        for (const message of messages) assert.ok(!text.includes(message), `${bundle} holds "${message}"`);
      }
      const shipped = JSON.parse(readFileSync(join(ROOT, 'dist', 'dict', 'rules', `${language}.json`), 'utf8')) as { rules: unknown[] };
      assert.deepEqual(
        shipped.rules,
        RULES.filter((r) => r.language === language),
      );
    });
  }
});
