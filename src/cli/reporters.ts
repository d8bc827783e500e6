/** Output formats of the CLI: `stylish` for people (vfile-reporter), `json` for tools. */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Finding } from '../engine/index.js';

export interface FileResult {
  file: string;
  findings: Finding[];
}

/**
 * The JSON interface other tools read. Keep these fields exactly; add new ones only after them.
 */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      messages: r.findings.map((f) => ({
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
      })),
    })),
    null,
    2,
  );
}

export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const files = results.map((r) => {
    const file = new VFile({ path: r.file });
    for (const f of r.findings) {
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
  return reporter(files, { color, verbose: false });
}
