// A draft VS Code guesses wrong, and the rule page opened from the editor.
import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, closeAllEditors, hasRule, openUntitled, restoreSettings, waitForDiagnostics } from './helpers';

describe('drafts VS Code guesses wrong, and rule pages', () => {
  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('an untitled Russian draft guessed as "ini" is still linted, and the status bar says why', async () => {
    const { document: doc } = await openUntitled('Здравствуйте, Анна!\n\nМы старались изо всех сил.\n\nС уважением,\nИван\n', 'ini');
    assert.strictEqual(doc.languageId, 'ini');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best in an "ini" draft');
    const view = await vscode.commands.executeCommand<{ tooltip: string } | undefined>('sincerely.status', doc.uri);
    assert.ok(view && /guessed its language as/.test(view.tooltip.replace(/\\(.)/g, '$1')), `the status names the guess: ${view?.tooltip}`);
  });

  it('sincerely.openRule opens the rule page from the extension itself', async () => {
    await vscode.commands.executeCommand('sincerely.openRule', 'did-our-best');
    const deadline = Date.now() + 5000;
    let page: vscode.TextDocument | undefined;
    while (!page && Date.now() < deadline) {
      page = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'sincerely-rule');
      if (!page) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(page, 'a sincerely-rule: document is open');
    assert.match(page.getText(), /^# `did-our-best`/);
    assert.match(page.getText(), /Effort is not a result/);
  });
});
