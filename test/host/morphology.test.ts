// The morphology dictionaries and the scorer's weights ship in the extension and load in this
// host (desktop or web) through vscode.workspace.fs when a draft is first linted.
import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, closeAllEditors, hasRule, openFixture, waitForDiagnostics } from './helpers';

interface Status {
  errors: number;
  morphology: { ru: boolean; en: boolean };
  scorer: { ru: boolean; en: boolean };
}

describe('morphology', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('loads the Russian and English dictionaries and scorer weights for the drafts, with no error', async () => {
    for (const path of [
      ['replies', 'late.reply.md'],
      ['replies', 'ответ.reply.txt'],
    ]) {
      const { document: doc } = await openFixture(...path);
      await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'a did-our-best diagnostic');
      const view = await vscode.commands.executeCommand<Status | undefined>('sincerely.status', doc.uri);
      assert.ok(view, 'sincerely.status answers');
      assert.strictEqual(view.errors, 0, 'errors in the extension host');
      assert.ok(path[1]!.endsWith('.md') ? view.morphology.en : view.morphology.ru, `morphology of ${path[1]} loaded: ${JSON.stringify(view.morphology)}`);
      assert.ok(path[1]!.endsWith('.md') ? view.scorer.en : view.scorer.ru, `scorer weights of ${path[1]} loaded: ${JSON.stringify(view.scorer)}`);
    }
  });
});
