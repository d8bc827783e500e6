/**
 * Where a `.sincerelyrc.json` problem is in the file, so that it can be shown on the file itself:
 * the key's name (`"severity"` then `"excuse"` for `severity.excuse`), or the position a JSON parse
 * error names, or the start of the file. Pure.
 */
import type { ConfigProblem } from '../engine/index.js';
import { LineIndex } from '../engine/position.js';
import type { PlainRange } from './diagnostics-model.js';

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Offsets of the problem's key in the text, or undefined when it is not found. */
function keyOffsets(text: string, key: string): [number, number] | undefined {
  let from = 0;
  let found: [number, number] | undefined;
  key.split('.').forEach((part, index) => {
    if (index > 0 && !found) return;
    const name = index === 0 ? `(?:sincerely\\.)?${escapeRegExp(part)}` : escapeRegExp(part);
    const re = new RegExp(`"${name}"\\s*:`, 'gu');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) {
      found = undefined;
      from = text.length;
      return;
    }
    const length = m[0].lastIndexOf('"') + 1;
    found = [m.index, m.index + length];
    from = m.index + length;
  });
  return found;
}

/** A JSON.parse message's position: "… at position 42" or "… (line 3 column 5)". */
function parseErrorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split(/\r\n|\r|\n/);
    const line = Number(lineColumn[1]) - 1;
    let offset = 0;
    for (let i = 0; i < line && i < lines.length; i++) offset += lines[i]!.length + 1;
    return Math.min(offset + Number(lineColumn[2]) - 1, text.length);
  }
  return undefined;
}

export function problemRange(text: string, problem: ConfigProblem): PlainRange {
  let start = 0;
  let end = 0;
  if (problem.key !== '') {
    const offsets = keyOffsets(text, problem.key) ?? keyOffsets(text, problem.key.split('.')[0]!);
    if (offsets) [start, end] = offsets;
  } else {
    const offset = parseErrorOffset(text, problem.message);
    if (offset !== undefined) {
      start = offset;
      end = Math.min(offset + 1, text.length);
    }
  }
  if (end === start) end = Math.min(text.search(/\r|\n|$/) , text.length);
  const lines = new LineIndex(text);
  const a = lines.at(start);
  const b = lines.at(Math.max(end, start));
  return { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } };
}
