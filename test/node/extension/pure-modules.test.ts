/** The glue's pure parts and the engine load without vscode, and the engine uses no Node-only API (web). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const PURE = [
  'actions-model',
  'constants',
  'debounce',
  'diagnostics-model',
  'document-analysis',
  'error-log',
  'glob',
  'hover-model',
  'lint-policy',
  'part-insertion',
  'rc-problems',
  'scope',
  'settings-model',
  'status-model',
  'templates',
  'translate',
];

const imports = (path: string) => [...readFileSync(path, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('pure modules', () => {
  for (const name of PURE) {
    it(`src/extension/${name}.ts imports no vscode, and only pure modules`, async () => {
      const from = imports(`src/extension/${name}.ts`);
      assert.ok(!from.includes('vscode'));
      for (const path of from.filter((p) => p.startsWith('./'))) assert.ok(PURE.includes(path.slice(2).replace(/\.js$/, '')), path);
      await import(`../../../src/extension/${name}.js`);
    });
  }

  it('the engine imports neither vscode nor Node built-ins', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
      );
    for (const file of walk('src/engine')) {
      for (const from of imports(file)) assert.ok(from !== 'vscode' && !from.startsWith('node:'), `${file} imports ${from}`);
    }
  });
});
