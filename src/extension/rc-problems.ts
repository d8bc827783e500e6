/**
 * Where a `.sincerelyrc.json` problem is in the file, so that it can be shown on the file itself:
 * the key's name (`"excuse"` inside `"severity"` for `severity.excuse`, else `"severity"`), or
 * where the JSON stops parsing, or the first line. The file is read with jsonc-parser (VS Code's
 * own JSON scanner, pure). Pure.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigProblem } from '../engine/index.js';
import { LineIndex } from '../engine/position.js';
import type { PlainRange } from './diagnostics-model.js';

/** The property name node (with its quotes) at `path`, the first key also tried with the `sincerely.` prefix. */
function keyNode(root: Node, path: string[]): Node | undefined {
  for (const first of [path[0]!, `sincerely.${path[0]}`]) {
    const value = findNodeAtLocation(root, [first, ...path.slice(1)]);
    const name = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
    if (name) return name;
  }
  return undefined;
}

export function problemRange(text: string, problem: ConfigProblem): PlainRange {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  let start = 0;
  let end = 0;
  if (problem.key !== '') {
    const path = problem.key.split('.');
    const name = root && (keyNode(root, path) ?? keyNode(root, path.slice(0, 1)));
    if (name) [start, end] = [name.offset, name.offset + name.length];
  } else if (errors[0]) {
    start = Math.min(errors[0].offset, text.length);
    end = Math.min(start + Math.max(errors[0].length, 1), text.length);
  }
  if (end === start) end = Math.max(start, text.search(/\r|\n|$/));
  const lines = new LineIndex(text);
  const a = lines.at(start);
  const b = lines.at(end);
  return { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } };
}
