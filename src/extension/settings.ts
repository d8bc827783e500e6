/**
 * Settings of a document: defaults < the nearest `.sincerelyrc.json` (from the document's folder
 * up to its workspace folder, found by the engine's `loadConfig` as in the CLI) < VS Code settings
 * that are explicitly set. Files are read with `vscode.workspace.fs` (works on the web and in
 * virtual workspaces) and watched; an rc file's problems are diagnostics on it, settings problems
 * a warning.
 */
import * as vscode from 'vscode';
// The engine's settings modules, not its index (see settings-model.ts).
import { loadConfigFile, RC_FILE_NAME, type ConfigFileSystem, type LoadedConfig } from '../engine/config-file.js';
import { describeProblem, type ConfigProblem } from '../engine/config.js';
import { CONFIG_DIAGNOSTIC_COLLECTION, SECTION, SOURCE } from './constants.js';
import { t } from './l10n.js';
import { problemRange } from './rc-problems.js';
import {
  EXTENSION_VALIDATION,
  explicitSettings,
  layerSettings,
  loadRc,
  SETTINGS_SOURCES,
  type ExtensionSettings,
  type SettingKey,
  type ValidatedExtensionSettings,
} from './settings-model.js';

type LoadedRc = LoadedConfig<ExtensionSettings>;
const NONE: LoadedRc = { settings: {}, problems: [] };

/** Errors that mean the rc file exists but cannot be read; any other error is taken for "no such file". */
const UNREADABLE = new Set(['FileIsADirectory', 'NoPermissions']);

/** `vscode.workspace.fs` for the engine's config loader: paths are URI strings; the walk stops at a workspace folder. */
const workspaceFiles: ConfigFileSystem = {
  async readFile(path) {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && UNREADABLE.has(error.code)) throw new Error(error.code, { cause: error });
      return undefined;
    }
  },
  join: (dir, name) => vscode.Uri.joinPath(vscode.Uri.parse(dir), name).toString(),
  parent(dir) {
    if (vscode.workspace.workspaceFolders?.some((f) => f.uri.toString() === dir)) return undefined;
    const up = vscode.Uri.joinPath(vscode.Uri.parse(dir), '..').toString();
    return up === dir ? undefined : up;
  },
};

export class Settings implements vscode.Disposable {
  /** The loaded rc file per folder a search starts from; cleared when any rc file changes. */
  private readonly rcCache = new Map<string, Promise<LoadedRc>>();
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
        if (isRcFile(doc.uri)) void this.showFile(doc.uri);
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
    return layerSettings(rc.settings, explicit.settings);
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

  /** The nearest `.sincerelyrc.json` of a document; its problems are shown on it. */
  private rcFor(uri: vscode.Uri | undefined): Promise<LoadedRc> {
    const from = searchStart(uri);
    if (!from) return Promise.resolve(NONE);
    let loaded = this.rcCache.get(from);
    if (!loaded) {
      loaded = loadRc(workspaceFiles, from).then((rc) => {
        this.show(rc);
        return rc;
      });
      this.rcCache.set(from, loaded);
    }
    return loaded;
  }

  /** Shows the problems of one rc file on it (or none, when it is gone). */
  private async showFile(uri: vscode.Uri): Promise<void> {
    const path = uri.toString();
    const exists = await workspaceFiles.readFile(path).then(
      (text) => text !== undefined,
      () => true,
    );
    if (exists) this.show(await loadConfigFile<ExtensionSettings>(workspaceFiles, path, EXTENSION_VALIDATION));
    else this.rcDiagnostics.delete(uri);
  }

  private show(rc: LoadedRc): void {
    if (rc.file === undefined) return;
    const text = rc.text ?? '';
    this.rcDiagnostics.set(
      vscode.Uri.parse(rc.file),
      rc.problems.map((problem) => {
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
  }

  /** Any rc file changed, appeared or went: searches start again, and its problems are shown anew. */
  private rcChanged(uri: vscode.Uri): void {
    this.rcCache.clear();
    void this.showFile(uri).then(() => this.changed.fire());
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/**
 * Where the search for a document's rc file starts: its folder (in a workspace folder, or a file
 * on disk outside one); for an untitled document, the first workspace folder.
 */
function searchStart(uri: vscode.Uri | undefined): string | undefined {
  if (!uri || uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  if (!vscode.workspace.getWorkspaceFolder(uri) && uri.scheme !== 'file') return undefined;
  return vscode.Uri.joinPath(uri, '..').toString();
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
