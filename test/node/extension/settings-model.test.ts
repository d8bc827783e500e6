import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, describeProblem, parseRcFile, type ConfigProblem } from '../../../src/engine/index.js';
import { problemRange } from '../../../src/extension/rc-problems.js';
import {
  EDITOR_DEFAULTS,
  EXTENSION_VALIDATION,
  explicitSettings,
  layerSettings,
  listSettingUpdate,
  type ExtensionSettings,
  type InspectedSetting,
  type SettingKey,
} from '../../../src/extension/settings-model.js';

/** An rc file's text as the extension reads it: the engine's parser, with the editor's keys. */
const parseExtensionRc = (text: string, source: string) => parseRcFile<ExtensionSettings>(text, source, EXTENSION_VALIDATION);

const inspectFrom =
  (layers: Partial<Record<SettingKey, InspectedSetting>>) =>
  (key: SettingKey): InspectedSetting | undefined =>
    layers[key] ?? {};

describe('settings layering', () => {
  it('sincerely.structure and sincerely.maxTypingSizeKB: defaults, layers and validation', () => {
    assert.equal(layerSettings().structure, true);
    assert.equal(layerSettings().maxTypingSizeKB, 2048);
    const rc = parseExtensionRc('{"structure": false, "maxTypingSizeKB": 512}', '.sincerelyrc.json');
    assert.deepEqual(rc.problems, []);
    assert.equal(layerSettings(rc.settings).structure, false);
    assert.equal(layerSettings(rc.settings).maxTypingSizeKB, 512);
    const explicit = explicitSettings(inspectFrom({ structure: { globalValue: true }, maxTypingSizeKB: { workspaceValue: 100 } }));
    assert.equal(layerSettings(rc.settings, explicit.settings).structure, true, 'user settings win over the rc file');
    assert.equal(layerSettings(rc.settings, explicit.settings).maxTypingSizeKB, 100);
    const bad = parseExtensionRc('{"structure": "yes", "maxTypingSizeKB": -1}', '.sincerelyrc.json');
    assert.deepEqual(bad.problems.map((p) => p.key).sort(), ['maxTypingSizeKB', 'structure']);
    assert.deepEqual(bad.settings, {});
  });

  it('without any configuration gives the defaults', () => {
    assert.deepEqual(layerSettings(), { ...DEFAULT_SETTINGS, ...EDITOR_DEFAULTS });
  });

  it('defaults < .sincerelyrc.json < explicitly set VS Code settings, key by key', () => {
    const rc = parseExtensionRc(
      JSON.stringify({ language: 'ru', run: 'onSave', disabledRules: ['did-our-best'], severity: { excuse: 'error', minimizing: 'off' } }),
      '.sincerelyrc.json',
    );
    assert.deepEqual(rc.problems, []);
    const explicit = explicitSettings(
      inspectFrom({
        run: { globalValue: 'manual' },
        severity: { workspaceValue: { excuse: 'hint' } },
        debounceMs: { globalValue: 100, workspaceValue: 50 },
      }),
    );
    assert.deepEqual(explicit.problems, []);
    const settings = layerSettings(rc.settings, explicit.settings);
    assert.equal(settings.language, 'ru', 'from the rc file');
    assert.deepEqual(settings.disabledRules, ['did-our-best'], 'from the rc file');
    assert.equal(settings.run, 'manual', 'user settings win over the rc file');
    assert.equal(settings.debounceMs, 50, 'workspace settings win over user settings');
    assert.deepEqual(settings.severity, { excuse: 'hint', minimizing: 'off' }, 'severity merges per category');
    assert.equal(settings.scope, 'drafts', 'default');
  });

  it('settings left at their defaults do not override the rc file', () => {
    const rc = parseExtensionRc('{"sincerely.enable": false, "scope": "all"}', '.sincerelyrc.json');
    const explicit = explicitSettings(() => ({}));
    const settings = layerSettings(rc.settings, explicit.settings);
    assert.equal(settings.enable, false);
    assert.equal(settings.scope, 'all');
  });

  it('folder settings win over workspace and user settings', () => {
    const explicit = explicitSettings(inspectFrom({ scope: { globalValue: 'all', workspaceValue: 'manual', workspaceFolderValue: 'drafts' } }));
    assert.equal(explicit.settings.scope, 'drafts');
  });

  it('reports invalid settings with the layer and the key, and ignores them', () => {
    const explicit = explicitSettings(
      inspectFrom({
        run: { globalValue: 'sometimes' },
        severity: { workspaceValue: { excuse: 'loud', defensive: 'error' } },
        debounceMs: { workspaceFolderValue: -5 },
        draftGlobs: { globalValue: ['**/*.reply.md', '{broken'] },
      }),
    );
    assert.deepEqual(
      explicit.problems.map((p) => [p.source, p.key]),
      [
        ['User settings', 'draftGlobs'],
        ['User settings', 'run'],
        ['Folder settings', 'debounceMs'],
        ['Workspace settings', 'severity.excuse'],
      ],
    );
    const settings = layerSettings(explicit.settings);
    assert.equal(settings.run, 'onType');
    assert.equal(settings.debounceMs, 300);
    assert.deepEqual(settings.draftGlobs, ['**/*.reply.md']);
    assert.deepEqual(settings.severity, { defensive: 'error' });
  });

  it('reports every invalid key of the rc file once, and applies the valid ones', () => {
    const rc = parseExtensionRc(
      '{\n  "language": "de",\n  "languages": "markdown",\n  "scope": "drafts",\n  "severity": {"excuse": "loud"},\n  "disabledRules": ["no-such-rule"]\n}',
      '.sincerelyrc.json',
    );
    assert.deepEqual(
      rc.problems.map((p) => describeProblem(p)),
      [
        '.sincerelyrc.json: "language" must be "auto", "ru" or "en"',
        '.sincerelyrc.json: "severity.excuse" must be one of error, warning, information, hint, off',
        '.sincerelyrc.json: "disabledRules" unknown rule id: no-such-rule',
        '.sincerelyrc.json: "languages" must be a list of language ids, such as ["plaintext", "markdown"]',
      ],
    );
    assert.equal(rc.settings.scope, 'drafts');
    assert.equal(rc.settings.language, undefined);
  });

  it('an rc file that is not JSON is one problem for the whole file', () => {
    const rc = parseExtensionRc('{ "run": "onSave", }', '.sincerelyrc.json');
    assert.equal(rc.problems.length, 1);
    assert.equal(rc.problems[0]!.key, '');
    assert.match(describeProblem(rc.problems[0]!), /^\.sincerelyrc\.json: not valid JSON/);
    assert.deepEqual(rc.settings, {});
  });

  describe('where a problem is shown in the rc file', () => {
    const text = '{\n  "run": "often",\n  "severity": {\n    "defensive": "warning",\n    "excuse": "loud"\n  }\n}';
    const problem = (key: string, message = 'x'): ConfigProblem => ({ source: '.sincerelyrc.json', key, message });

    it('on the key', () => {
      assert.deepEqual(problemRange(text, problem('run')), { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
      assert.deepEqual(problemRange(text, problem('severity.excuse')), { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } });
    });

    it('on the key itself, not on the same words inside a string or another object', () => {
      const tricky = '{"allowedPhrases": ["\\"run\\": soon"], "other": {"run": 1}, "run": 2}';
      const range = problemRange(tricky, problem('run'));
      assert.equal(tricky.slice(range.start.character, range.end.character), '"run"');
      assert.equal(range.start.character, tricky.lastIndexOf('"run"'));
    });

    it('on a prefixed key', () => {
      assert.deepEqual(problemRange('{"sincerely.run": 1}', problem('run')), { start: { line: 0, character: 1 }, end: { line: 0, character: 16 } });
    });

    it('at the position a parse error names, else on the first line', () => {
      const broken = '{\n  "run": "onSave",\n}';
      const rc = parseExtensionRc(broken, '.sincerelyrc.json');
      const range = problemRange(broken, rc.problems[0]!);
      assert.ok(range.start.line >= 1, JSON.stringify(range));
      assert.deepEqual(problemRange('{}', problem('', 'expected a JSON object of settings')), {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 2 },
      });
    });
  });

  describe('quick fixes that write a list setting', () => {
    it('write to the workspace settings when a folder is open, else to the user settings', () => {
      assert.deepEqual(listSettingUpdate([], 'did-our-best', { hasWorkspaceFolder: true, multiRoot: false }), { target: 'workspace', value: ['did-our-best'] });
      assert.deepEqual(listSettingUpdate([], 'did-our-best', { hasWorkspaceFolder: false, multiRoot: false }), { target: 'global', value: ['did-our-best'] });
    });

    it("write to the folder's settings in a multi-root workspace when the folder sets the key", () => {
      const inspected = { workspaceFolderValue: ['a'] };
      assert.equal(listSettingUpdate(['a'], 'b', { hasWorkspaceFolder: true, multiRoot: true, inspected }).target, 'workspaceFolder');
      assert.equal(listSettingUpdate(['a'], 'b', { hasWorkspaceFolder: true, multiRoot: false, inspected }).target, 'workspace');
    });

    it('keep what the effective list holds (from the rc file too), without duplicates', () => {
      assert.deepEqual(listSettingUpdate(['from-rc'], 'did-our-best', { hasWorkspaceFolder: true, multiRoot: false }).value, ['from-rc', 'did-our-best']);
      assert.deepEqual(listSettingUpdate(['did-our-best'], 'did-our-best', { hasWorkspaceFolder: true, multiRoot: false }).value, ['did-our-best']);
    });
  });
});
