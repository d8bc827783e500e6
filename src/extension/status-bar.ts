/**
 * The status bar item of the active editor: the reply score or the finding count, whether and
 * why the document is linted (composed in status-model.ts).
 */
import * as vscode from 'vscode';
import { t } from './l10n.js';
import type { LinterController } from './linter-controller.js';
import { composeStatus, type StatusView } from './status-model.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sincerely.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private refreshing = 0;

  constructor(private readonly controller: LinterController) {
    this.item.name = 'Sincerely';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSafely()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refreshSafely();
      }),
    );
    this.refreshSafely();
  }

  /** What the item shows for a document (the `sincerely.status` command returns it too). */
  async view(doc: vscode.TextDocument): Promise<StatusView> {
    const status = await this.controller.status(doc);
    return composeStatus(
      {
        reason: status.decision.reason,
        linted: status.decision.lint,
        count: status.count,
        ...(status.reply ? { reply: status.reply } : {}),
        ...(status.typingLimitKB !== undefined ? { typingLimitKB: status.typingLimitKB } : {}),
        languageId: doc.languageId,
      },
      t,
    );
  }

  /** A refresh from an event handler: what it throws is logged and counted (error-log.ts). */
  private refreshSafely(): void {
    this.controller.errors.run('status bar', () => this.refresh());
  }

  async refresh(): Promise<void> {
    const ticket = ++this.refreshing;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      this.item.hide();
      return;
    }
    const view = await this.view(doc);
    if (ticket !== this.refreshing) return;
    if (!view.visible) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = new vscode.MarkdownString(view.tooltip);
    this.item.command = { title: 'Sincerely', command: view.command, arguments: [doc.uri] };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
