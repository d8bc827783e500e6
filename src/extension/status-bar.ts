/** The status bar item of the active editor: finding count, whether and why the document is linted. */
import * as vscode from 'vscode';
import { t } from './l10n.js';
import type { LinterController } from './linter-controller.js';
import { composeStatus } from './status-model.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sincerely.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private refreshing = 0;

  constructor(private readonly controller: LinterController) {
    this.item.name = 'Sincerely';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.refresh();
      }),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const ticket = ++this.refreshing;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      this.item.hide();
      return;
    }
    const { decision, count } = await this.controller.status(doc);
    if (ticket !== this.refreshing) return;
    const view = composeStatus({ reason: decision.reason, linted: decision.lint, count }, t);
    if (!view.visible) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = { title: 'Sincerely', command: view.command, arguments: [doc.uri] };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
