/**
 * The shipped bundles (CLI, desktop and web extension) contain no network module, no eval and
 * no `new Function`: Sincerely reads text and writes diagnostics, nothing else. Needs a build.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../engine/fixtures.js';

const DIST = join(FIXTURES, '..', '..', 'dist');

function bundles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : bundles(path);
    return /\.(c?js)$/.test(entry.name) ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['a network module', /\b(?:require|import)\s*\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["'`]\s*\)/],
  ['a network module (ESM)', /\bfrom\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/],
  ['eval', /(?<![.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['fetch or XMLHttpRequest', /(?<![.\w$])(?:fetch\s*\(|XMLHttpRequest\b|WebSocket\s*\()/],
];

describe('shipped bundles: no network, no eval', () => {
  const files = bundles(DIST);
  it('the CLI and the extension bundles exist', () => {
    const names = files.map((f) => f.slice(DIST.length + 1));
    assert.ok(names.includes('cli.cjs'), names.join(', '));
    assert.ok(
      names.some((n) => n.startsWith('extension')),
      names.join(', '),
    );
    assert.ok(
      names.some((n) => n.startsWith('web/')),
      names.join(', '),
    );
  });
  for (const file of files) {
    it(file.slice(DIST.length + 1), () => {
      const code = readFileSync(file, 'utf8');
      for (const [what, pattern] of FORBIDDEN) {
        const m = pattern.exec(code);
        assert.equal(m, null, `${what}: …${m ? code.slice(Math.max(0, m.index - 60), m.index + 60) : ''}…`);
      }
    });
  }
});
