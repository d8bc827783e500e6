import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  closeAllEditors,
  hasRule,
  openFixture,
  openUntitled,
  plainDiagnostics,
  plainRange,
  rangeOf,
  restoreSettings,
  ruleIdOf,
  setSetting,
  sincerelyDiagnostics,
  waitForDiagnostics,
} from './helpers';

/**
 * Proves "not linted" without sleeping: the same text in an untitled draft (always in scope),
 * opened after the document, gets its diagnostics; by then the document's lint has been decided.
 */
async function assertNotLinted(doc: vscode.TextDocument): Promise<void> {
  const copy = await openUntitled(doc.getText(), doc.languageId);
  await waitForDiagnostics(copy.document.uri, hasRule('did-our-best'), 'did-our-best in the untitled copy (the barrier)');
  assert.deepStrictEqual(plainDiagnostics(sincerelyDiagnostics(doc.uri)), [], `${doc.uri.path} has no diagnostics`);
}

describe('scope', () => {
  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('notes/README.md (not a draft, says "due to") gets no diagnostics by default', async () => {
    const { document: doc } = await openFixture('notes', 'README.md');
    assert.ok(doc.getText().includes('due to'), 'the fixture says "due to"');
    await assertNotLinted(doc);
  });

  it('notes/client-email.md, outside the draft globs but written like a reply, is linted', async () => {
    const { document: doc } = await openFixture('notes', 'client-email.md');
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best').map((d) => plainRange(d.range)),
      [plainRange(rangeOf(doc, 'We did our best'))],
    );
  });

  it('sincerely.scope "all" lints notes/README.md; back to "drafts" its diagnostics go', async () => {
    const { document: doc } = await openFixture('notes', 'README.md');
    await setSetting('scope', 'all');
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best with scope "all"');
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best').map((d) => plainRange(d.range)),
      [plainRange(rangeOf(doc, 'We did our best'))],
    );
    await restoreSettings();
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics with scope "drafts" again');
  });

  it('sincerely.draftGlobs: a glob for notes/** brings notes/README.md in; restored, it leaves', async () => {
    const { document: doc } = await openFixture('notes', 'README.md');
    await setSetting('draftGlobs', ['**/notes/**']);
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best with the custom glob');
    await restoreSettings();
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics with the default globs');
  });

  it('sincerely.languages without markdown: a markdown draft is not linted', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    await setSetting('languages', ['plaintext']);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics once markdown is not a linted language');
    await restoreSettings();
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best again');
  });

  it('sincerely.scope "manual": drafts lose their diagnostics; the lint command still lints', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    await setSetting('scope', 'manual');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics with scope "manual"');
    await vscode.window.showTextDocument(doc);
    const count = await vscode.commands.executeCommand<number>('sincerely.lint');
    assert.ok(typeof count === 'number' && count > 0, `the command lints (${count})`);
    await waitForDiagnostics(doc.uri, (d) => d.length === count && hasRule('did-our-best')(d), `${count} diagnostics from the command`);
  });

  it('sincerely.lintAlways opts a non-draft file in (notes/CHANGELOG.md)', async () => {
    const { document: doc } = await openFixture('notes', 'CHANGELOG.md');
    await assertNotLinted(doc);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('sincerely.lintAlways');
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best once opted in');
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best').map((d) => plainRange(d.range)),
      [plainRange(rangeOf(doc, 'We did our best'))],
    );
  });
});
