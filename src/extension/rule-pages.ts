/**
 * The rule pages, offline: dist/rules/<id>.md (generated at build time, shipped in the VSIX) served
 * as read-only virtual documents `sincerely-rule:/<id>.md`, the target of each diagnostic's code
 * link, and opened as a Markdown preview by `sincerely.openRule` (the hover's link).
 */
import * as vscode from 'vscode';
import { COMMANDS, RULE_PAGE_SCHEME, rulePageUri } from './constants.js';
import { t } from './l10n.js';

export class RulePages implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = uri.path.replace(/^\//, '');
    if (!/^[a-z0-9-]+\.md$/.test(name)) return `# ${name}\n`;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'rules', name));
      return new TextDecoder().decode(bytes);
    } catch {
      return `# \`${name.replace(/\.md$/, '')}\`\n\n${t('No page for this rule.')}\n`;
    }
  }

  /** Opens a rule's page as a Markdown preview (as its source if no preview is available). */
  static async open(ruleId: unknown): Promise<void> {
    if (typeof ruleId !== 'string' || !/^[a-z0-9-]+$/.test(ruleId)) return;
    const uri = vscode.Uri.parse(rulePageUri(ruleId));
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
  }

  static register(context: vscode.ExtensionContext): vscode.Disposable[] {
    return [
      vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, new RulePages(context.extensionUri)),
      vscode.commands.registerCommand(COMMANDS.openRule, (ruleId?: unknown) => RulePages.open(ruleId)),
    ];
  }
}
