// Helpers shared by the in-host suites. Every wait is event-driven: it resolves as soon as
// `languages.onDidChangeDiagnostics` (or the state it checks) satisfies a predicate, and only a
// guard timeout turns a missing event into a failure with the last state in the message.
import * as vscode from 'vscode';
import {
  DEFAULT_SETTINGS,
  lint,
  loadLanguageData,
  mergeFindings,
  toLintOptions,
  TONE_CATEGORIES,
  type Category,
  type EngineSettings,
  type Finding,
} from '../../src/engine/index';
import * as assert from './assert';

export const EXTENSION_ID = 'sincerely.sincerely';
export const SOURCE = 'Sincerely';
export const CONTRACT_COMMANDS = ['sincerely.lint', 'sincerely.newReply', 'sincerely.toggle', 'sincerely.lintAlways'] as const;

/** How long a wait may take before it fails: generous for a cold web worker, never slept. */
export const WAIT_MS = 15_000;

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
  // The suite's own engine (engineFindings) reads the same dictionaries and weights as the extension's.
  await loadLanguageData({
    read: (name) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'dict', ...name.split('/')))),
  });
  return extension;
}

/** A path in the fixture workspace (a virtual file system under test-web, a copy on disk under electron). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

/** Sincerely's diagnostics of a document, in document order. */
export function sincerelyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

export type PlainRange = [startLine: number, startCharacter: number, endLine: number, endCharacter: number];
export interface PlainDiagnostic {
  ruleId: string | undefined;
  range: PlainRange;
}

export function plainRange(range: vscode.Range): PlainRange {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

export function plainDiagnostics(diagnostics: readonly vscode.Diagnostic[]): PlainDiagnostic[] {
  return diagnostics.map((d) => ({ ruleId: ruleIdOf(d), range: plainRange(d.range) }));
}

/** The diagnostics in a failure message: the first 50 (a big document has thousands). */
function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'none';
  const listed = all
    .slice(0, 50)
    .map((d) => `${d.source}/${ruleIdOf(d)}@${plainRange(d.range).join(':')}`)
    .join(', ');
  return all.length > 50 ? `${all.length}: ${listed}, …` : listed;
}

/**
 * Resolves with the document's Sincerely diagnostics once `predicate` holds for them: at once if it
 * already does, else on the `onDidChangeDiagnostics` event that makes it hold.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(sincerelyDiagnostics(uri));
    };
    const check = () => {
      try {
        if (predicate(sincerelyDiagnostics(uri))) finish();
      } catch (error) {
        finish(error as Error);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () =>
        finish(
          new assert.AssertionError(
            `timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString(true)}; diagnostics now: ${describeDiagnostics(uri)}`,
          ),
        ),
      timeoutMs,
    );
    check();
  });
}

export const hasRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleIdOf(d) === ruleId);
export const lacksRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => ruleIdOf(d) === ruleId);
export const isEmpty = (diagnostics: vscode.Diagnostic[]) => diagnostics.length === 0;
export const isNotEmpty = (diagnostics: vscode.Diagnostic[]) => diagnostics.length > 0;

// ---------------------------------------------------------------------------------------------
// Expectations from the engine (the same sources the extension bundles)

/** The engine's findings as the extension publishes them: one per place (`mergeFindings`). */
export function engineFindings(text: string, settings: Partial<EngineSettings> = {}): Finding[] {
  return mergeFindings(lint(text, toLintOptions({ ...DEFAULT_SETTINGS, ...settings })));
}

/** The engine's findings as diagnostics would show them, ranges computed from UTF-16 offsets. */
export function expectedDiagnostics(doc: vscode.TextDocument, findings: readonly Finding[]): PlainDiagnostic[] {
  return findings
    .map((f) => ({ ruleId: f.ruleId, range: plainRange(new vscode.Range(doc.positionAt(f.offset), doc.positionAt(f.endOffset))) }))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.range[2] - b.range[2] || a.range[3] - b.range[3]);
}

export function sameDiagnostics(actual: readonly vscode.Diagnostic[], expected: readonly PlainDiagnostic[]): boolean {
  return JSON.stringify(plainDiagnostics(actual)) === JSON.stringify(expected);
}

/** The category of a diagnostic, looked up in the engine's findings for the same text. */
export function categoryOf(diagnostic: vscode.Diagnostic, doc: vscode.TextDocument, findings: readonly Finding[]): Category | undefined {
  const range = JSON.stringify(plainRange(diagnostic.range));
  return findings.find(
    (f) => f.ruleId === ruleIdOf(diagnostic) && JSON.stringify(plainRange(new vscode.Range(doc.positionAt(f.offset), doc.positionAt(f.endOffset)))) === range,
  )?.category;
}

export function isTone(category: Category | undefined): boolean {
  return (TONE_CATEGORIES as readonly string[]).includes(category ?? '');
}

/** The range of the `occurrence`-th (0-based) exact occurrence of `phrase` in the document. */
export function rangeOf(doc: vscode.TextDocument, phrase: string, occurrence = 0): vscode.Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = doc.getText().indexOf(phrase, index + 1);
    assert.ok(index >= 0, `«${phrase}» (occurrence ${occurrence}) is not in ${doc.uri.toString(true)}`);
  }
  return new vscode.Range(doc.positionAt(index), doc.positionAt(index + phrase.length));
}

// ---------------------------------------------------------------------------------------------
// Documents and editors

export async function openFixture(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Reverts and closes a document's editor without any save prompt (untitled and files alike). */
export async function closeDocument(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Discards unsaved changes of a file-backed document (its editor becomes active). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.ok(!doc.isDirty, `${doc.uri.toString(true)} is still dirty after revert`);
}

/** Closes every editor opened by a test: reverts each visible/tab document first, so nothing prompts. */
/** The workspace's `.sincerelyrc.json`. */
export const rcUri = (): vscode.Uri => workspaceUri('.sincerelyrc.json');

/** Writes the rc file the way a user does: edits it in an editor and saves. */
export async function saveRc(content: string): Promise<vscode.TextDocument> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rcUri()), { preview: false });
  const doc = editor.document;
  assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), content)), 'edited');
  assert.ok(await doc.save(), 'saved');
  return doc;
}

export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty || doc.isUntitled) {
      if (
        vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString()))
      ) {
        await closeDocument(doc);
      }
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// ---------------------------------------------------------------------------------------------
// Settings

type SettingValue = unknown;
const touched = new Map<string, vscode.ConfigurationTarget[]>();

/** Sets `sincerely.<key>` (user settings by default); `restoreSettings()` puts every touched key back. */
export async function setSetting(key: string, value: SettingValue, target = vscode.ConfigurationTarget.Global): Promise<void> {
  const targets = touched.get(key) ?? [];
  if (!targets.includes(target)) targets.push(target);
  touched.set(key, targets);
  await vscode.workspace.getConfiguration('sincerely').update(key, value, target);
}

/** Marks a key as changed by the extension itself (a quick fix, a command) so that it is restored too. */
export function willTouch(key: string, ...targets: vscode.ConfigurationTarget[]): void {
  const known = touched.get(key) ?? [];
  for (const target of targets) if (!known.includes(target)) known.push(target);
  touched.set(key, known);
}

export async function restoreSettings(): Promise<void> {
  const config = vscode.workspace.getConfiguration('sincerely');
  for (const [key, targets] of touched) {
    for (const target of targets) {
      const inspected = config.inspect(key);
      const current =
        target === vscode.ConfigurationTarget.Global
          ? inspected?.globalValue
          : target === vscode.ConfigurationTarget.Workspace
            ? inspected?.workspaceValue
            : inspected?.workspaceFolderValue;
      if (current !== undefined) await config.update(key, undefined, target);
    }
  }
  touched.clear();
}

// ---------------------------------------------------------------------------------------------
// Code actions

export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * Resolves with the quick fixes for a range once `predicate` holds for them: asks at once, and again
 * after every diagnostics change of the document (the workbench answers from its copy of the markers).
 */
export function waitForQuickFixes(
  uri: vscode.Uri,
  range: vscode.Range,
  predicate: (actions: vscode.CodeAction[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.CodeAction[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let running = false;
    let again = false;
    let last: vscode.CodeAction[] = [];
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(last);
    };
    const query = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          last = await quickFixes(uri, range);
          if (predicate(last)) return finish();
        } while (again && !settled);
      } catch (error) {
        finish(error as Error);
      } finally {
        running = false;
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) void query();
    });
    const timer = setTimeout(
      () =>
        finish(
          new assert.AssertionError(
            `timed out after ${timeoutMs} ms waiting for ${what} at ${plainRange(range).join(':')} of ${uri.toString(true)}; offered: ${last.map((a) => a.title).join(' | ') || 'nothing'}`,
          ),
        ),
      timeoutMs,
    );
    void query();
  });
}

/** Applies a code action the way the light bulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of «${action.title}» was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The text between « and » in a title such as "Replace with «…»". */
export function quoted(title: string): string | undefined {
  return /«([\s\S]*)»/.exec(title)?.[1];
}

// ---------------------------------------------------------------------------------------------
// Snippets (bundled from snippets/*.code-snippets at build time)

export interface Snippet {
  name: string;
  prefix: string;
  body: string;
}

/** Parses a .code-snippets file (JSON with comments and trailing commas). */
export function parseSnippets(text: string): Snippet[] {
  const json = text
    .replace(/^\uFEFF/, '')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str: string | undefined) => str ?? '')
    .replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (m, str: string | undefined, close: string | undefined) => str ?? close ?? m);
  const data = JSON.parse(json) as Record<string, { prefix: string | string[]; body: string | string[] }>;
  return Object.entries(data).map(([name, s]) => ({
    name,
    prefix: Array.isArray(s.prefix) ? s.prefix[0]! : s.prefix,
    body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
  }));
}

// ---------------------------------------------------------------------------------------------
// Linting on demand

/** Lints the active editor with the command and returns its tone diagnostics, described. */
export async function lintAndListTone(doc: vscode.TextDocument): Promise<{ count: number; tone: string[] }> {
  await vscode.window.showTextDocument(doc, { preview: false });
  const count = await vscode.commands.executeCommand<number>('sincerely.lint');
  assert.strictEqual(typeof count, 'number', 'sincerely.lint returns a number');
  const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.length === count, `${count} diagnostics (the count the command returned)`);
  const findings = engineFindings(doc.getText());
  const tone = diagnostics
    .filter((d) => isTone(categoryOf(d, doc, findings)) || categoryOf(d, doc, findings) === undefined)
    .map((d) => `${ruleIdOf(d)} (${categoryOf(d, doc, findings) ?? 'no such engine finding'}) «${doc.getText(d.range)}»`);
  return { count, tone };
}
