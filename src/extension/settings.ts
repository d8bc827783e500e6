/**
 * Settings of a document: defaults < the folder's `.sincerelyrc.json` < VS Code settings that are
 * explicitly set. The file is read with `vscode.workspace.fs` (works on the web and in virtual
 * workspaces) and watched; its problems are diagnostics on the file, settings problems a warning.
 */
import * as vscode from 'vscode';
import { RC_FILE_NAME, type ConfigProblem } from '../engine/index.js';
import { CONFIG_DIAGNOSTIC_COLLECTION, SECTION, SOURCE } from './constants.js';
import { t } from './l10n.js';
import { problemRange } from './rc-problems.js';
import {
  describeProblem,
  explicitSettings,
  layerSettings,
  parseExtensionRc,
  SETTINGS_SOURCES,
  type ExtensionSettings,
  type SettingKey,
  type ValidatedExtensionSettings,
} from './settings-model.js';

interface RcState {
  uri: vscode.Uri;
  result: ValidatedExtensionSettings;
}

const EMPTY: ValidatedExtensionSettings = { settings: {}, problems: [] };

export class Settings implements vscode.Disposable {
  private readonly rcCache = new Map<string, Promise<RcState | undefined>>();
  private readonly rcDiagnostics = vscode.languages.createDiagnosticCollection(CONFIG_DIAGNOSTIC_COLLECTION);
  private readonly warned = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.rcDiagnostics, this.changed];
  /** Fires when a `.sincerelyrc.json` changes; VS Code settings changes come from onDidChangeConfiguration. */
  readonly onDidChangeRcFile = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.rcChanged(uri)),
      watcher.onDidChange((uri) => this.rcChanged(uri)),
      watcher.onDidDelete((uri) => this.rcChanged(uri)),
      // Saves are seen even where file watching is not available (some virtual file systems).
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isRcFile(doc.uri)) this.rcChanged(doc.uri);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isRcFile(doc.uri)) void this.rcFor(doc.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rcCache.clear();
        this.rcDiagnostics.clear();
        this.changed.fire();
      }),
    );
  }

  /** The effective settings of a document (or of the workspace when `uri` is undefined). */
  async forUri(uri: vscode.Uri | undefined): Promise<ExtensionSettings> {
    const rc = await this.rcFor(uri);
    const explicit = this.explicit(uri);
    return layerSettings(rc?.result.settings ?? {}, explicit.settings);
  }

  /** Explicitly set VS Code settings; each invalid value is reported once per session. */
  private explicit(uri: vscode.Uri | undefined): ValidatedExtensionSettings {
    const config = vscode.workspace.getConfiguration(SECTION, uri);
    const result = explicitSettings((key: SettingKey) => config.inspect(key));
    for (const problem of result.problems) this.warnOnce(problem);
    return result;
  }

  private warnOnce(problem: ConfigProblem): void {
    const key = `${problem.source}|${problem.key}|${problem.message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(
      t('Sincerely: invalid setting "{0}" in {1}: {2}. It is ignored.', `${SECTION}.${problem.key}`, sourceLabel(problem.source), problem.message),
    );
  }

  /** The `.sincerelyrc.json` of the folder a document belongs to (untitled: the first folder). */
  private rcFor(uri: vscode.Uri | undefined): Promise<RcState | undefined> {
    const folder = folderOf(uri);
    if (!folder) return Promise.resolve(undefined);
    const key = folder.uri.toString();
    let state = this.rcCache.get(key);
    if (!state) {
      state = this.readRc(vscode.Uri.joinPath(folder.uri, RC_FILE_NAME));
      this.rcCache.set(key, state);
    }
    return state;
  }

  private async readRc(uri: vscode.Uri): Promise<RcState | undefined> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.rcDiagnostics.delete(uri);
      return undefined;
    }
    const result = text.trim() === '' ? EMPTY : parseExtensionRc(text, RC_FILE_NAME);
    this.rcDiagnostics.set(
      uri,
      result.problems.map((problem) => {
        const range = problemRange(text, problem);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
          describeProblem(problem, RC_FILE_NAME),
          problem.key === '' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = SOURCE;
        return diagnostic;
      }),
    );
    return { uri, result };
  }

  private rcChanged(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || vscode.Uri.joinPath(folder.uri, RC_FILE_NAME).toString() !== uri.toString()) return;
    this.rcCache.delete(folder.uri.toString());
    void this.rcFor(uri).then(() => this.changed.fire());
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function sourceLabel(source: string): string {
  switch (source) {
    case SETTINGS_SOURCES.global:
      return t('User settings');
    case SETTINGS_SOURCES.workspace:
      return t('Workspace settings');
    case SETTINGS_SOURCES.workspaceFolder:
      return t('Folder settings');
    default:
      return source;
  }
}

function isRcFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${RC_FILE_NAME}`);
}

export function folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  if (folder) return folder;
  if (!uri || uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0];
  return undefined;
}
