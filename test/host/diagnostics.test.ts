import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  categoryOf,
  closeAllEditors,
  engineFindings,
  expectedDiagnostics,
  hasRule,
  lacksRule,
  openFixture,
  openUntitled,
  plainDiagnostics,
  plainRange,
  rangeOf,
  ruleIdOf,
  sameDiagnostics,
  SOURCE,
  waitForDiagnostics,
} from './helpers';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const DRAFTS = [
  { path: ['replies', 'late.reply.md'], phrase: 'We did our best' },
  { path: ['replies', 'ответ.reply.txt'], phrase: 'Мы старались изо всех сил' },
];

describe('diagnostics', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  for (const { path, phrase } of DRAFTS) {
    const name = path.join('/');

    it(`${name}: «${phrase}» is did-our-best on exactly its range`, async () => {
      const { document: doc } = await openFixture(...path);
      const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'a did-our-best diagnostic');
      const ours = diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best');
      assert.deepStrictEqual(
        ours.map((d) => plainRange(d.range)),
        [plainRange(rangeOf(doc, phrase))],
        'did-our-best ranges',
      );
      const [diagnostic] = ours;
      assert.ok(diagnostic);
      assert.strictEqual(diagnostic.source, SOURCE, 'source');
      assert.strictEqual(doc.getText(diagnostic.range), phrase, 'flagged text');
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'severity of an excuse (default: warning)');
      assert.ok(diagnostic.message.trim().length > 0, 'a message');
      const code = diagnostic.code;
      assert.ok(code !== undefined && typeof code === 'object', 'code is {value, target}');
      assert.strictEqual(code.value, 'did-our-best', 'code.value');
      assert.ok(code.target instanceof vscode.Uri, 'code.target is a Uri');
      assert.strictEqual(code.target.toString(), 'sincerely-rule:/did-our-best.md', 'code.target is the rule page inside the editor');
      const page = await vscode.workspace.openTextDocument(code.target);
      assert.match(page.getText(), /^# `did-our-best`/, 'the rule page, from the extension itself (no web site)');
      assert.match(page.getText(), /## English[\s\S]*## Русский/, 'both languages');
    });

    it(`${name}: the diagnostics are exactly the engine's findings`, async () => {
      const { document: doc } = await openFixture(...path);
      const findings = engineFindings(doc.getText());
      const expected = expectedDiagnostics(doc, findings);
      let diagnostics: vscode.Diagnostic[];
      try {
        diagnostics = await waitForDiagnostics(doc.uri, (d) => sameDiagnostics(d, expected), 'the engine findings');
      } catch (error) {
        assert.deepStrictEqual(
          plainDiagnostics(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE)),
          expected,
          (error as Error).message,
        );
        throw error;
      }
      const categories = new Set(diagnostics.map((d) => categoryOf(d, doc, findings)));
      assert.ok(categories.has('excuse'), `categories include excuse: ${[...categories].join(', ')}`);
      for (const d of diagnostics) {
        assert.strictEqual(d.source, SOURCE, 'source');
        const finding = findings.find((f) => f.ruleId === ruleIdOf(d) && doc.offsetAt(d.range.start) === f.offset && doc.offsetAt(d.range.end) === f.endOffset);
        assert.ok(finding, `a finding for ${ruleIdOf(d)}`);
        assert.strictEqual(d.severity, SEVERITY[finding.severity], `severity of ${finding.ruleId} (${finding.category})`);
      }
    });
  }

  it('follow typing: a flagged phrase typed into a draft appears, deleted it goes', async () => {
    const editor = await openUntitled('Hi Anna,\n\nThank you for telling me about the delay.\n');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, lacksRule('did-our-best'), 'no did-our-best yet');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'We did our best.\n')), 'typed');
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best after typing');
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleIdOf(d) === 'did-our-best').map((d) => plainRange(d.range)),
      [plainRange(rangeOf(doc, 'We did our best'))],
    );
    assert.ok(await editor.edit((b) => b.delete(doc.lineAt(3).rangeIncludingLineBreak)), 'deleted');
    await waitForDiagnostics(doc.uri, lacksRule('did-our-best'), 'did-our-best gone after deleting');
  });

  it('after a burst of edits the diagnostics are those of the final text (stale results dropped)', async () => {
    const editor = await openUntitled('Hi Anna,\n\n');
    const doc = editor.document;
    const lines = [
      'We did our best.',
      'I am sorry for the delay.',
      'Honestly, we did our best with the copy.',
      'Мы старались изо всех сил.',
      'I will send it by Friday.',
    ];
    for (const line of lines) {
      assert.ok(await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), `${line}\n`)), 'typed');
    }
    const expected = expectedDiagnostics(doc, engineFindings(doc.getText()));
    assert.ok(expected.filter((d) => d.ruleId === 'did-our-best').length >= 2, 'precondition: the engine flags the final text');
    await waitForDiagnostics(doc.uri, (d) => sameDiagnostics(d, expected), 'the findings of the final text');
  });

  it('a long draft (400 paragraphs) is linted in full', async () => {
    // Plain paragraphs: "Paragraph 1:" labels would shape it as a document, not a reply, and a long
    // text that is not a reply gets no tone findings.
    const paragraph = (i: number) => `The files for step ${i} arrived late. We did our best, and I will send the fix by Friday.`;
    const text = `Hi Anna,\n\n${Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n')}\n\nMax\n`;
    const { document: doc } = await openUntitled(text);
    const expected = expectedDiagnostics(doc, engineFindings(text));
    assert.ok(expected.filter((d) => d.ruleId === 'did-our-best').length === 400, 'precondition: 400 did-our-best');
    await waitForDiagnostics(doc.uri, (d) => sameDiagnostics(d, expected), 'all the findings');
  });

  it('closing the last tab of a fixture draft clears its diagnostics; reopening brings them back', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics once its tab is closed');
    await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best after reopening');
  });

  it('closing an untitled draft clears its diagnostics', async () => {
    const editor = await openUntitled('Hi Anna,\n\nWe did our best.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule('did-our-best'), 'did-our-best');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics after closing');
  });
});
