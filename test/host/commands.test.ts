import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  closeAllEditors,
  engineFindings,
  hasRule,
  lintAndListTone,
  openFixture,
  openUntitled,
  plainRange,
  rangeOf,
  restoreSettings,
  ruleIdOf,
  setSetting,
  waitForDiagnostics,
  willTouch,
} from './helpers';
import { SCENARIOS, template } from './templates';

describe('commands', () => {
  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('sincerely.lint lints the active draft and returns the number of findings', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const expected = engineFindings(doc.getText()).length;
    const count = await vscode.commands.executeCommand<number>('sincerely.lint');
    assert.strictEqual(count, expected, 'the count is the number of findings');
    await waitForDiagnostics(doc.uri, (d) => d.length === expected, `${expected} diagnostics`);
  });

  it('sincerely.lint lints even with sincerely.run "manual"', async () => {
    await setSetting('run', 'manual');
    const { document: doc } = await openUntitled('Hi Anna,\n\nWe did our best.\n\nMax\n');
    const count = await vscode.commands.executeCommand<number>('sincerely.lint');
    assert.strictEqual(count, engineFindings(doc.getText()).length, 'the count');
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best').map((d) => plainRange(d.range)),
      [plainRange(rangeOf(doc, 'We did our best'))],
    );
  });

  for (const language of ['en', 'ru'] as const) {
    for (const scenario of SCENARIOS) {
      it(`sincerely.newReply('${scenario}', '${language}') opens the full template, with no tone findings`, async () => {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('sincerely.newReply', scenario, language);
        assert.ok(editor?.document, 'returns the TextEditor');
        const doc = editor.document;
        assert.ok(doc.isUntitled, 'an untitled document');
        assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'and it is the active editor');
        const text = doc.getText();
        assert.ok(text.trim().length > 100, 'holds a full reply');

        // The same text as the template snippet inserted by hand.
        const reference = await openUntitled('', doc.languageId);
        assert.ok(await reference.insertSnippet(new vscode.SnippetString(template(scenario, language).body)), 'snippet inserted');
        assert.strictEqual(text, reference.document.getText(), 'the document holds the template');
        assert.deepStrictEqual(
          editor.selections.map((s) => plainRange(s)),
          reference.selections.map((s) => plainRange(s)),
          'the cursor is on the first tab stop, as after inserting the snippet',
        );

        const { tone } = await lintAndListTone(doc);
        assert.deepStrictEqual(tone, [], 'tone findings in the template');
      });
    }
  }

  it('sincerely.toggle flips sincerely.enable in the user settings; diagnostics follow', async () => {
    willTouch('enable', vscode.ConfigurationTarget.Global);
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    const enable = () => vscode.workspace.getConfiguration('sincerely').inspect<boolean>('enable')?.globalValue;

    await vscode.commands.executeCommand('sincerely.toggle');
    assert.strictEqual(enable(), false, 'user setting sincerely.enable after one toggle');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics while disabled');

    await vscode.commands.executeCommand('sincerely.toggle');
    assert.strictEqual(enable(), true, 'user setting sincerely.enable after two toggles');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best again');
  });
});
