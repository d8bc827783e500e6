/** The manifest, the settings model, the localization bundles and the packaging files agree. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CATEGORIES, DEFAULT_SEVERITY, SEVERITIES } from '../../../src/engine/index.js';
import { COMMANDS, EXTENSION_ID } from '../../../src/extension/constants.js';
import { EDITOR_DEFAULTS, RUNS, SCOPES, SETTING_KEYS } from '../../../src/extension/settings-model.js';
import { rcSchema } from '../../../scripts/rc-schema.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsRu: Record<string, string> = readJson('package.nls.ru.json');
const bundleRu: Record<string, string> = readJson('l10n/bundle.l10n.ru.json');
const properties: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;

describe('manifest', () => {
  it('has the extension id, the entry points and the capabilities', () => {
    assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    assert.equal(pkg.main, './dist/extension.cjs');
    assert.equal(pkg.browser, './dist/web/extension.cjs');
    assert.ok(readFileSync('esbuild.mjs', 'utf8').includes("'dist/web/extension.cjs.js'"), 'the web host loads <browser>.js');
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.equal(pkg.engines.vscode, '^1.90.0');
    assert.equal(pkg.l10n, './l10n');
    assert.match(pkg.repository.url, /github\.com\/sincerely-dev\/sincerely/);
    assert.ok(existsSync(pkg.icon));
  });

  it('activates on the default languages and the commands only', () => {
    const events: string[] = pkg.activationEvents;
    assert.deepEqual(
      events.filter((e) => !e.startsWith('onCommand:')),
      EDITOR_DEFAULTS.languages.map((l) => `onLanguage:${l}`),
    );
    assert.deepEqual(
      events.filter((e) => e.startsWith('onCommand:')).sort(),
      Object.values(COMMANDS)
        .map((c) => `onCommand:${c}`)
        .sort(),
    );
  });

  it('contributes every command, the internal ones hidden from the palette', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    const hidden = pkg.contributes.menus.commandPalette
      .filter((m: { when: string }) => m.when === 'false')
      .map((m: { command: string }) => m.command)
      .sort();
    assert.deepEqual(hidden, [COMMANDS.allowPhrase, COMMANDS.disableRule, COMMANDS.fixAll, COMMANDS.insertPart, COMMANDS.status, COMMANDS.openRule].sort());
  });

  it('declares every setting of the settings model, resource-scoped, with its default', () => {
    assert.deepEqual(
      Object.keys(properties),
      SETTING_KEYS.map((k) => `sincerely.${k}`),
    );
    for (const [key, schema] of Object.entries(properties)) {
      assert.equal(schema.scope, 'resource', key);
      assert.ok(typeof schema.markdownDescription === 'string', `${key} has a description`);
    }
    assert.equal(properties['sincerely.enable']!.default, true);
    assert.equal(properties['sincerely.language']!.default, 'auto');
    assert.deepEqual(properties['sincerely.languages']!.default, EDITOR_DEFAULTS.languages);
    assert.equal(properties['sincerely.scope']!.default, EDITOR_DEFAULTS.scope);
    assert.deepEqual(properties['sincerely.scope']!.enum, SCOPES);
    assert.deepEqual(properties['sincerely.draftGlobs']!.default, EDITOR_DEFAULTS.draftGlobs);
    assert.equal(properties['sincerely.run']!.default, EDITOR_DEFAULTS.run);
    assert.deepEqual(properties['sincerely.run']!.enum, RUNS);
    assert.equal(properties['sincerely.debounceMs']!.default, EDITOR_DEFAULTS.debounceMs);
    assert.deepEqual(properties['sincerely.disabledRules']!.default, []);
    assert.deepEqual(properties['sincerely.allowedPhrases']!.default, []);
    assert.equal(properties['sincerely.structure']!.default, true);
    assert.equal(properties['sincerely.structure']!.type, 'boolean');
    assert.equal(properties['sincerely.maxTypingSizeKB']!.default, EDITOR_DEFAULTS.maxTypingSizeKB);
    assert.equal(properties['sincerely.maxTypingSizeKB']!.type, 'number');
  });

  it('declares a severity per category, with the engine defaults', () => {
    const severity = properties['sincerely.severity'] as { default: unknown; properties: Record<string, { enum: string[]; default: string }> };
    assert.deepEqual(severity.default, DEFAULT_SEVERITY);
    assert.deepEqual(Object.keys(severity.properties), [...CATEGORIES]);
    for (const category of CATEGORIES) {
      assert.deepEqual(severity.properties[category]!.enum, [...SEVERITIES, 'off']);
      assert.equal(severity.properties[category]!.default, DEFAULT_SEVERITY[category]);
    }
  });

  it('contributes both snippet files for plain text and Markdown', () => {
    const snippets = pkg.contributes.snippets.map((s: { language: string; path: string }) => `${s.language} ${s.path}`).sort();
    assert.deepEqual(snippets, [
      'markdown ./snippets/en.code-snippets',
      'markdown ./snippets/ru.code-snippets',
      'plaintext ./snippets/en.code-snippets',
      'plaintext ./snippets/ru.code-snippets',
    ]);
  });

  it('has an English and a Russian text for every %key% of the manifest, and no unused ones', () => {
    const used = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.deepEqual(
      [...used].filter((k) => !(k in nls)),
      [],
      'missing in package.nls.json',
    );
    assert.deepEqual(
      [...used].filter((k) => !(k in nlsRu)),
      [],
      'missing in package.nls.ru.json',
    );
    assert.deepEqual(
      Object.keys(nls).filter((k) => !used.has(k)),
      [],
      'unused in package.nls.json',
    );
    assert.deepEqual(Object.keys(nlsRu).sort(), Object.keys(nls).sort());
  });

  it('has a Russian translation for every runtime string, with the same {n} slots', () => {
    const source = readdirSync('src/extension')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`src/extension/${f}`, 'utf8'))
      .join('\n');
    const strings = new Set([...source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")));
    assert.ok(strings.size > 20);
    assert.deepEqual(
      [...strings].filter((s) => !(s in bundleRu)),
      [],
      'missing in l10n/bundle.l10n.ru.json',
    );
    assert.deepEqual(
      Object.keys(bundleRu).filter((s) => !strings.has(s)),
      [],
      'unused in l10n/bundle.l10n.ru.json',
    );
    const slots = (s: string) =>
      [...s.matchAll(/\{\d+\}/g)]
        .map((m) => m[0])
        .sort()
        .join();
    for (const [english, russian] of Object.entries(bundleRu)) assert.equal(slots(russian), slots(english), english);
  });

  it('validates .sincerelyrc.json with a schema made from the settings (npx tsx scripts/build-rc-schema.ts)', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.sincerelyrc.json', url: './schemas/sincerelyrc.schema.json' }]);
    assert.deepEqual(readJson('schemas/sincerelyrc.schema.json'), rcSchema(properties, nls), 'schemas/sincerelyrc.schema.json is out of date');
    const keys = Object.keys(readJson('schemas/sincerelyrc.schema.json').properties);
    for (const key of SETTING_KEYS) assert.ok(keys.includes(key) && keys.includes(`sincerely.${key}`), key);
  });

  it('packages an allow-list', () => {
    const ignore = readFileSync('.vscodeignore', 'utf8').split('\n');
    assert.equal(
      ignore.find((l) => l.trim() && !l.startsWith('#')),
      '**',
    );
    for (const path of [
      '!dist/extension.cjs',
      '!dist/engine.cjs',
      '!dist/web/extension.cjs.js',
      '!dist/dict/rules/**',
      '!dist/rules/**',
      '!snippets/**',
      '!l10n/**',
      '!images/icon.png',
      '!LICENSE',
      '!schemas/sincerelyrc.schema.json',
    ]) {
      assert.ok(ignore.includes(path), path);
    }
    assert.equal(pkg.files, undefined, 'vsce refuses "files" together with .vscodeignore');
    assert.ok(pkg.devDependencies['@vscode/vsce']);
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  });
});
