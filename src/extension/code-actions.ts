/**
 * Quick fixes for Sincerely's own diagnostics (built by actions-model.ts), and a
 * `source.fixAll.sincerely` action that applies the first suggestion of every finding.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine/index.js';
import { buildActions, fixAllEdits, snippetParts, type ActionDescription, type ActionTarget, type PlainEdit } from './actions-model.js';
import { FIX_ALL_KIND_SUFFIX, SOURCE } from './constants.js';
import { findingForDiagnostic, findingRange } from './diagnostics-model.js';
import { fromRange, ruleIdOf, toRange } from './diagnostics.js';
import { t } from './l10n.js';
import type { LinterController } from './linter-controller.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

function targetOf(doc: vscode.TextDocument, ruleId: string, range: vscode.Range, finding: Finding | undefined): ActionTarget {
  const after = doc.lineAt(range.end.line).text.slice(range.end.character);
  return {
    ruleId,
    range: fromRange(range),
    text: doc.getText(range),
    expected: finding?.expected ?? [],
    after,
    ...(finding ? { language: finding.language } : {}),
    ...(finding?.also ? { also: finding.also } : {}),
    ...(finding?.fixes && finding.fixes.length === finding.expected.length ? { fixes: finding.fixes.map((fix) => plainEdit(doc, fix)) } : {}),
  };
}

/** An engine fix (offsets) as an edit of the document (positions). */
function plainEdit(doc: vscode.TextDocument, fix: { range: [number, number]; text: string }): PlainEdit {
  return { range: fromRange(new vscode.Range(doc.positionAt(fix.range[0]), doc.positionAt(fix.range[1]))), newText: fix.text };
}

/** Every finding of the document as a target (optionally of one rule), for "fix all". */
export function targetsOf(doc: vscode.TextDocument, findings: readonly Finding[], ruleId?: string): ActionTarget[] {
  return findings
    .filter((f) => ruleId === undefined || f.ruleId === ruleId)
    .map((f) => {
      const r = findingRange(f);
      return targetOf(doc, f.ruleId, toRange(r), f);
    });
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly PlainEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** One replacement whose `[placeholders]` become tab stops when it is applied in an editor. */
export function toSnippetEdit(uri: vscode.Uri, edit: PlainEdit): vscode.WorkspaceEdit {
  const snippet = new vscode.SnippetString();
  for (const part of snippetParts(edit.newText)) {
    if (part.placeholder) snippet.appendPlaceholder(part.text);
    else snippet.appendText(part.text);
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(uri, [new vscode.SnippetTextEdit(toRange(edit.range), snippet)]);
  return workspaceEdit;
}

export class SincerelyCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly controller: LinterController) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.controller.findings(doc.uri) ?? [];
    if (context.only && FIX_ALL_KIND.intersects(context.only) && !vscode.CodeActionKind.QuickFix.intersects(context.only)) {
      return this.fixAll(doc, findings);
    }
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic, SOURCE);
      if (!ruleId) continue;
      const finding = findingForDiagnostic(findings, ruleId, fromRange(diagnostic.range));
      const target = targetOf(doc, ruleId, diagnostic.range, finding);
      const sameRule = targetsOf(doc, findings, ruleId);
      const line = diagnostic.range.start.line;
      const descriptions = buildActions(
        target,
        {
          uri: doc.uri.toString(),
          languageId: doc.languageId,
          lineText: doc.lineAt(line).text,
          previousLineText: line > 0 ? doc.lineAt(line - 1).text : '',
          eol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
          sameRule: sameRule.length > 0 ? sameRule : [target],
        },
        t,
      );
      actions.push(...descriptions.map((d) => this.toCodeAction(doc.uri, d, diagnostic)));
    }
    return actions;
  }

  private toCodeAction(uri: vscode.Uri, description: ActionDescription, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(description.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = description.isPreferred;
    const [single] = description.edits ?? [];
    if (description.snippet && single && description.edits?.length === 1) action.edit = toSnippetEdit(uri, single);
    else if (description.edits) action.edit = toWorkspaceEdit(uri, description.edits);
    if (description.command) {
      action.command = {
        command: description.command.command,
        title: description.command.title,
        arguments: description.command.arguments,
      };
    }
    return action;
  }

  private fixAll(doc: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const edits = fixAllEdits(targetsOf(doc, findings));
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(t('Sincerely: apply the first suggestion everywhere'), FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(doc.uri, edits);
    return [action];
  }
}
