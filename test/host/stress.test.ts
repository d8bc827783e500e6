// The extension under stress (issue 6, point 4): quick typing, a document closed while it is being
// linted, a 5 MB file and a binary file opened as plain text, settings changed mid-lint. Throughout:
// no error in the extension host (the count `sincerely.status` returns), diagnostics that belong
// to the current text, and none left behind for closed documents. Big texts are generated here,
// never committed. Nothing sleeps: every wait resolves on a diagnostics event (or a command's
// answer) and only a guard timeout turns a missing event into a failure.
import * as vscode from 'vscode';
import { createLinter, DEFAULT_SETTINGS, mergeFindings, toLintOptions, type EngineSettings, type Finding } from '../../src/engine/index';
import * as assert from './assert';
import {
  activateExtension,
  closeAllEditors,
  closeDocument,
  expectedDiagnostics,
  EXTENSION_ID,
  openUntitled,
  plainDiagnostics,
  restoreSettings,
  sameDiagnostics,
  setSetting,
  sincerelyDiagnostics,
  SOURCE,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

const RULE = 'did-our-best';
const KB = 1024;
const MB = 1024 * KB;
/** Waits on big documents: a full lint of 5 MB takes seconds in a web worker, twice (extension and test). */
const BIG_WAIT_MS = 90_000;

interface Status {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string;
  /** Unexpected errors caught in the extension's event handlers since activation. */
  errors: number;
}

async function statusOf(uri: vscode.Uri): Promise<Status> {
  const view = await vscode.commands.executeCommand<Status | undefined>('sincerely.status', uri);
  assert.ok(view, `sincerely.status answers for ${uri.toString(true)}`);
  return view;
}

/** Markdown escapes removed, for matching the tooltip's text. */
const plain = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

const FLAGGED = [
  'We did our best to ship on time.',
  'Unfortunately, you did not send the files until Monday.',
  'As I already said, the scope was clear from the start.',
  'It is just a small delay.',
  'We will try to look into it at some point.',
];
const CLEAN = [
  'I am sorry the report reached you late.',
  'I will send the corrected file by Friday at noon.',
  'Thank you for telling me about the problem.',
  'The new version fixes the totals on page three.',
  'I checked every table again this morning.',
];

/**
 * A reply of about `bytes` bytes (ASCII, so bytes = UTF-16 length): a greeting, numbered paragraphs
 * of clean sentences with a flagged one in one paragraph out of `every`, a sign-off. Every
 * paragraph is different (its number, from `first`), so that the incremental linter's paragraph
 * cache does not make a first lint cheap.
 */
function bigReply(bytes: number, every: number, first = 1): string {
  const parts = ['Hi Anna,\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const flagged = i % every === 0 ? `${FLAGGED[Math.floor(i / every) % FLAGGED.length]} ` : '';
    const paragraph = `${first + i}. ${CLEAN[i % CLEAN.length]} ${flagged}${CLEAN[(i + 2) % CLEAN.length]}\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('Best regards,\nMax\n');
  return parts.join('');
}

/**
 * The engine's own findings for a text (a full lint, without the extension's incremental linter),
 * computed in slices: a synchronous lint of 5 MB would block the extension host the test shares
 * with the extension for seconds, long enough for VS Code to call it unresponsive. Merged one per
 * place, as the extension shows them (overlapping tone findings as one, the missing parts as one).
 */
async function engineFindingsOf(text: string, settings: Partial<EngineSettings> = {}): Promise<Finding[]> {
  return mergeFindings((await createLinter().analyseInSlices(text, toLintOptions({ ...DEFAULT_SETTINGS, ...settings }), { sliceMs: 20 })).findings);
}

/** Resolves once `holds()` is true: at once, or on the diagnostics event (any document) that makes it so. */
function waitUntil(holds: () => boolean, what: () => string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(() => {
      if (holds()) finish();
    });
    const timer = setTimeout(() => finish(new assert.AssertionError(`timed out after ${timeoutMs} ms waiting until ${what()}`)), timeoutMs);
    if (holds()) finish();
  });
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString());
}

/** URIs with Sincerely diagnostics that belong to no open document. */
function strayDiagnostics(): string[] {
  return vscode.languages
    .getDiagnostics()
    .filter(([uri, diagnostics]) => diagnostics.some((d) => d.source === SOURCE) && !isOpen(uri))
    .map(([uri, diagnostics]) => `${uri.toString(true)} (${diagnostics.length})`);
}

/** Replaces the whole text of an editor's document. */
async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  assert.ok(await editor.edit((b) => b.replace(all, text)), 'the text was replaced');
}

describe('extension under stress', () => {
  /** URIs of documents this suite closed or deleted: none may keep a diagnostic. */
  const closedUris: vscode.Uri[] = [];

  before(activateExtension);
  afterEach(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  it('typing quickly: 200 single-character edits back to back, then the diagnostics are those of the final text', async function () {
    this.timeout(120_000);
    // Every keystroke starts a lint at once. Typing starts while the first lint of the draft (every
    // paragraph new: several slices) is still running, so keystrokes abort lints in flight, and
    // the next lints carry on from what the aborted ones had analysed.
    await setSetting('debounceMs', 0);
    const editor = await openUntitled(bigReply(250 * KB, 4), 'plaintext');
    const doc = editor.document;

    // Edits at three places (near the start, in the middle, at the end), each cycle typing a
    // flagged sentence character by character, every other cycle backspacing part of it again,
    // some cycles starting a paragraph of their own.
    let model = doc.getText();
    let edits = 0;
    const typeAt = async (offset: number, ch: string) => {
      assert.ok(await editor.edit((b) => b.insert(doc.positionAt(offset), ch)), `edit ${edits} (insert) applied`);
      model = model.slice(0, offset) + ch + model.slice(offset);
      edits++;
    };
    const backspaceAt = async (offset: number) => {
      assert.ok(await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(offset - 1), doc.positionAt(offset)))), `edit ${edits} (delete) applied`);
      model = model.slice(0, offset - 1) + model.slice(offset);
      edits++;
    };
    for (let cycle = 0; edits < 200; cycle++) {
      const fraction = [0.02, 0.5, 1][cycle % 3]!;
      // The end of the paragraph at that fraction of the text (before its blank line).
      const paragraphEnd = model.indexOf('\n\n', Math.floor(model.length * fraction) - 1);
      let cursor = paragraphEnd < 0 ? model.trimEnd().length : paragraphEnd;
      const sentence = `${cycle % 4 === 2 ? '\n\n' : ' '}We did our best.`;
      for (const ch of sentence) {
        if (edits >= 200) break;
        await typeAt(cursor++, ch);
      }
      if (cycle % 2 === 1) {
        for (let i = 0; i < 10 && edits < 200; i++) await backspaceAt(cursor--);
      }
    }
    assert.strictEqual(edits, 200, 'edits applied');
    assert.ok(doc.getText() === model, 'the document holds exactly the text typed');

    const expected = expectedDiagnostics(doc, await engineFindingsOf(doc.getText()));
    assert.ok(
      expected.some((d) => d.ruleId === RULE),
      'precondition: the final text has findings',
    );
    await waitForDiagnostics(doc.uri, (d) => sameDiagnostics(d, expected), 'the findings of the final text', BIG_WAIT_MS);
    assert.strictEqual((await statusOf(doc.uri)).errors, 0, 'no error in the extension host');
  });

  it('closing a large draft while it is being linted leaves no diagnostics for it', async function () {
    this.timeout(120_000);
    const text = bigReply(1.5 * MB, 3);
    assert.ok(text.length < 2 * MB, 'precondition: under sincerely.maxTypingSizeKB (2 MB), so it is linted on open');
    // The barrier draft is opened first, empty: a new untitled draft opened after the close could
    // take the closed one's name ("Untitled-n") and so its URI.
    const { document: barrierDoc } = await openUntitled('', 'plaintext');
    const { document: doc } = await openUntitled(text, 'plaintext');
    const uri = doc.uri;
    closedUris.push(uri);
    let published = false;
    const watch = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && sincerelyDiagnostics(uri).length > 0) published = true;
    });
    try {
      // A lint by the command on top of the one on open; the editor is reverted and closed at once.
      const linting = vscode.commands.executeCommand<number>('sincerely.lint', uri);
      await closeDocument(doc);
      assert.ok(doc.isClosed, 'the draft is closed');
      assert.strictEqual(typeof (await linting), 'number', 'the interrupted sincerely.lint still returns a number');

      // Barrier: the same text typed into the other draft after the close is linted in full. Had
      // the closed draft's lint gone on (it started first, with the same work), it would be over.
      const barrier = await vscode.window.showTextDocument(barrierDoc, { preview: false });
      assert.notStrictEqual(barrierDoc.uri.toString(), uri.toString(), 'the barrier is another document');
      await replaceAll(barrier, text);
      const count = (await engineFindingsOf(text)).length;
      await waitForDiagnostics(barrierDoc.uri, (d) => d.length === count, `the ${count} findings of the barrier draft`, BIG_WAIT_MS);
    } finally {
      watch.dispose();
    }
    assert.deepStrictEqual(plainDiagnostics(vscode.languages.getDiagnostics(uri)), [], 'no diagnostics for the closed draft');
    assert.ok(!published, 'the closed draft’s lint, in flight when it closed, never published');
  });

  it('a 5 MB file opened as plain text: responsive, linted on save and by the command only, diagnostics that match its text', async function () {
    this.timeout(240_000);
    const uri = workspaceUri('replies', 'stress-5mb.reply.txt');
    const text = bigReply(5 * MB, 10);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    closedUris.push(uri);
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      assert.strictEqual(doc.languageId, 'plaintext', 'opened as plain text');
      assert.strictEqual(doc.getText().length, text.length, 'the whole file is in the document');

      const before = await statusOf(uri);
      assert.strictEqual(before.text, '$(eye-closed) Sincerely', 'not linted on open');
      assert.match(plain(before.tooltip), /larger than sincerely\.maxTypingSizeKB \(2048 KB\): it is linted when saved, not as you type/);
      assert.deepStrictEqual(sincerelyDiagnostics(uri), [], 'no diagnostics before it is saved or linted');

      // Responsive: the lint runs in slices, and the status command answers before it is over.
      let linted = false;
      const linting = Promise.resolve(vscode.commands.executeCommand<number>('sincerely.lint', uri)).then((n) => {
        linted = true;
        return n;
      });
      const during = await statusOf(uri);
      assert.ok(!linted, 'sincerely.status answered while the 5 MB file was being linted');
      assert.strictEqual(during.errors, 0, 'no error in the extension host');
      const expected = expectedDiagnostics(doc, await engineFindingsOf(text));
      assert.ok(
        expected.some((d) => d.ruleId === RULE),
        'precondition: the text has findings',
      );
      assert.strictEqual(await linting, expected.length, 'sincerely.lint returns the number of findings');
      await waitForDiagnostics(uri, (d) => sameDiagnostics(d, expected), 'the findings of the 5 MB file', BIG_WAIT_MS);
      assert.match(plain((await statusOf(uri)).tooltip), /linted when saved, not as you type/, 'still linted on save only');

      // Typed into: not linted as you type; saved: linted, and the diagnostics follow the new text.
      const end = doc.positionAt(doc.getText().length);
      assert.ok(await editor.edit((b) => b.insert(end, 'We did our best with the last table, honestly.\n')), 'typed at the end');
      assert.ok(await doc.save(), 'saved');
      const saved = expectedDiagnostics(doc, await engineFindingsOf(doc.getText()));
      assert.strictEqual(saved.filter((d) => d.ruleId === RULE).length, expected.filter((d) => d.ruleId === RULE).length + 1, 'precondition: one more finding');
      await waitForDiagnostics(uri, (d) => sameDiagnostics(d, saved), 'the findings of the saved text', BIG_WAIT_MS);
    } finally {
      if (doc) await closeDocument(doc);
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a binary file opened as plain text: no exception, sincerely.lint returns a number, the extension stays active', async function () {
    this.timeout(60_000);
    // A "PDF": a text header longer than the 512 bytes VS Code sniffs for NULs (so it opens as
    // text), then NULs, every byte value and invalid UTF-8, with a flagged phrase in the middle.
    const encoder = new TextEncoder();
    const bytes: number[] = [...encoder.encode(`%PDF-1.7\n%${'Hi Anna, the attachment you asked for. '.repeat(16)}\n`)];
    for (let i = 0; i < 4; i++) {
      for (let b = 0; b < 256; b++) bytes.push(b);
      bytes.push(
        0,
        0,
        0,
        0xc3,
        0x28,
        0xa0,
        0xa1,
        0xe2,
        0x28,
        0xa1,
        0xf0,
        0x28,
        0x8c,
        0xbc,
        0xc0,
        0xaf,
        0xed,
        0xa0,
        0x80,
        0xf8,
        0x88,
        0x80,
        0x80,
        0x80,
        0xff,
        0xfe,
        0x0d,
      );
      bytes.push(...encoder.encode(' We did our best. \r\n\r\n'), 0xe2, 0x80, 0xae, 0x00, 0x0d);
    }
    const fileUri = workspaceUri('replies', 'stress-binary.reply.txt');
    // A real binary (NULs from the first bytes): VS Code itself may refuse to open it as text.
    const pngUri = workspaceUri('replies', 'stress-binary-png.reply.txt');
    closedUris.push(fileUri, pngUri);
    await vscode.workspace.fs.writeFile(fileUri, new Uint8Array(bytes));
    await vscode.workspace.fs.writeFile(pngUri, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...bytes.slice(600)]));
    const opened: vscode.TextDocument[] = [];
    try {
      const doc = await vscode.workspace.openTextDocument(fileUri);
      opened.push(doc);
      await vscode.window.showTextDocument(doc, { preview: false });
      assert.strictEqual(doc.languageId, 'plaintext', 'opened as plain text');
      assert.ok(doc.getText().includes('\u0000') && doc.getText().includes('\uFFFD'), 'the text holds NULs and replacement characters');
      const count = await vscode.commands.executeCommand<unknown>('sincerely.lint', fileUri);
      assert.strictEqual(typeof count, 'number', 'sincerely.lint returns a number');
      const expected = expectedDiagnostics(doc, await engineFindingsOf(doc.getText()));
      assert.strictEqual(count, expected.length, 'the count is the engine’s');
      await waitForDiagnostics(fileUri, (d) => sameDiagnostics(d, expected), 'the engine’s findings for the decoded text');

      try {
        const png = await vscode.workspace.openTextDocument(pngUri);
        opened.push(png);
        await vscode.window.showTextDocument(png, { preview: false });
        assert.strictEqual(
          typeof (await vscode.commands.executeCommand<unknown>('sincerely.lint', pngUri)),
          'number',
          'sincerely.lint on the PNG returns a number',
        );
      } catch (error) {
        // VS Code refuses a file that looks binary ("cannot be opened as text"): not the extension's doing.
        assert.match(String((error as Error)?.message ?? error), /binary/i, 'only VS Code’s own refusal of a binary file');
      }

      // The same kind of text typed into an untitled draft, with lone surrogates no decoder produces.
      const { document: untitled } = await openUntitled(`${doc.getText()}\uD800 We did our best. \uDFFF\u202E\uFEFF\u0000`, 'plaintext');
      const untitledExpected = expectedDiagnostics(untitled, await engineFindingsOf(untitled.getText()));
      await waitForDiagnostics(untitled.uri, (d) => sameDiagnostics(d, untitledExpected), 'the engine’s findings for the untitled draft');

      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension?.isActive, 'the extension is still active');
      assert.strictEqual((await statusOf(untitled.uri)).errors, 0, 'no error in the extension host');
    } finally {
      for (const doc of opened) await closeDocument(doc);
      await vscode.workspace.fs.delete(fileUri);
      await vscode.workspace.fs.delete(pngUri);
    }
  });

  it('settings changed mid-lint: the final diagnostics follow the final settings', async function () {
    this.timeout(120_000);
    const text = bigReply(1 * MB, 3);
    const { document: doc } = await openUntitled(text, 'plaintext');
    const uri = doc.uri;
    const defaults = expectedDiagnostics(doc, await engineFindingsOf(text));
    const excuseOff = expectedDiagnostics(doc, await engineFindingsOf(text, { severity: { excuse: 'off' } }));
    assert.ok(!sameDiagnostics([], excuseOff) && excuseOff.length < defaults.length, 'precondition: the settings change the findings');

    // Mid-lint (the one on open, and one by the command): a rule off, a category off, the rule back.
    let linting = vscode.commands.executeCommand<number>('sincerely.lint', uri);
    await setSetting('disabledRules', [RULE]);
    await setSetting('severity', { excuse: 'off' });
    await setSetting('disabledRules', undefined);
    assert.strictEqual(typeof (await linting), 'number', 'the interrupted sincerely.lint returns a number');
    await waitForDiagnostics(uri, (d) => sameDiagnostics(d, excuseOff), 'the findings with excuse off', BIG_WAIT_MS);

    // Restored mid-lint: back to the defaults.
    linting = vscode.commands.executeCommand<number>('sincerely.lint', uri);
    await restoreSettings();
    assert.strictEqual(typeof (await linting), 'number', 'the interrupted sincerely.lint returns a number');
    await waitForDiagnostics(uri, (d) => sameDiagnostics(d, defaults), 'the findings with the default settings', BIG_WAIT_MS);
    assert.strictEqual((await statusOf(uri)).errors, 0, 'no error in the extension host');
  });

  // A settings change while the lint runs and after it is over: both orders are checked on purpose.
  // Each save is the test's own: both launchers turn files.autoSave off (web VS Code's default
  // saves a second after an edit, which made the order a race).
  it('settings changed while a file over sincerely.maxTypingSizeKB is linted by the command or on save, or after: the result follows the new settings', async function () {
    this.timeout(300_000);
    await setSetting('maxTypingSizeKB', 256);
    const uri = workspaceUri('replies', 'stress-limit.reply.txt');
    const text = bigReply(1 * MB, 3);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    closedUris.push(uri);
    // Whether a settings change reached the extension host while the lint was still running.
    let lintOver = false;
    let changedMidLint: boolean | undefined;
    const watch = vscode.workspace.onDidChangeConfiguration((event) => {
      if (changedMidLint === undefined && event.affectsConfiguration('sincerely')) changedMidLint = !lintOver;
    });
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      assert.match(plain((await statusOf(uri)).tooltip), /linted when saved, not as you type/, 'precondition: over the limit');

      // The command's lint (the first of this file: a long one) meets a settings change.
      const excuseOff = expectedDiagnostics(doc, await engineFindingsOf(text, { severity: { excuse: 'off' } }));
      const linting = Promise.resolve(vscode.commands.executeCommand<number>('sincerely.lint', uri)).then((n) => {
        lintOver = true;
        return n;
      });
      await setSetting('severity', { excuse: 'off' });
      const count = await linting;
      assert.strictEqual(changedMidLint, true, 'precondition: the setting changed while the command was linting');
      assert.strictEqual(count, excuseOff.length, 'sincerely.lint returns the number of findings under the new settings');
      await waitForDiagnostics(uri, (d) => sameDiagnostics(d, excuseOff), 'the findings with excuse off', BIG_WAIT_MS);

      // New text (every paragraph changed: a long lint) saved, and the severity restored at once.
      const saved = bigReply(1 * MB, 4, 100_000);
      // Computed before the edit, so that the save and the settings change follow it at once.
      const savedFindings = await engineFindingsOf(saved);
      const savedExcuseOffFindings = await engineFindingsOf(saved, { severity: { excuse: 'off' } });
      await replaceAll(editor, saved);
      const expected = expectedDiagnostics(doc, savedFindings);
      const savedExcuseOff = expectedDiagnostics(doc, savedExcuseOffFindings);
      assert.ok(savedExcuseOff.length < expected.length, 'precondition: the severity changes the findings of the saved text');
      changedMidLint = undefined;
      lintOver = false;
      const watchSave = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((u) => u.toString() === uri.toString()) && !sameDiagnostics(sincerelyDiagnostics(uri), excuseOff)) lintOver = true;
      });
      try {
        assert.ok(doc.isDirty, 'precondition: the new text is not saved yet');
        assert.ok(await doc.save(), 'saved');
        await setSetting('severity', undefined);
        await waitForDiagnostics(uri, (d) => sameDiagnostics(d, expected), 'the findings of the saved text with the default severity', BIG_WAIT_MS);
        assert.strictEqual(changedMidLint, true, 'precondition: the setting changed before the lint on save published');
      } finally {
        watchSave.dispose();
      }

      // The lint on save is over: a settings change now recomputes what it shows, with nothing in flight.
      await setSetting('severity', { excuse: 'off' });
      await waitForDiagnostics(uri, (d) => sameDiagnostics(d, savedExcuseOff), 'the findings of the saved text with excuse off', BIG_WAIT_MS);
      assert.ok(!doc.isDirty, 'no edit and no save in between');
      assert.strictEqual((await statusOf(uri)).errors, 0, 'no error in the extension host');
    } finally {
      watch.dispose();
      if (doc) await closeDocument(doc);
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('no diagnostics left behind: every URI with Sincerely diagnostics is an open document', async () => {
    await waitUntil(
      () => strayDiagnostics().length === 0 && closedUris.every((uri) => vscode.languages.getDiagnostics(uri).length === 0),
      () =>
        `no Sincerely diagnostics outside open documents; now: ${strayDiagnostics().join(', ') || 'none'}; closed: ${
          closedUris
            .filter((u) => vscode.languages.getDiagnostics(u).length > 0)
            .map((u) => u.toString(true))
            .join(', ') || 'none'
        }`,
    );
  });

  it('no error in the extension host: the error count stays 0 over every in-host suite', async () => {
    const { document: doc } = await openUntitled('Hi Anna,\n\nThank you for your patience.\n', 'plaintext');
    assert.strictEqual((await statusOf(doc.uri)).errors, 0, 'errors caught in the extension host (see the "Sincerely" output channel)');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
  });
});
