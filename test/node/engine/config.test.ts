/** The engine's settings loader: finding `.sincerelyrc.json`, reading it, validating it against the rule ids it is given. */
import assert from 'node:assert/strict';
import {
  describeProblem,
  knownRuleIds,
  loadConfig,
  loadConfigFile,
  STRUCTURE_RULE_IDS,
  validateSettings,
  type ConfigFileSystem,
} from '../../../src/engine/index.js';
import { RULES } from '../../../src/engine/rules/data.generated.js';

/** An in-memory file system of `/`-separated paths; `stop` is where the search ends (a workspace folder). */
function memoryFiles(files: Record<string, string | Error>, stop = ''): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readFile(path) {
      reads.push(path);
      const content = files[path];
      if (content instanceof Error) throw content;
      return content;
    },
    join: (dir, name) => `${dir}/${name}`,
    parent: (dir) => (dir === stop || !dir.includes('/') ? undefined : dir.slice(0, dir.lastIndexOf('/'))),
  };
}

describe('loadConfig', () => {
  it('takes the nearest .sincerelyrc.json walking up from the folder, and only that one', async () => {
    const fs = memoryFiles({
      '/ws/.sincerelyrc.json': '{"language": "ru"}',
      '/ws/a/.sincerelyrc.json': '{"disabledRules": ["did-our-best"]}',
    });
    const loaded = await loadConfig(fs, '/ws/a/b');
    assert.equal(loaded.file, '/ws/a/.sincerelyrc.json');
    assert.deepEqual(loaded.settings, { disabledRules: ['did-our-best'] });
    assert.deepEqual(fs.reads, ['/ws/a/b/.sincerelyrc.json', '/ws/a/.sincerelyrc.json']);
  });

  it('stops where the file system says (the workspace folder), and finds nothing without a problem', async () => {
    const fs = memoryFiles({ '/.sincerelyrc.json': '{"language": "ru"}' }, '/ws');
    assert.deepEqual(await loadConfig(fs, '/ws/a'), { settings: {}, problems: [] });
    assert.deepEqual(fs.reads, ['/ws/a/.sincerelyrc.json', '/ws/.sincerelyrc.json']);
  });

  it('reports a file that exists but cannot be read, and an explicit file that does not exist', async () => {
    const fs = memoryFiles({ '/ws/.sincerelyrc.json': new Error('EISDIR') });
    const unreadable = await loadConfig(fs, '/ws/a');
    assert.deepEqual(
      unreadable.problems.map((p) => describeProblem(p)),
      ['/ws/.sincerelyrc.json: cannot read (EISDIR)'],
    );
    const missing = await loadConfigFile(fs, '/ws/other.json');
    assert.deepEqual(
      missing.problems.map((p) => describeProblem(p)),
      ['/ws/other.json: no such file'],
    );
  });

  it('takes an empty file for no settings, and reports malformed JSON as one problem on the file', async () => {
    const fs = memoryFiles({ '/a/.sincerelyrc.json': ' \n', '/b/.sincerelyrc.json': '\uFEFF{"language": ' });
    assert.deepEqual((await loadConfig(fs, '/a')).problems, []);
    const broken = await loadConfig(fs, '/b');
    assert.equal(broken.problems.length, 1);
    assert.match(describeProblem(broken.problems[0]!), /^\/b\/\.sincerelyrc\.json: not valid JSON/);
    assert.deepEqual(broken.settings, {});
  });

  it('validates further keys when given their checks, after the engine keys', async () => {
    const fs = memoryFiles({ '/ws/.sincerelyrc.json': '{"mode": 3, "language": "fr", "sincerely.mode": "x"}' });
    const loaded = await loadConfig<{ mode: string }>(fs, '/ws', {
      keys: { mode: (value, report) => (typeof value === 'string' ? value : report('must be a string')) },
    });
    assert.deepEqual(
      loaded.problems.map((p) => describeProblem(p, 'rc')),
      ['rc: "language" must be "auto", "ru" or "en"', 'rc: "mode" must be a string'],
    );
    assert.deepEqual(loaded.settings, { mode: 'x' });
  });
});

describe('validateSettings and rule ids', () => {
  it('knows every tone rule and structure check without anything registered at import', () => {
    const known = knownRuleIds();
    for (const id of [...RULES.map((r) => r.id), ...STRUCTURE_RULE_IDS]) assert.ok(known.has(id), id);
    assert.equal(known.size, new Set([...RULES.map((r) => r.id), ...STRUCTURE_RULE_IDS]).size);
  });

  it('checks disabledRules against the rule ids it is given', () => {
    const given = new Set(['only-this']);
    const result = validateSettings({ disabledRules: ['only-this', 'did-our-best'] }, 'test', { ruleIds: given });
    assert.deepEqual(result.settings, { disabledRules: ['only-this'] });
    assert.deepEqual(
      result.problems.map((p) => describeProblem(p)),
      ['test: "disabledRules" unknown rule id: did-our-best'],
    );
    assert.deepEqual(validateSettings({ disabledRules: ['did-our-best'] }, 'test').problems, []);
  });
});
