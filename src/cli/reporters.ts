/** Output formats of the CLI: `stylish` for people (vfile-reporter), `json` for tools. */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Finding, Loss, Part } from '../engine/index.js';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The reply score 0–10 (docs/structure.md), or null when the text is not a reply or structure checks are off. */
  score?: number | null;
  /** Parts present and required parts missing, or null like `score`. */
  parts?: { present: Part[]; missing: Part[] } | null;
  /** The points lost, with their reasons (Σ points = 10 − score). */
  losses?: Loss[];
  /**
   * Absent when the text was not linted (linting disabled); false when it is long and not a reply,
   * so its tone was not checked (`--any-text`).
   */
  toneChecked?: boolean;
}

/**
 * The JSON interface other tools read. Keep these fields exactly; add new ones only after them.
 */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      // Tone findings only: the phrases to rewrite. Structure findings are about the whole reply
      // and go in `structure` below, so tools reading `messages` see the same kind of thing as before.
      messages: r.findings.filter((f) => f.category !== 'structure').map(jsonMessage),
      // Added after the original interface: the reply score and its explanation (null when not a reply).
      score: r.score ?? null,
      parts: r.parts ?? null,
      losses: (r.losses ?? []).map((l) => ({ points: l.points, ruleId: l.ruleId, ...(l.part ? { part: l.part } : {}), reason: l.reason })),
      structure: r.findings.filter((f) => f.category === 'structure').map(jsonMessage),
      // Added: whether the tone was checked (false for a long text that is not a reply, without --any-text).
      toneChecked: r.toneChecked ?? false,
    })),
    null,
    2,
  );
}

/** One finding in the JSON interface. Keep these fields exactly; add new ones only after them. */
export function jsonMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    endOffset: f.endOffset,
    actual: f.actual,
    expected: f.expected,
    // Added: per entry of `expected`, the exact edit that applies it (ESLint's `fix` shape).
    fixes: (f.fixes ?? []).map((fix) => ({ range: [fix.range[0], fix.range[1]], text: fix.text })),
  };
}

/** The one-line reply summary of a file: `Reply score 7/10 — missing: deadline, follow-up`. */
export function scoreSummary(r: FileResult): string | undefined {
  if (r.score === null || r.score === undefined || !r.parts) return undefined;
  const fromFindings = (r.losses ?? []).filter((l) => !l.part).reduce((n, l) => n + l.points, 0);
  const parts = r.parts.missing.length > 0 ? `missing: ${r.parts.missing.join(', ')}` : 'all parts present';
  return `Reply score ${r.score}/10 — ${parts}${fromFindings > 0 ? `; findings −${fromFindings}` : ''}`;
}

export const NOT_A_REPLY = 'does not read as a reply to a complaint; tone not checked (--any-text checks any text)';

export function formatStylish(results: readonly FileResult[], color: boolean, summaries = true): string {
  const files = results.map((r) => {
    const file = new VFile({ path: r.file });
    // Missing parts are listed once, in the score summary line, rather than as one line each.
    for (const f of r.findings.filter((x) => !(summaries && x.ruleId.startsWith('missing-')))) {
      const suggestion = f.expected.length > 0 ? ` → ${f.expected[0]}` : '';
      const message = file.message(`${f.message} «${f.actual}»${suggestion}`, {
        place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } },
        ruleId: f.ruleId,
        source: f.category,
      });
      // vfile-reporter's levels: fatal true = error, false = warning, undefined = info.
      message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
    }
    return file;
  });
  const report = reporter(files, { color, verbose: false });
  const lines = results.flatMap((r) => {
    if (r.toneChecked === false) return [`${r.file}: ${NOT_A_REPLY}`];
    const line = summaries ? scoreSummary(r) : undefined;
    return line ? [`${r.file}: ${line}`] : [];
  });
  return [report, ...lines].filter(Boolean).join('\n');
}
