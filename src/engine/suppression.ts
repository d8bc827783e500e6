/**
 * Suppression directives, as HTML comments (Markdown) or on a line of their own (plain text):
 *   sincerely-disable [rule-id …]     from here on (all rules when no id is given)
 *   sincerely-enable [rule-id …]      ends a disable (all of them when no id is given)
 *   sincerely-ignore-next-line [rule-id …]
 */
import { lineRanges } from './mask.js';

interface Directive {
  kind: 'disable' | 'enable' | 'ignore-next-line';
  ids: string[];
  offset: number;
  line: number;
}

const COMMENT = /<!--\s*sincerely-(disable|enable|ignore-next-line)((?:\s+[\w-]+)*)\s*-->/g;
const LINE = /^[ \t]*sincerely-(disable|enable|ignore-next-line)((?:[ \t]+[\w-]+)*)[ \t]*$/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('sincerely-')) return [];
  const directives: Directive[] = [];
  lineRanges(text).forEach(([start, end], index) => {
    const line = text.slice(start, end);
    if (!line.includes('sincerely-')) return;
    const plain = LINE.exec(line);
    const found = plain ? [Object.assign(plain, { index: 0 })] : [...line.matchAll(COMMENT)];
    for (const m of found) {
      directives.push({
        kind: m[1] as Directive['kind'],
        ids: (m[2] ?? '').trim().split(/\s+/).filter(Boolean),
        offset: start + (m.index ?? 0),
        line: index + 1,
      });
    }
  });
  return directives;
}

export class Suppressions {
  private readonly directives: Directive[];
  constructor(text: string) {
    this.directives = parseDirectives(text);
  }

  /** Whether a finding of `ruleId` starting at `offset` on 1-based `line` is suppressed. */
  suppresses(ruleId: string, offset: number, line: number): boolean {
    let all = false;
    const ids = new Set<string>();
    for (const d of this.directives) {
      if (d.kind === 'ignore-next-line') {
        if (d.line + 1 === line && (d.ids.length === 0 || d.ids.includes(ruleId))) return true;
        continue;
      }
      if (d.offset > offset) continue;
      if (d.kind === 'disable') {
        if (d.ids.length === 0) all = true;
        else d.ids.forEach((id) => ids.add(id));
      } else if (d.ids.length === 0) {
        all = false;
        ids.clear();
      } else {
        d.ids.forEach((id) => ids.delete(id));
      }
    }
    return all || ids.has(ruleId);
  }

  get empty(): boolean {
    return this.directives.length === 0;
  }
}
