/**
 * Lints documents and publishes their findings: on open, on type (trailing-edge debounce per
 * document), on save, when settings change, and on demand.
 *
 * Each open document has its own incremental linter (`createLinter()`, dropped when the document
 * closes), so that after an edit only the changed paragraphs are analysed again, and the lint
 * runs in slices of about 30 ms (`analyseInSlices`) that give the extension host back between
 * them. A newer edit aborts the lint in flight; a generation counter per document and the
 * version check drop any result computed for a version that is no longer current. Documents
 * over `sincerely.maxTypingSizeKB` are linted on save and on demand only (lint-policy.ts).
 */
import * as vscode from 'vscode';
import {
  createLinter,
  LintAborted,
  looksLikeReply,
  mergeFindings,
  toLintOptions,
  type Finding,
  type Language,
  type Linter,
  type ReplyStructure,
} from '../engine/index.js';
import { DIAGNOSTIC_COLLECTION, SECTION } from './constants.js';
import { Debouncer, Generations } from './debounce.js';
import { toDiagnostic } from './diagnostics.js';
import { analyseDocument, type DocumentAnalysis } from './document-analysis.js';
import type { ErrorLog } from './error-log.js';
import { lintAllowed, overTypingLimit, refreshedTrigger, resumedTrigger, surelyOverTypingLimit, utf8Length, type Trigger } from './lint-policy.js';
import type { OptIns } from './opt-in.js';
import { decideScope, readsLikeDraft, type ScopeDecision } from './scope.js';
import type { Settings } from './settings.js';
import type { ExtensionSettings } from './settings-model.js';
import { EDITOR_DEFAULTS } from './settings-model.js';
import type { ReplyStatus } from './status-model.js';

export type { Trigger } from './lint-policy.js';

/** How long a lint works before it yields to the event loop (the host must never block for ~50 ms). */
export const SLICE_MS = 30;

interface Published {
  version: number;
  findings: Finding[];
  /** The reply's structure (absent when structure checks are off). */
  structure?: ReplyStructure;
  /** The reply score, when the document is a reply and structure checks are on. */
  reply?: ReplyStatus;
  /** Linted by the command although out of scope: kept until the next lint, close or turn-off. */
  manual: boolean;
  /** What asked for the lint: a settings change runs a save's, the command's or an opt-in's again. */
  trigger: Trigger;
}

export interface DocumentStatus {
  decision: ScopeDecision;
  count: number | undefined;
  reply: ReplyStatus | undefined;
  /** The size limit (KB) when the document is over it and so linted on save only. */
  typingLimitKB: number | undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof LintAborted || (error instanceof Error && error.name === 'AbortError');
}

export class LinterController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  private readonly published = new Map<string, Published>();
  private readonly debounceMs = new Map<string, number>();
  private readonly debouncer = new Debouncer<string>();
  private readonly generations = new Generations<string>();
  /** One incremental linter per open document. */
  private readonly linters = new Map<string, Linter>();
  /** The lint in flight per document and what asked for it, aborted by a newer edit or lint. */
  private readonly running = new Map<string, { controller: AbortController; trigger: Trigger }>();
  /** `sincerely.maxTypingSizeKB` of each document, and the documents over it (value: the limit). */
  private readonly typingLimits = new Map<string, number>();
  private readonly large = new Map<string, number>();
  /** The scope decision of the last lint, reused by the status bar while the version is the same. */
  private readonly decisions = new Map<string, { version: number; decision: ScopeDecision }>();
  /** Documents still open in VS Code whose tabs were all closed: not linted until shown again. */
  private readonly closedTabs = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  /** Fires after a document's diagnostics or scope may have changed. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly settings: Settings,
    private readonly optIns: OptIns,
    /** Catches what the event handlers below throw (nothing awaits them): logged and counted. */
    readonly errors: ErrorLog,
    /** Morphology dictionaries: a lint waits until those its text needs are loaded. */
    private readonly morphology?: { ready(text: string, language?: 'auto' | Language): Promise<void> },
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.errors.run('lint on open', () => this.lintDocument(doc, 'open'))),
      vscode.workspace.onDidChangeTextDocument((event) =>
        this.errors.run('edit', () => {
          if (event.contentChanges.length > 0) this.schedule(event.document);
        }),
      ),
      vscode.workspace.onDidSaveTextDocument((doc) => this.errors.run('lint on save', () => this.lintDocument(doc, 'save'))),
      vscode.workspace.onDidCloseTextDocument((doc) =>
        this.errors.run('close', () => {
          this.closedTabs.delete(doc.uri.toString());
          this.forget(doc.uri);
        }),
      ),
      // VS Code keeps a file's document open for a while after its last tab closes: clear its
      // findings with the tab, and lint it again when a tab shows it again.
      vscode.window.tabGroups.onDidChangeTabs((event) =>
        this.errors.run('tabs changed', () => {
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
              if (doc) this.errors.run('lint on open', () => this.lintDocument(doc, 'open'));
            }
          }
        }),
      ),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.relintAll();
      }),
      this.settings.onDidChangeRcFile(() => this.relintAll()),
    );
    this.relintAll('open');
  }

  /** Re-evaluates every open document (settings changed, or at start). */
  relintAll(trigger: Trigger = 'config'): void {
    for (const doc of vscode.workspace.textDocuments) this.errors.run(`lint on ${trigger}`, () => this.lintDocument(doc, trigger));
  }

  /** Findings last published for a document (their ranges match its diagnostics). */
  findings(uri: vscode.Uri): readonly Finding[] | undefined {
    return this.published.get(uri.toString())?.findings;
  }

  /** The reply structure last published for a document, if it is still that of its current version. */
  structure(doc: vscode.TextDocument): ReplyStructure | undefined {
    const published = this.published.get(doc.uri.toString());
    return published && published.version === doc.version ? published.structure : undefined;
  }

  /**
   * The reply structure of a document's current text, for a quick fix: the published one when it
   * is current, else computed now with the document's incremental linter (only changed paragraphs).
   */
  async currentStructure(doc: vscode.TextDocument): Promise<{ structure: ReplyStructure | undefined; text: string }> {
    const settings = await this.settings.forUri(doc.uri);
    const text = doc.getText();
    const published = this.structure(doc);
    if (published) return { structure: published, text };
    return { structure: this.linterFor(doc.uri.toString()).analyse(text, toLintOptions(settings)).structure, text };
  }

  /** Whether and why a document is linted automatically, its findings count, its reply score, its size limit. */
  async status(doc: vscode.TextDocument): Promise<DocumentStatus> {
    const settings = await this.settings.forUri(doc.uri);
    const key = doc.uri.toString();
    const published = this.published.get(key);
    const cached = this.decisions.get(key);
    return {
      decision: cached && cached.version === doc.version ? cached.decision : this.decide(doc, settings),
      count: published?.findings.length,
      reply: settings.structure ? published?.reply : undefined,
      typingLimitKB: this.large.get(key),
    };
  }

  /**
   * Lints a document if the trigger, the scope and `sincerely.run` allow it, and publishes the
   * result unless the document changed meanwhile. Returns the number of findings published.
   */
  async lintDocument(doc: vscode.TextDocument, trigger: Trigger): Promise<number | undefined> {
    const key = doc.uri.toString();
    const ticket = this.generations.next(key);
    // A lint for an edit still waiting out its debounce, or in flight, is taken over by this one.
    const editPending = this.debouncer.isPending(key);
    this.debouncer.cancel(key);
    const running = this.abort(key);
    const interrupted = running ?? (editPending ? 'change' : undefined);
    const version = doc.version;
    const settings = await this.settings.forUri(doc.uri);
    if (!this.generations.isCurrent(key, ticket) || doc.isClosed) return undefined;
    this.debounceMs.set(key, settings.debounceMs);
    this.typingLimits.set(key, settings.maxTypingSizeKB);

    const text = doc.getText();
    const wasLarge = this.large.has(key);
    const large = overTypingLimit(utf8Length(text), settings.maxTypingSizeKB);
    if (large) this.large.set(key, settings.maxTypingSizeKB);
    else this.large.delete(key);
    // A settings change must not drop a save's or the command's lint it interrupted: run it again.
    trigger = resumedTrigger(trigger, interrupted, settings.enable, settings.run, large);
    const decision = this.decide(doc, settings, text);
    this.decisions.set(key, { version, decision });
    // Nor leave the diagnostics of such a lint, when it is over, with the old settings.
    const previous = this.published.get(key);
    trigger = refreshedTrigger(trigger, previous, settings.enable, settings.run, large, decision.lint);
    const forced = trigger === 'command';
    if (forced) this.closedTabs.delete(key);
    const hidden = this.closedTabs.has(key);
    if (!forced && (hidden || !(decision.lint && lintAllowed(settings.run, trigger, this.large.has(key))))) {
      if (hidden || !settings.enable || (!decision.lint && !previous?.manual)) this.clear(doc.uri);
      // A large document is not linted while typing: its status changes only when its size does.
      if (!(trigger === 'change' && wasLarge && this.large.has(key))) this.updated.fire(doc.uri);
      return undefined;
    }

    const controller = new AbortController();
    this.running.set(key, { controller, trigger });
    let result: DocumentAnalysis;
    try {
      // The first lint loads the dictionaries its text needs; later ones find them loaded.
      if (this.morphology) {
        await this.morphology.ready(text, toLintOptions(settings).language);
        if (controller.signal.aborted) return undefined;
      }
      result = await analyseDocument(this.linterFor(key), text, settings, { sliceMs: SLICE_MS, signal: controller.signal });
    } catch (error) {
      if (isAbort(error)) return undefined;
      throw error;
    } finally {
      if (this.running.get(key)?.controller === controller) this.running.delete(key);
    }
    if (!this.generations.isCurrent(key, ticket) || doc.isClosed || doc.version !== version) return undefined;
    // One diagnostic per place; the score counts every finding, as the CLI does.
    const findings = mergeFindings(result.findings);
    this.published.set(key, { version, ...result, findings, manual: forced && !decision.lint, trigger });
    this.collection.set(doc.uri, findings.map(toDiagnostic));
    this.updated.fire(doc.uri);
    return findings.length;
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    // Results in flight are for an older version now: stop computing them.
    this.generations.next(key);
    this.abort(key);
    // A document over the size limit is linted on save only: no timer, and no copy of its text,
    // on a keystroke. Its length in UTF-16 units is a lower bound of its size in UTF-8 bytes.
    const limit = this.typingLimits.get(key) ?? EDITOR_DEFAULTS.maxTypingSizeKB;
    if (surelyOverTypingLimit(documentLength(doc), limit)) {
      this.debouncer.cancel(key);
      if (!this.large.has(key)) {
        this.large.set(key, limit);
        this.updated.fire(doc.uri);
      }
      return;
    }
    const delay = this.debounceMs.get(key) ?? EDITOR_DEFAULTS.debounceMs;
    this.debouncer.trigger(key, delay, () => this.errors.run('lint on change', () => this.lintDocument(doc, 'change')));
  }

  private linterFor(key: string): Linter {
    let linter = this.linters.get(key);
    if (!linter) this.linters.set(key, (linter = createLinter()));
    return linter;
  }

  /** Aborts the lint in flight for a document; returns what had asked for it. */
  private abort(key: string): Trigger | undefined {
    const running = this.running.get(key);
    if (!running) return undefined;
    this.running.delete(key);
    running.controller.abort();
    return running.trigger;
  }

  private decide(doc: vscode.TextDocument, settings: ExtensionSettings, text?: string): ScopeDecision {
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
      looksLikeReply: () => looksLikeReply(text ?? doc.getText()),
      readsLikeDraft: () => readsLikeDraft(text ?? doc.getText()),
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
    this.abort(key);
    this.generations.forget(key);
    this.debounceMs.delete(key);
    this.typingLimits.delete(key);
    this.large.delete(key);
    this.decisions.delete(key);
    this.linters.delete(key);
    this.clear(uri);
    this.updated.fire(uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const key of [...this.running.keys()]) this.abort(key);
    this.linters.clear();
    this.closedTabs.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The length of a document's text in UTF-16 units, without copying the text. */
function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}
