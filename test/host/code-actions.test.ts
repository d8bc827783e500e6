import * as vscode from 'vscode';
import * as assert from './assert';
import {
  activateExtension,
  applyCodeAction,
  closeAllEditors,
  engineFindings,
  hasRule,
  lacksRule,
  openFixture,
  openUntitled,
  plainRange,
  quoted,
  restoreSettings,
  revert,
  ruleIdOf,
  waitForDiagnostics,
  waitForQuickFixes,
  willTouch,
} from './helpers';

const RULE = 'did-our-best';

async function flagged(doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForDiagnostics(doc.uri, hasRule(RULE), `a ${RULE} diagnostic`);
  const diagnostic = diagnostics.find((d) => ruleIdOf(d) === RULE);
  assert.ok(diagnostic);
  return diagnostic;
}

async function actionsFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // `vscode.executeCodeActionProvider` returns the actions without their `diagnostics`: the range
  // (exactly the flagged phrase) is what ties them to the diagnostic. The workbench answers from
  // its own copy of the markers, which may trail the extension host by a re-lint: wait for them.
  return waitForQuickFixes(doc.uri, diagnostic.range, (actions) => actions.some((a) => a.title.includes(`«${RULE}»`)), `quick fixes for ${RULE}`);
}

function find(actions: vscode.CodeAction[], title: RegExp): vscode.CodeAction {
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no action matching ${title}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

describe('quick fixes and hover', () => {
  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('a did-our-best diagnostic offers Replace (first preferred), Fix all, Ignore, Disable rule, Allow this phrase', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const diagnostic = await flagged(doc);
    const actions = await actionsFor(doc, diagnostic);
    const titles = actions.map((a) => a.title);
    for (const a of actions) assert.ok(a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind), `«${a.title}» is a quick fix`);

    const replace = actions.filter((a) => /^Replace with «.+»$/s.test(a.title));
    assert.ok(replace.length >= 1, `at least one "Replace with «…»": ${titles.join(' | ')}`);
    assert.strictEqual(replace[0]!.isPreferred, true, 'the first replacement is preferred');
    assert.deepStrictEqual(
      actions.filter((a) => a.isPreferred).map((a) => a.title),
      [replace[0]!.title],
      'only the first replacement is preferred',
    );
    const [finding] = engineFindings(doc.getText()).filter((f) => f.ruleId === RULE);
    assert.ok(finding);
    assert.strictEqual(replace.length, finding.expected.length, 'one replacement per suggestion');

    // "Fix all" only when the document has more than this one finding of the rule.
    if (engineFindings(doc.getText()).filter((f) => f.ruleId === RULE).length > 1) find(actions, /^Fix all «did-our-best» in this document$/);
    assert.ok(actions.length <= 6, `a short menu: ${titles.join(' | ')}`);
    find(actions, /^Ignore «did-our-best» here$/);
    find(actions, /^Disable rule «did-our-best»$/);
    find(actions, /^Allow this phrase/);
  });

  it("the preferred fix, applied with workspace.applyEdit, is exactly the engine's fix (the CLI's `fixes`)", async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const diagnostic = await flagged(doc);
    const before = doc.getText();
    const preferred = (await actionsFor(doc, diagnostic)).find((a) => a.isPreferred);
    assert.ok(preferred?.edit, 'a preferred action with an edit');
    const replacement = quoted(preferred.title);
    assert.ok(replacement, 'the title quotes the replacement');

    const entries = preferred.edit.entries();
    assert.strictEqual(entries.length, 1, 'edits one document');
    const [uri, edits] = entries[0]!;
    assert.strictEqual(uri.toString(), doc.uri.toString(), 'edits this document');
    assert.strictEqual(edits.length, 1, 'one text edit');
    const [finding] = engineFindings(before).filter((f) => f.ruleId === RULE);
    const fix = finding?.fixes?.[0];
    assert.ok(fix, 'the engine has a fix for the finding');
    const [start, end] = fix.range;
    assert.deepStrictEqual(
      plainRange(edits[0]!.range),
      plainRange(new vscode.Range(doc.positionAt(start), doc.positionAt(end))),
      "the edit covers the engine fix's range",
    );
    assert.strictEqual(edits[0]!.newText, fix.text, "the edit writes the engine fix's text");
    assert.strictEqual(edits[0]!.newText, replacement, 'the edit writes the replacement named in the title');

    assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'applied');
    assert.strictEqual(doc.getText(), before.slice(0, start) + replacement + before.slice(end), "only the fix's range changed");
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `no ${RULE} after the fix`);

    await revert(doc);
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back after revert`);
  });

  it('a sentence-level replacement is a whole sentence, capitalised by its position, not by the flagged phrase', async () => {
    const { document: doc } = await openUntitled('Hi Anna,\n\nHonestly, we did our best.\n\nMax\n');
    const diagnostic = await flagged(doc);
    assert.strictEqual(doc.getText(diagnostic.range), 'we did our best');
    const replacements = (await actionsFor(doc, diagnostic)).filter((a) => a.title.startsWith('Replace with «')).map((a) => quoted(a.title) ?? '');
    assert.ok(replacements.length > 0, 'replacements offered');
    for (const r of replacements) assert.match(r, /^\p{Lu}.*[.!?]$/u, `«${r}» is a sentence`);
  });

  it('Fix all «did-our-best» rewrites every occurrence in the document', async () => {
    const text = 'Hi Anna,\n\nWe did our best with the layout.\n\nWe did our best with the copy too.\n';
    assert.strictEqual(engineFindings(text).filter((f) => f.ruleId === RULE).length, 2, 'precondition: the engine flags both');
    const { document: doc } = await openUntitled(text);
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleIdOf(x) === RULE).length === 2, `two ${RULE}`);
    const first = diagnostics.find((d) => ruleIdOf(d) === RULE)!;
    await applyCodeAction(find(await actionsFor(doc, first), /^Fix all «did-our-best»/));
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `no ${RULE} left`);
    assert.ok(!doc.getText().includes('We did our best'), `both rewritten: ${JSON.stringify(doc.getText())}`);
    assert.ok(doc.getText().startsWith('Hi Anna,\n\n'), 'the rest is untouched');
  });

  it('Ignore «did-our-best» here keeps the phrase and silences the finding', async () => {
    const { document: doc } = await openUntitled('Hi Anna,\n\nWe did our best.\n\nMax\n');
    const diagnostic = await flagged(doc);
    const before = doc.getText();
    await applyCodeAction(find(await actionsFor(doc, diagnostic), /^Ignore «did-our-best» here$/));
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `${RULE} ignored`);
    assert.ok(doc.getText().includes('We did our best.'), 'the phrase stays');
    assert.ok(doc.getText().length > before.length, 'a suppression comment was inserted');
    assert.match(doc.getText(), /did-our-best/, 'the comment names the rule');
  });

  it('Ignore «did-our-best» here works in a plain-text draft too', async () => {
    const { document: doc } = await openUntitled('Hi Anna,\n\nWe did our best.\n\nMax\n', 'plaintext');
    const diagnostic = await flagged(doc);
    await applyCodeAction(find(await actionsFor(doc, diagnostic), /^Ignore «did-our-best» here$/));
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `${RULE} ignored`);
    assert.ok(doc.getText().includes('We did our best.'), 'the phrase stays');
    assert.match(doc.getText(), /did-our-best/, 'the comment names the rule');
  });

  it('the preferred fix works in the Russian draft', async () => {
    const { document: doc } = await openFixture('replies', 'ответ.reply.txt');
    const diagnostic = await flagged(doc);
    assert.strictEqual(doc.getText(diagnostic.range), 'Мы старались изо всех сил');
    const preferred = (await actionsFor(doc, diagnostic)).find((a) => a.isPreferred);
    assert.ok(preferred?.edit, 'a preferred fix');
    const replacement = quoted(preferred.title) ?? '';
    assert.match(replacement, /^\p{Lu}/u, `«${replacement}» starts with a capital, like the flagged phrase`);
    assert.match(replacement, /[а-яё]/i, `«${replacement}» is in Russian`);
    const before = doc.getText();
    // A sentence-level suggestion replaces its whole sentence («…, но вы не прислали тексты вовремя.»
    // goes with it): the edit is the engine's fix, which covers the flagged phrase.
    const fix = engineFindings(before).find((f) => f.ruleId === RULE)?.fixes?.[0];
    assert.ok(fix, 'the engine has a fix for the finding');
    assert.strictEqual(fix.text, replacement, "the title names the engine fix's text");
    const [start, end] = fix.range;
    assert.ok(
      start <= doc.offsetAt(diagnostic.range.start) && end >= doc.offsetAt(diagnostic.range.end),
      `the fix's range [${start}, ${end}) covers the flagged phrase`,
    );
    assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'applied');
    assert.strictEqual(doc.getText(), before.slice(0, start) + replacement + before.slice(end), "only the fix's range changed");
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `no ${RULE} after the fix`);
    await revert(doc);
  });

  it('Disable rule «did-our-best» writes sincerely.disabledRules and the finding goes', async () => {
    willTouch('disabledRules', vscode.ConfigurationTarget.Global, vscode.ConfigurationTarget.Workspace);
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const diagnostic = await flagged(doc);
    await applyCodeAction(find(await actionsFor(doc, diagnostic), /^Disable rule «did-our-best»$/));
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `${RULE} disabled`);
    const inspected = vscode.workspace.getConfiguration('sincerely', doc.uri).inspect<string[]>('disabledRules');
    assert.ok(inspected?.workspaceValue?.includes(RULE), `written to the workspace settings (a folder is open): ${JSON.stringify(inspected)}`);
    await restoreSettings();
    await waitForDiagnostics(doc.uri, hasRule(RULE), `${RULE} back once the setting is removed`);
  });

  it('Allow this phrase writes sincerely.allowedPhrases and the finding goes', async () => {
    willTouch('allowedPhrases', vscode.ConfigurationTarget.Global, vscode.ConfigurationTarget.Workspace);
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const diagnostic = await flagged(doc);
    await applyCodeAction(find(await actionsFor(doc, diagnostic), /^Allow this phrase/));
    await waitForDiagnostics(doc.uri, lacksRule(RULE), `${RULE} allowed`);
    const value = vscode.workspace.getConfiguration('sincerely', doc.uri).get<string[]>('allowedPhrases') ?? [];
    assert.ok(
      value.some((p) => /did our best/i.test(p)),
      `allowedPhrases holds the phrase: ${JSON.stringify(value)}`,
    );
  });

  it('hover on a flagged phrase names the rule; elsewhere it does not', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const diagnostic = await flagged(doc);
    const text = async (position: vscode.Position) => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
      return hovers
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
    };
    const on = await text(diagnostic.range.start.translate(0, 3));
    assert.match(on, /did-our-best/, 'the hover names the rule');
    const lastLine = doc.lineAt(doc.lineCount - 1).text ? doc.lineCount - 1 : doc.lineCount - 2;
    const off = await text(new vscode.Position(lastLine, 1));
    assert.ok(!/did-our-best/.test(off), `no did-our-best hover on "${doc.lineAt(lastLine).text}": ${off}`);
  });
});
