/**
 * Lints documents and publishes their findings: on open, on type (trailing-edge debounce per
 * document), on save, when settings change, and on demand. A generation counter per document
 * drops results computed for a version that is no longer current.
 */
import * as vscode from 'vscode';
import { lint, looksLikeReply, toLintOptions, type Finding } from '../engine/index.js';
import { DIAGNOSTIC_COLLECTION, SECTION } from './constants.js';
import { Debouncer, Generations } from './debounce.js';
import { toDiagnostic } from './diagnostics.js';
import type { OptIns } from './opt-in.js';
import { decideScope, type ScopeDecision } from './scope.js';
import type { Settings } from './settings.js';
import type { ExtensionSettings, Run } from './settings-model.js';
import { EDITOR_DEFAULTS } from './settings-model.js';

/** What asked for a lint. `command` lints whatever the scope and `run` settings say. */
export type Trigger = 'open' | 'change' | 'save' | 'config' | 'optIn' | 'command';

interface Published {
  version: number;
  findings: Finding[];
  /** Linted by the command although out of scope: kept until the next lint, close or turn-off. */
  manual: boolean;
}

function runAllows(run: Run, trigger: Trigger): boolean {
  switch (trigger) {
    case 'command':
    case 'optIn':
      return true;
    case 'change':
      return run === 'onType';
    case 'save':
      return run === 'onSave';
    case 'open':
    case 'config':
      return run !== 'manual';
  }
}

export class LinterController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  private readonly published = new Map<string, Published>();
  private readonly debounceMs = new Map<string, number>();
  private readonly debouncer = new Debouncer<string>();
  private readonly generations = new Generations<string>();
  /** Documents still open in VS Code whose tabs were all closed: not linted until shown again. */
  private readonly closedTabs = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  /** Fires after a document's diagnostics or scope may have changed. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly settings: Settings,
    private readonly optIns: OptIns,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.lintDocument(doc, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.lintDocument(doc, 'save')),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.closedTabs.delete(doc.uri.toString());
        this.forget(doc.uri);
      }),
      // VS Code keeps a file's document open for a while after its last tab closes: clear its
      // findings with the tab, and lint it again when a tab shows it again.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && !shownInTab(uri)) {
            this.closedTabs.add(uri.toString());
            this.forget(uri);
          }
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri && this.closedTabs.delete(uri.toString())) {
            const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
            if (doc) void this.lintDocument(doc, 'open');
          }
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.relintAll();
      }),
      this.settings.onDidChangeRcFile(() => this.relintAll()),
    );
    this.relintAll('open');
  }

  /** Re-evaluates every open document (settings changed, or at start). */
  relintAll(trigger: Trigger = 'config'): void {
    for (const doc of vscode.workspace.textDocuments) void this.lintDocument(doc, trigger);
  }

  /** Findings last published for a document (their ranges match its diagnostics). */
  findings(uri: vscode.Uri): readonly Finding[] | undefined {
    return this.published.get(uri.toString())?.findings;
  }

  /** Whether and why a document is linted automatically, and how many findings it has. */
  async status(doc: vscode.TextDocument): Promise<{ decision: ScopeDecision; count: number | undefined }> {
    const settings = await this.settings.forUri(doc.uri);
    return { decision: this.decide(doc, settings), count: this.published.get(doc.uri.toString())?.findings.length };
  }

  /**
   * Lints a document if the trigger, the scope and `sincerely.run` allow it, and publishes the
   * result unless the document changed meanwhile. Returns the number of findings published.
   */
  async lintDocument(doc: vscode.TextDocument, trigger: Trigger): Promise<number | undefined> {
    const key = doc.uri.toString();
    const ticket = this.generations.next(key);
    this.debouncer.cancel(key);
    const version = doc.version;
    const settings = await this.settings.forUri(doc.uri);
    if (!this.generations.isCurrent(key, ticket) || doc.isClosed) return undefined;
    this.debounceMs.set(key, settings.debounceMs);

    const decision = this.decide(doc, settings);
    const forced = trigger === 'command';
    if (forced) this.closedTabs.delete(key);
    const hidden = this.closedTabs.has(key);
    if (!forced && (hidden || !(decision.lint && runAllows(settings.run, trigger)))) {
      const previous = this.published.get(key);
      if (hidden || !settings.enable || (!decision.lint && !previous?.manual)) this.clear(doc.uri);
      this.updated.fire(doc.uri);
      return undefined;
    }

    const findings = lint(doc.getText(), toLintOptions(settings));
    if (!this.generations.isCurrent(key, ticket) || doc.isClosed || doc.version !== version) return undefined;
    this.published.set(key, { version, findings, manual: forced && !decision.lint });
    this.collection.set(doc.uri, findings.map(toDiagnostic));
    this.updated.fire(doc.uri);
    return findings.length;
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    // Results in flight are for an older version now.
    this.generations.next(key);
    const delay = this.debounceMs.get(key) ?? EDITOR_DEFAULTS.debounceMs;
    this.debouncer.trigger(key, delay, () => void this.lintDocument(doc, 'change'));
  }

  private decide(doc: vscode.TextDocument, settings: ExtensionSettings): ScopeDecision {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const relativePath = folder && doc.uri.path.startsWith(`${folder.uri.path}/`) ? doc.uri.path.slice(folder.uri.path.length + 1) : undefined;
    return decideScope({
      enabled: settings.enable,
      scope: settings.scope,
      scheme: doc.uri.scheme,
      languageId: doc.languageId,
      languages: settings.languages,
      draftGlobs: settings.draftGlobs,
      relativePath,
      absolutePath: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path,
      optedIn: this.optIns.has(doc.uri),
      looksLikeReply: () => looksLikeReply(doc.getText()),
    });
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.published.has(key) && !this.collection.has(uri)) return;
    this.published.delete(key);
    this.collection.delete(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.debouncer.cancel(key);
    this.generations.forget(key);
    this.debounceMs.delete(key);
    this.clear(uri);
    this.updated.fire(uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    this.closedTabs.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}
