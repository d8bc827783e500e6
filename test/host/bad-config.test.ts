// Bad configuration in the editor (issue 6, point 2): a malformed `.sincerelyrc.json`, values of the
// wrong type, unknown rule ids and categories give one clear problem each, naming the file and the
// key, on the key itself; the defaults are used for the rest. Invalid VS Code settings are ignored
// the same way. Phrases from the configuration are plain text, never regular expressions.
import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  SOURCE,
  closeAllEditors,
  closeDocument,
  engineFindings,
  expectedDiagnostics,
  hasRule,
  lacksRule,
  openFixture,
  openUntitled,
  restoreSettings,
  ruleIdOf,
  sameDiagnostics,
  setSetting,
  rcUri,
  saveRc,
  waitForDiagnostics,
} from './helpers';

const RULE = 'did-our-best';
const RC = '.sincerelyrc.json';

/**
 * Sincerely's problems on the rc file, once `predicate` holds for them (the JSON language service
 * reports schema violations there too, with its own source).
 */
function waitForProblems(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
    const finish = (error?: Error) => {
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(current());
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && predicate(current())) finish();
    });
    const timer = setTimeout(
      () =>
        finish(
          new assert.AssertionError(
            `timed out waiting for ${what} on ${RC}; now: ${
              current()
                .map((d) => d.message)
                .join(' | ') || 'none'
            }`,
          ),
        ),
      15_000,
    );
    if (predicate(current())) finish();
  });
}

describe('bad configuration', () => {
  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(rcUri(), new TextEncoder().encode('{}\n'));
  });
  afterEach(async () => {
    await restoreSettings();
    // A failed test must not leave its rc file to the next one.
    const current = await Promise.resolve(vscode.workspace.fs.readFile(rcUri())).then(
      (b) => new TextDecoder().decode(b),
      () => undefined,
    );
    if (current !== undefined && current !== '{}\n') await saveRc('{}\n');
    await closeAllEditors();
  });
  after(async () => {
    try {
      await vscode.workspace.fs.delete(rcUri());
    } catch {
      // deleted by a test
    }
  });

  it(`${RC} that is not JSON: one error on the file, naming it, and the defaults apply`, async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    await saveRc(JSON.stringify({ disabledRules: [RULE] }));
    await waitForDiagnostics(draft.uri, lacksRule(RULE), `${RULE} disabled by ${RC}`);

    const rc = await saveRc('{\n  "disabledRules": ["did-our-best"],\n  "severity": {\n');
    const problems = await waitForProblems(rc.uri, (d) => d.length > 0, 'the parse error');
    assert.strictEqual(problems.length, 1, `one problem: ${problems.map((d) => d.message).join(' | ')}`);
    const [problem] = problems;
    assert.match(problem!.message, /^\.sincerelyrc\.json: not valid JSON/, 'the message names the file');
    assert.strictEqual(problem!.severity, vscode.DiagnosticSeverity.Error);
    await waitForDiagnostics(draft.uri, hasRule(RULE), `${RULE} back: the whole file is ignored`);

    await saveRc('{}\n');
    await waitForProblems(rc.uri, (d) => d.length === 0, 'no problem once fixed');
  });

  it(`${RC} with a wrong type, an unknown rule id and an unknown category: one problem per key, on the key, and the rest applies`, async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    const rc = await saveRc(
      JSON.stringify(
        {
          run: 42,
          language: 'fr',
          disabledRules: ['no-such-rule', RULE],
          severity: { loud: 'error', blame: 'off', 'vague-promise': 'error' },
          allowedPhrases: 'as agreed',
        },
        null,
        2,
      ),
    );
    const keys = ['run', 'language', 'disabledRules', 'severity.loud', 'severity.blame', 'allowedPhrases'];
    const problems = await waitForProblems(rc.uri, (d) => d.length === keys.length, `${keys.length} problems`);
    for (const key of keys) {
      const found = problems.filter((d) => d.message.startsWith(`${RC}: "${key}" `));
      assert.strictEqual(found.length, 1, `one problem names "${key}": ${problems.map((d) => d.message).join(' | ')}`);
      assert.strictEqual(rc.getText(found[0]!.range), `"${key.split('.').pop()}"`, `the problem on "${key}" is on the key`);
      assert.strictEqual(found[0]!.severity, vscode.DiagnosticSeverity.Warning);
    }
    assert.match(problems.find((d) => d.message.includes('"disabledRules"'))!.message, /unknown rule id: no-such-rule/);
    assert.match(problems.find((d) => d.message.includes('"severity.loud"'))!.message, /unknown category/);

    // The valid parts apply: the known rule is disabled, vague promises are errors.
    const expected = expectedDiagnostics(draft, engineFindings(draft.getText(), { disabledRules: [RULE], severity: { 'vague-promise': 'error' } }));
    await waitForDiagnostics(draft.uri, (d) => lacksRule(RULE)(d) && sameDiagnostics(d, expected), 'the findings under the valid parts');

    await saveRc('{}\n');
    await waitForProblems(rc.uri, (d) => d.length === 0, 'no problem once fixed');
    await waitForDiagnostics(draft.uri, hasRule(RULE), `${RULE} back`);
  });

  it('VS Code settings of the wrong type or with unknown names are ignored; the valid ones apply', async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    await waitForDiagnostics(draft.uri, hasRule(RULE), RULE);
    await setSetting('disabledRules', RULE);
    await setSetting('debounceMs', 'fast');
    await setSetting('run', 'sometimes');
    await setSetting('severity', { loud: 'error', excuse: 'error' });
    await waitForDiagnostics(
      draft.uri,
      (d) => d.some((x) => ruleIdOf(x) === RULE && x.severity === vscode.DiagnosticSeverity.Error),
      `${RULE} still flagged, as an error (the valid part of sincerely.severity)`,
    );
    // Still linted as you type (sincerely.run and sincerely.debounceMs at their defaults).
    const editor = await openUntitled('Hi Anna,\n\n');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'We did our best.\n')), 'typed');
    await waitForDiagnostics(editor.document.uri, hasRule(RULE), `${RULE} typed into a draft`);
  });

  it(`an invalid ${RC} deleted: its problems go with it, and the defaults apply`, async () => {
    const { document: draft } = await openFixture('replies', 'late.reply.md');
    const rc = await saveRc(JSON.stringify({ disabledRules: [RULE], severity: { loud: 'error' } }, null, 2));
    await waitForProblems(rc.uri, (d) => d.length === 1, 'the problem on severity.loud');
    await waitForDiagnostics(draft.uri, lacksRule(RULE), `${RULE} disabled by ${RC}`);
    await closeDocument(rc);
    await vscode.workspace.fs.delete(rcUri());
    await waitForProblems(rcUri(), (d) => d.length === 0, 'no problem left on the deleted file');
    await waitForDiagnostics(draft.uri, hasRule(RULE), `${RULE} back with the defaults`);
    await vscode.workspace.fs.writeFile(rcUri(), new TextEncoder().encode('{}\n'));
  });

  it('phrases from the configuration are plain text, never regular expressions', async () => {
    const draft = `Hi Anna,\n\nWe did our best. ${'a'.repeat(30_000)}b\n`;
    const { document: doc } = await openUntitled(draft);
    await waitForDiagnostics(doc.uri, hasRule(RULE), RULE);
    // As regular expressions these would allow the phrase, or take forever on the long run of "a".
    await setSetting('allowedPhrases', ['We did (our) best', '.*', '(a+)+$', '[']);
    await setSetting('disabledRules', ['.*', 'did-.*']);
    const expected = expectedDiagnostics(doc, engineFindings(draft, { allowedPhrases: ['We did (our) best', '.*', '(a+)+$', '['] }));
    await waitForDiagnostics(doc.uri, (d) => hasRule(RULE)(d) && sameDiagnostics(d, expected), `${RULE} still flagged`);
    assert.ok(
      expected.some((d) => d.ruleId === RULE),
      'precondition: the engine flags it too',
    );
  });
});
