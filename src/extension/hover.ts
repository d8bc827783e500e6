/** Hover on a flagged phrase: why it hurts, the suggestions, and the rule id with its documentation link. */
import * as vscode from 'vscode';
import { COMMANDS } from './constants.js';
import { findingRange, rangeContains } from './diagnostics-model.js';
import { toRange } from './diagnostics.js';
import { hoverMarkdown } from './hover-model.js';
import { t } from './l10n.js';
import type { LinterController } from './linter-controller.js';

export class SincerelyHover implements vscode.HoverProvider {
  constructor(private readonly controller: LinterController) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = { line: position.line, character: position.character };
    const findings = (this.controller.findings(doc.uri) ?? []).filter((f) => rangeContains(findingRange(f), here));
    if (findings.length === 0) return undefined;
    const markdown = new vscode.MarkdownString(findings.map((f) => hoverMarkdown(f, t)).join('\n\n---\n\n'));
    // The rule links open the rule's page inside the editor (command links must be trusted).
    markdown.isTrusted = { enabledCommands: [COMMANDS.openRule] };
    return new vscode.Hover(markdown, toRange(findingRange(findings[0]!)));
  }
}
