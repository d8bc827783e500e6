/**
 * The CLI (spawned, JSON output) and the extension's model (what it publishes for a document: its
 * settings from `.sincerelyrc.json` through `loadRc` and `layerSettings`, then `analyseDocument`
 * with the document's incremental linter) give the same findings and the same score for the same
 * text and the same settings files, and word a bad setting the same way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLinter, describeProblem, RC_FILE_NAME, type ConfigFileSystem } from '../../../src/engine/index.js';
import { analyseDocument } from '../../../src/extension/document-analysis.js';
import { layerSettings, loadRc } from '../../../src/extension/settings-model.js';
import { jsonMessage } from '../../../src/cli/reporters.js';
import { FIXTURES } from '../engine/fixtures.js';

const CLI = join(FIXTURES, '..', '..', 'dist', 'cli.cjs');

/** The file system as the extension sees it (vscode.workspace.fs): URI strings, the search stops at the workspace folder. */
function workspaceFiles(root: string): ConfigFileSystem {
  const rootUri = pathToFileURL(root).href;
  return {
    async readFile(uri) {
      try {
        return readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
    join: (dir, name) => `${dir}/${encodeURIComponent(name)}`,
    parent: (dir) => (dir === rootUri ? undefined : dir.slice(0, dir.lastIndexOf('/'))),
  };
}

// The extension's findings go through the CLI's own JSON projection, so the two compare field by field.
const asJson = jsonMessage;
type JsonFinding = ReturnType<typeof asJson>;
const byPosition = (a: JsonFinding, b: JsonFinding) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId);

const DRAFT = [
  'Hello Anna,',
  '',
  'Sorry, but the delay was due to our courier. We did our best!!! We will look into it ASAP.',
  '',
  'Здравствуйте! Извините, если вас что-то не устроило: мы старались изо всех сил.',
  '',
  'Best regards,',
  'Max',
].join('\n');

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sincerely-same-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function extensionView(root: string, draft: string) {
  const folder = pathToFileURL(join(root, draft, '..')).href;
  const rc = await loadRc(workspaceFiles(root), folder);
  const settings = layerSettings(rc.settings);
  const published = await analyseDocument(createLinter(), readFileSync(join(root, draft), 'utf8'), settings);
  return { rc, settings, published };
}

function cliView(root: string, draft: string) {
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', join(root, draft)], { cwd: tmpdir(), encoding: 'utf8' });
  const [entry] = JSON.parse(result.stdout);
  return { code: result.status, stderr: result.stderr, entry };
}

describe('the CLI and the extension on the same draft and settings', () => {
  it('give the same findings, parts, score and losses', async () => {
    const root = workspace({
      [RC_FILE_NAME]: JSON.stringify({ disabledRules: ['cause-clause'] }),
      // The nearest file wins for both; editor-only keys are read by the extension and ignored by the CLI.
      [`replies/${RC_FILE_NAME}`]: JSON.stringify({
        severity: { excuse: 'error', 'vague-promise': 'warning' },
        allowedPhrases: ['look into it'],
        run: 'onSave',
      }),
      'replies/anna/draft.txt': DRAFT,
    });
    const draft = 'replies/anna/draft.txt';
    const cli = cliView(root, draft);
    const editor = await extensionView(root, draft);

    assert.equal(editor.settings.run, 'onSave', 'the extension read the nearest file');
    assert.deepEqual(editor.rc.problems, []);
    assert.equal(cli.stderr, '');
    const fromCli = [...cli.entry.messages, ...cli.entry.structure].sort(byPosition);
    const fromEditor = editor.published.findings.map(asJson).sort(byPosition);
    assert.ok(
      fromEditor.some((f) => f.severity === 'error' && f.category === 'excuse'),
      'precondition: the nearest file set excuses to errors',
    );
    assert.ok(
      fromEditor.some((f) => f.category === 'structure'),
      'precondition: structure findings',
    );
    assert.ok(
      fromEditor.some((f) => f.ruleId === 'cause-clause'),
      'precondition: the farther file (which disables it) does not apply',
    );
    assert.deepEqual(fromCli, fromEditor);

    const reply = editor.published.reply;
    assert.ok(reply, 'precondition: a reply with a score');
    assert.equal(cli.entry.score, reply.score);
    assert.deepEqual(cli.entry.parts, { present: reply.present, missing: reply.missing });
    assert.deepEqual(
      cli.entry.losses,
      reply.losses.map((l) => ({ points: l.points, ruleId: l.ruleId, ...(l.part ? { part: l.part } : {}), reason: l.reason })),
    );
  });

  it('word a bad setting the same way', async () => {
    const root = workspace({ [RC_FILE_NAME]: JSON.stringify({ severity: { loud: 'error' }, language: 'fr' }), 'draft.txt': DRAFT });
    const cli = cliView(root, 'draft.txt');
    const editor = await extensionView(root, 'draft.txt');
    assert.equal(cli.code, 2);
    const cliLines = cli.stderr.trim().split('\n');
    // The editor shows each problem on the file itself, named by its file name.
    const editorLines = editor.rc.problems.map((p) => describeProblem(p, RC_FILE_NAME));
    assert.equal(editorLines.length, 2);
    assert.equal(cliLines.length, editorLines.length);
    editorLines.forEach((line, i) => assert.ok(cliLines[i]!.endsWith(`/${line}; using the default`), `${cliLines[i]} ~ ${line}`));
    assert.equal(cli.entry.score, editor.published.reply?.score);
  });
});
