/**
 * One diagnostic per place, for editors: tone findings on overlapping words become one finding
 * (the strongest message, the best suggestions, the other rules' ids in `also`), and the
 * `missing-<part>` findings stacked on the greeting become one `missing-parts` finding that lists
 * the parts. `lint()` itself keeps every finding (the CLI's JSON is unchanged).
 */
import type { Category, Finding, Language, Part, Severity } from './types.js';
import { PARTS } from './types.js';

/** The rule id of the merged finding for several missing parts. */
export const MISSING_PARTS_RULE = 'missing-parts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
/** Which category's message speaks first when several rules flag the same words. */
const CATEGORY_RANK: Record<Category, number> = { 'blame-shift': 0, defensive: 1, excuse: 2, minimizing: 3, 'vague-promise': 4, structure: 5 };
const MAX_SUGGESTIONS = 3;

const PART_NAMES: Record<Language, Record<Part, string>> = {
  en: {
    acknowledge: 'acknowledgement',
    empathy: 'empathy',
    apology: 'apology',
    responsibility: 'ownership',
    clarify: 'clarifying question',
    remedy: 'fix',
    deadline: 'deadline',
    compensation: 'compensation',
    'follow-up': 'follow-up',
    thanks: 'thanks',
  },
  ru: {
    acknowledge: 'подтверждение',
    empathy: 'сочувствие',
    apology: 'извинение',
    responsibility: 'ответственность',
    clarify: 'уточняющий вопрос',
    remedy: 'решение',
    deadline: 'срок',
    compensation: 'компенсация',
    'follow-up': 'дальнейший контакт',
    thanks: 'благодарность',
  },
};

function stronger(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
    b.endOffset - b.offset - (a.endOffset - a.offset) ||
    a.offset - b.offset
  );
}

/** The part of a `missing-<part>` rule id. */
export function missingPartOf(ruleId: string): Part | undefined {
  const part = /^missing-(.+)$/.exec(ruleId)?.[1];
  return part && (PARTS as readonly string[]).includes(part) ? (part as Part) : undefined;
}

/** One finding for a group of overlapping tone findings. */
function mergeGroup(group: Finding[]): Finding {
  if (group.length === 1) return group[0]!;
  const [lead, ...rest] = [...group].sort(stronger) as [Finding, ...Finding[]];
  const expected: string[] = [];
  const fixes: NonNullable<Finding['fixes']> = [];
  const reach: NonNullable<Finding['reach']> = [];
  for (const f of [lead, ...rest]) {
    f.expected.forEach((s, i) => {
      if (expected.length >= MAX_SUGGESTIONS || expected.includes(s)) return;
      expected.push(s);
      reach.push(f.reach?.[i] ?? 'phrase');
      const fix = f.fixes?.[i];
      if (fix) fixes.push(fix);
    });
  }
  const start = group.reduce((m, f) => (f.offset < m.offset ? f : m), lead);
  const end = group.reduce((m, f) => (f.endOffset > m.endOffset ? f : m), lead);
  const merged: Finding = {
    ...lead,
    expected,
    reach,
    offset: start.offset,
    line: start.line,
    column: start.column,
    endOffset: end.endOffset,
    endLine: end.endLine,
    endColumn: end.endColumn,
    also: [...new Set(rest.map((f) => f.ruleId).filter((id) => id !== lead.ruleId))],
  };
  merged.actual = lead.actual;
  if (fixes.length === expected.length) merged.fixes = fixes;
  else delete merged.fixes;
  return merged;
}

/** One finding listing every missing part, on the place the individual ones were reported. */
function mergeMissing(missing: Finding[]): Finding {
  const [first] = missing as [Finding, ...Finding[]];
  const parts = missing.map((f) => missingPartOf(f.ruleId)!);
  const names = parts.map((p) => PART_NAMES[first.language][p]).join(', ');
  const message = first.language === 'ru' ? `В ответе не хватает частей: ${names}.` : `The reply is missing parts: ${names}.`;
  return {
    ...first,
    ruleId: MISSING_PARTS_RULE,
    severity: [...missing].sort(stronger)[0]!.severity,
    message,
    note: missing.map((f) => f.message).join('\n'),
    expected: [],
    fixes: [],
    also: missing.map((f) => f.ruleId),
  };
}

/** Findings merged so that each place in the text has one (see the file comment). Sorted by position. */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // In the order a reply has its parts, not the ids' alphabetical order.
  const missing = findings
    .filter((f) => f.category === 'structure' && missingPartOf(f.ruleId))
    .sort((a, b) => PARTS.indexOf(missingPartOf(a.ruleId)!) - PARTS.indexOf(missingPartOf(b.ruleId)!));
  if (missing.length > 1) out.push(mergeMissing(missing));
  else out.push(...missing);
  out.push(...findings.filter((f) => f.category === 'structure' && !missingPartOf(f.ruleId)));
  const tone = findings.filter((f) => f.category !== 'structure').sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  let group: Finding[] = [];
  let groupEnd = -1;
  for (const f of tone) {
    if (group.length > 0 && f.offset < groupEnd) {
      group.push(f);
      groupEnd = Math.max(groupEnd, f.endOffset);
      continue;
    }
    if (group.length > 0) out.push(mergeGroup(group));
    group = [f];
    groupEnd = f.endOffset;
  }
  if (group.length > 0) out.push(mergeGroup(group));
  return out.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
