/** Findings as `vscode.Diagnostic`s (the mapping itself is in diagnostics-model.ts). */
import * as vscode from 'vscode';
import type { Finding } from '../engine/index.js';
import { toDiagnosticData, type PlainRange } from './diagnostics-model.js';

export function toRange(range: PlainRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromRange(range: vscode.Range): PlainRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const data = toDiagnosticData(finding);
  const diagnostic = new vscode.Diagnostic(toRange(data.range), data.message, data.severity as vscode.DiagnosticSeverity);
  diagnostic.source = data.source;
  diagnostic.code = { value: data.code.value, target: vscode.Uri.parse(data.code.target) };
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for other sources. */
export function ruleIdOf(diagnostic: vscode.Diagnostic, source: string): string | undefined {
  if (diagnostic.source !== source) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object' && typeof code.value === 'string') return code.value;
  return undefined;
}
