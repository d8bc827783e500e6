/** Findings as plain diagnostic data (0-based ranges, vscode severity numbers). Pure. */
import type { Finding, Severity } from '../engine/index.js';
import { rulePageUri, SOURCE } from './constants.js';

export interface PlainPosition {
  line: number;
  character: number;
}
export interface PlainRange {
  start: PlainPosition;
  end: PlainPosition;
}

/** The values of `vscode.DiagnosticSeverity`. */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<Severity, 0 | 1 | 2 | 3>> = {
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
};

export interface DiagnosticData {
  range: PlainRange;
  message: string;
  severity: 0 | 1 | 2 | 3;
  source: typeof SOURCE;
  code: { value: string; target: string };
}

/** A finding's range: its 1-based lines and columns made 0-based. */
export function findingRange(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): PlainRange {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

export function toDiagnosticData(finding: Finding): DiagnosticData {
  return {
    range: findingRange(finding),
    message: finding.message,
    severity: DIAGNOSTIC_SEVERITY[finding.severity],
    source: SOURCE,
    code: { value: finding.ruleId, target: rulePageUri(finding.ruleId) },
  };
}

export function sameRange(a: PlainRange, b: PlainRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether a position lies in a range (ends included, as hovers expect). */
export function rangeContains(range: PlainRange, position: PlainPosition): boolean {
  const after = (p: PlainPosition, q: PlainPosition) => p.line > q.line || (p.line === q.line && p.character >= q.character);
  return after(position, range.start) && after(range.end, position);
}

/** The finding a diagnostic was made from: same rule, same range. */
export function findingForDiagnostic(findings: readonly Finding[], ruleId: string, range: PlainRange): Finding | undefined {
  return findings.find((f) => f.ruleId === ruleId && sameRange(findingRange(f), range));
}
