import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  closeAllEditors,
  engineFindings,
  expectedDiagnostics,
  hasRule,
  lacksRule,
  openFixture,
  plainRange,
  rangeOf,
  restoreSettings,
  ruleIdOf,
  sameDiagnostics,
  setSetting,
  rcUri,
  saveRc,
  waitForDiagnostics,
} from './helpers';

const RULE = 'did-our-best';

describe('settings apply without reload', () => {
  let doc: vscode.TextDocument;

  before(activateExtension);
  beforeEach(async () => {
    doc = (await openFixture('replies', 'late.reply.md')).document;
    await waitForDiagnostics(doc.uri, hasRule(RULE), RULE);
  });
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('sincerely.disabledRules: the rule goes, the rest stays; restored, it comes back', async () => {
    await setSetting('disabledRules', [RULE]);
    const expected = expectedDiagnostics(doc, engineFindings(doc.getText(), { disabledRules: [RULE] }));
    await waitForDiagnostics(doc.uri, (d) => lacksRule(RULE)(d) && sameDiagnostics(d, expected), `the findings without ${RULE}`);
    await restoreSettings();
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back`);
  });

  it('sincerely.severity: excuse "off" drops the category, "error" raises it', async () => {
    await setSetting('severity', { excuse: 'off' });
    const expected = expectedDiagnostics(doc, engineFindings(doc.getText(), { severity: { excuse: 'off' } }));
    await waitForDiagnostics(doc.uri, (d) => lacksRule(RULE)(d) && sameDiagnostics(d, expected), 'no excuse findings');

    await setSetting('severity', { excuse: 'error' });
    const raised = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => ruleIdOf(x) === RULE && x.severity === vscode.DiagnosticSeverity.Error),
      `${RULE} as an error`,
    );
    const others = raised.filter((d) => ruleIdOf(d) !== RULE && d.severity === vscode.DiagnosticSeverity.Error);
    const excuses = new Set(
      engineFindings(doc.getText())
        .filter((f) => f.category === 'excuse')
        .map((f) => f.ruleId),
    );
    assert.deepStrictEqual(others.filter((d) => !excuses.has(ruleIdOf(d)!)).map(ruleIdOf), [], 'only excuses became errors');

    await restoreSettings();
    await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => ruleIdOf(x) === RULE && x.severity === vscode.DiagnosticSeverity.Warning),
      `${RULE} a warning again`,
    );
  });

  it('sincerely.allowedPhrases: an allowed phrase is not flagged', async () => {
    await setSetting('allowedPhrases', ['we did our best']);
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `${RULE} allowed`);
    await restoreSettings();
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back`);
  });

  it('sincerely.enable false clears the diagnostics; true brings them back', async () => {
    await setSetting('enable', false);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics');
    await setSetting('enable', true);
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back`);
  });

  it('sincerely.language "ru" on an English draft: the diagnostics follow the engine', async () => {
    const expected = expectedDiagnostics(doc, engineFindings(doc.getText(), { language: 'ru' }));
    await setSetting('language', 'ru');
    await waitForDiagnostics(doc.uri, (d) => sameDiagnostics(d, expected), 'the findings with language "ru"');
    await restoreSettings();
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back with language "auto"`);
  });

  it('sincerely.run "onSave": a phrase typed into a draft is flagged once it is saved', async () => {
    await setSetting('run', 'onSave');
    const editor = await openFixture('replies', 'scratch.reply.txt');
    const scratch = editor.document;
    const original = scratch.getText();
    try {
      assert.ok(await editor.edit((b) => b.insert(scratch.positionAt(original.length), '\nWe did our best.\n')), 'typed');
      assert.ok(await scratch.save(), 'saved');
      const diagnostics = await waitForDiagnostics(scratch.uri, hasRule(RULE), `${RULE} after saving`);
      assert.deepStrictEqual(
        diagnostics.filter((d) => ruleIdOf(d) === RULE).map((d) => plainRange(d.range)),
        [plainRange(rangeOf(scratch, 'We did our best'))],
      );
    } finally {
      // Put the fixture back (under test-electron it is a file on disk, in a scratch copy).
      const all = new vscode.Range(scratch.positionAt(0), scratch.positionAt(scratch.getText().length));
      await editor.edit((b) => b.replace(all, original));
      await scratch.save();
    }
  });
});

describe('.sincerelyrc.json in the workspace folder', () => {
  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(rcUri(), new TextEncoder().encode('{}\n'));
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.fs.delete(rcUri());
  });

  it('its disabledRules apply to the drafts of the folder, and stop applying when removed', async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(draft.uri, hasRule(RULE), RULE);
    await saveRc(JSON.stringify({ disabledRules: [RULE] }, null, 2));
    await waitForDiagnostics(draft.uri, lacksRule(RULE), `${RULE} disabled by .sincerelyrc.json`);
    await saveRc('{}\n');
    await waitForDiagnostics(draft.uri, hasRule(RULE), `${RULE} back`);
  });

  it('an invalid value is reported on the file itself, and the rest still applies', async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(draft.uri, hasRule(RULE), RULE);
    const rc = await saveRc(JSON.stringify({ severity: { excuse: 'loud' }, allowedPhrases: ['we did our best'] }, null, 2));
    await waitForDiagnostics(draft.uri, lacksRule(RULE), `${RULE} allowed by .sincerelyrc.json`);
    const problems = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const check = () => {
        const found = vscode.languages.getDiagnostics(rc.uri);
        if (found.length > 0) {
          sub.dispose();
          clearTimeout(timer);
          resolve(found);
        }
      };
      const sub = vscode.languages.onDidChangeDiagnostics(check);
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new assert.AssertionError('no diagnostics on .sincerelyrc.json for an invalid severity'));
      }, 15_000);
      check();
    });
    assert.ok(
      problems.some((d) => /excuse|severity/.test(d.message)),
      `a problem names the key: ${problems.map((d) => d.message).join(' | ')}`,
    );
    await saveRc('{}\n');
    await waitForDiagnostics(draft.uri, hasRule(RULE), `${RULE} back`);
  });
});
