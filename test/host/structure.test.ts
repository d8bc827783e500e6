import * as vscode from 'vscode';
import { analyseReply, DEFAULT_SETTINGS, STRUCTURE_RULE_IDS, toLintOptions } from '../../src/engine/index';
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
  restoreSettings,
  ruleIdOf,
  setSetting,
  waitForDiagnostics,
  waitForQuickFixes,
} from './helpers';

interface StatusView {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string;
}

/** What the status bar shows for a document (the hidden `sincerely.status` command). */
async function statusOf(doc: vscode.TextDocument): Promise<StatusView> {
  const view = await vscode.commands.executeCommand<StatusView | undefined>('sincerely.status', doc.uri);
  assert.ok(view, 'sincerely.status returns the status model');
  return view;
}

/** Markdown escapes removed, for matching the tooltip's text. */
const plain = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

const isStructure = (d: vscode.Diagnostic) => STRUCTURE_RULE_IDS.includes(ruleIdOf(d) ?? '') || ruleIdOf(d) === 'missing-parts';
/** Several missing parts are one diagnostic, `missing-parts`, whose message names them. */
const missingPart = (name: string) => (d: vscode.Diagnostic[]) => d.some((x) => ruleIdOf(x) === 'missing-parts' && x.message.includes(name));
/**
 * Replies by the evidence (a defensive phrase and a promised fix): a greeting and an excuse alone
 * are no longer enough. Nothing opens them before the apology would, so it goes after the greeting.
 */
const EN_DRAFT = 'Hi Anna,\n\nWe did our best. I will send you the corrected layout by Friday.\n\nBest regards,\nMax\n';
const RU_DRAFT = 'Здравствуйте, Анна!\n\nМы старались изо всех сил. Пришлю вам исправленный макет до пятницы.\n\nС уважением,\nИван\n';

describe('reply structure: status bar score, missing-part quick fix, settings', () => {
  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('the status bar shows "Reply n/10 · count" for a reply, and the tooltip lists the parts and the points lost', async () => {
    const { document: doc } = await openFixture('replies', 'late.reply.md');
    const expected = engineFindings(doc.getText());
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.length === expected.length && hasRule('did-our-best')(d), 'the findings');
    const analysis = analyseReply(doc.getText(), toLintOptions(DEFAULT_SETTINGS));
    assert.ok(analysis.score !== null && analysis.parts, 'precondition: the engine scores the fixture');
    const view = await statusOf(doc);
    assert.strictEqual(view.text, `$(warning) Reply ${analysis.score}/10 · ${diagnostics.length}`);
    assert.strictEqual(view.command, 'sincerely.lint', 'a click still lints');
    const tooltip = plain(view.tooltip);
    assert.match(tooltip, new RegExp(`Reply score: ${analysis.score}/10`));
    assert.match(tooltip, /Present: [^\n]*apology/, 'the parts present');
    if (analysis.parts.missing.length > 0) assert.match(tooltip, /Missing: /, 'the parts missing');
    assert.match(tooltip, /Points lost:/);
    assert.match(tooltip, /−1 [^\n]*«We did our best»/, 'a point lost to the excuse');
  });

  it('a document that is not a reply shows the count only', async () => {
    const { document: doc } = await openUntitled('The build broke. We did our best to fix the build today.\n');
    assert.strictEqual(analyseReply(doc.getText()).score, null, 'precondition: not a reply');
    await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best');
    const view = await statusOf(doc);
    assert.match(view.text, /^\$\(warning\) Sincerely: \d+$/);
    assert.ok(!/Reply score/.test(plain(view.tooltip)), 'no score in the tooltip');
  });

  for (const [language, draft, title, inserted, name] of [
    [
      'en',
      EN_DRAFT,
      'Insert «apology» (snippet reply-apology)',
      'Hi Anna,\n\nI am sincerely sorry for the delay with your project. You deserved better from me.\n\nWe did our best.',
      'apology',
    ],
    [
      'ru',
      RU_DRAFT,
      'Insert «apology» (snippet ответ-извинение)',
      'Здравствуйте, Анна!\n\nПриношу Вам искренние извинения за задержку с проектом. Вы заслуживали лучшего отношения.\n\nМы старались изо всех сил.',
      'извинение',
    ],
  ] as const) {
    it(`${language}: the quick fix on the missing parts inserts the apology snippet after the greeting`, async () => {
      assert.ok(analyseReply(draft).parts?.missing.includes('apology'), 'precondition: a reply without an apology');
      const { document: doc } = await openUntitled(draft);
      const diagnostics = await waitForDiagnostics(doc.uri, missingPart(name), 'missing-parts naming the apology');
      const diagnostic = diagnostics.find((d) => ruleIdOf(d) === 'missing-parts')!;
      const actions = await waitForQuickFixes(doc.uri, diagnostic.range, (a) => a.some((x) => x.title === title), title);
      const action = actions.find((a) => a.title === title)!;
      const preferred = actions.filter((a) => a.isPreferred && a.title.startsWith('Insert «'));
      assert.ok(preferred.length > 0, 'an insert action is preferred');
      assert.ok(!actions.some((a) => /^Allow this phrase/.test(a.title) && a.title.includes('missing-apology')), 'no "Allow this phrase" for a missing part');
      await applyCodeAction(action);
      assert.ok(doc.getText().startsWith(inserted), `the apology follows the greeting:\n${doc.getText()}`);
      await waitForDiagnostics(doc.uri, (d) => lacksRule('missing-apology')(d) && !missingPart(name)(d), 'the apology no longer missing once inserted');
    });
  }

  it('several missing parts are one diagnostic on the greeting, with one insert action per part and a short menu', async () => {
    const { document: doc } = await openUntitled(EN_DRAFT);
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('missing-parts'), 'missing-parts');
    assert.ok(!diagnostics.some((d) => /^missing-(?!parts)/.test(ruleIdOf(d) ?? '')), 'no separate missing-<part> diagnostics');
    const diagnostic = diagnostics.find((d) => ruleIdOf(d) === 'missing-parts')!;
    assert.strictEqual(doc.getText(diagnostic.range), 'Hi Anna,', 'on the greeting');
    const actions = await waitForQuickFixes(doc.uri, diagnostic.range, (a) => a.some((x) => x.title.startsWith('Insert «')), 'the insert actions');
    const ours = actions.filter((a) => a.title.startsWith('Insert «'));
    assert.ok(ours.length >= 2 && ours.length <= 6, `2 to 6 insert actions: ${ours.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(new Set(ours.map((a) => a.title.replace(/ \(snippet .*$/, ''))).size, ours.length, 'one action per part');
    assert.ok(ours[0]!.isPreferred, 'the first one preferred');
  });

  it('sincerely.structure false removes the structure diagnostics and the score; true brings them back', async () => {
    const { document: doc } = await openUntitled(EN_DRAFT);
    await waitForDiagnostics(doc.uri, (d) => d.some(isStructure) && hasRule('did-our-best')(d), 'structure findings');
    const { score } = analyseReply(doc.getText(), toLintOptions(DEFAULT_SETTINGS));
    assert.ok(score !== null, 'precondition: the engine scores the draft');
    const text = (await statusOf(doc)).text;
    assert.ok(text.includes(`Reply ${score}/10`), `the engine's score (steps of 0.25) in the status bar: ${text}`);
    await setSetting('structure', false);
    const expected = engineFindings(doc.getText(), { structure: false });
    await waitForDiagnostics(doc.uri, (d) => !d.some(isStructure) && d.length === expected.length && hasRule('did-our-best')(d), 'tone findings only');
    const view = await statusOf(doc);
    assert.match(view.text, /^\$\(warning\) Sincerely: \d+$/, 'no score with structure checks off');
    await restoreSettings();
    await waitForDiagnostics(doc.uri, (d) => d.some(isStructure), 'structure findings back');
  });

  it('a document over sincerely.maxTypingSizeKB is linted on save and by the command only, and the tooltip says so', async () => {
    await setSetting('maxTypingSizeKB', 1);
    let editor = await openFixture('replies', 'scratch.reply.txt');
    const doc = editor.document;
    const original = doc.getText();
    // A reply (it apologizes): a long text that is not one gets no tone findings.
    const big = `Hi Tom,\n\nI am sorry the report reached you late.\n\n${'The report is attached, and the numbers are final for this quarter.\n\n'.repeat(20)}We did our best.\n\nMax\n`;
    try {
      const all = () => new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      assert.ok(await editor.edit((b) => b.replace(all(), big)), 'typed');
      assert.ok(new TextEncoder().encode(doc.getText()).length > 1024, 'precondition: over 1 KB');
      // Barrier: a small draft typed after it gets its diagnostics after the debounce; the big one gets none.
      const barrier = await openUntitled('Hi Anna,\n\n');
      assert.ok(await barrier.edit((b) => b.insert(new vscode.Position(2, 0), 'We did our best.\n')), 'typed the barrier');
      await waitForDiagnostics(barrier.document.uri, hasRule('did-our-best'), 'did-our-best in the barrier draft');
      assert.ok(
        !hasRule('did-our-best')(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Sincerely')),
        'the big draft is not linted while typing',
      );
      editor = await vscode.window.showTextDocument(doc, { preview: false });
      const tooltip = plain((await statusOf(doc)).tooltip);
      assert.strictEqual(tooltip.split('larger than sincerely.maxTypingSizeKB (1 KB)').length, 2, `said once in the tooltip: ${tooltip}`);

      assert.ok(await doc.save(), 'saved');
      await waitForDiagnostics(doc.uri, hasRule('did-our-best'), 'did-our-best once saved');

      // The lint command lints it too.
      assert.ok(await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), 'We did our best again.\n')), 'typed more');
      const count = await vscode.commands.executeCommand<number>('sincerely.lint', doc.uri);
      assert.strictEqual(count, engineFindings(doc.getText()).length, 'the command lints the big draft');
      await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleIdOf(x) === 'did-our-best').length === 2, 'both did-our-best after the command');
    } finally {
      editor = await vscode.window.showTextDocument(doc, { preview: false });
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      await editor.edit((b) => b.replace(all, original));
      await doc.save();
    }
  });
});
