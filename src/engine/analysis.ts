/**
 * `analyse(text, options)`: the engine's one document analysis. The findings (tone and
 * structure), and for a reply its parts and the explained score. The CLI prints it; the
 * extension gets the same from its incremental linter (incremental.ts), which ends in `toAnalysis`.
 */
import { lintSteps, runSync, type LintResult } from './lint.js';
import type { Range, ReplyStructure } from './structure/analyse.js';
import { scoreReply, type Loss } from './structure/score.js';
import type { Finding, Language, LintOptions, Part } from './types.js';

export interface Analysis {
  /** Whether the text looks like a reply; structure checks and the score only apply to replies. */
  reply: boolean;
  language: Language | undefined;
  /** 0–10, or null when the text is not a reply or structure checks are off. */
  score: number | null;
  /** Parts present and required parts missing, or null like `score`. */
  parts: { present: Part[]; missing: Part[] } | null;
  /** Every point lost; Σ points = 10 − score. Empty when `score` is null. */
  losses: Loss[];
  /** Where each present part is. */
  ranges: Partial<Record<Part, Range[]>>;
  /** Tone findings and, for a reply, structure findings, sorted by position. */
  findings: Finding[];
  /** The reply's structure as analysed (absent with `structure: false`), for edits that insert a part. */
  structure?: ReplyStructure;
  /** False when the text is long and not a reply, so its tone was not checked (`LintOptions.anyText`). */
  toneChecked: boolean;
}

/** The analysis of a finished run: scores the reply when it is one. */
export function toAnalysis({ findings, structure, toneChecked = true }: LintResult, options: LintOptions): Analysis {
  const known = structure ? { structure } : {};
  if (!structure || !structure.reply) {
    return {
      reply: structure?.reply ?? false,
      language: structure?.language,
      score: null,
      parts: null,
      losses: [],
      ranges: {},
      findings,
      toneChecked,
      ...known,
    };
  }
  const { score, parts, losses } = scoreReply(structure, findings, options);
  const ranges: Partial<Record<Part, Range[]>> = {};
  for (const part of structure.present) ranges[part] = structure.ranges[part];
  return { reply: true, language: structure.language, score, parts, losses, ranges, findings, toneChecked, ...known };
}

export function analyse(text: string, options: LintOptions = {}): Analysis {
  return toAnalysis(runSync(lintSteps(text, options)).result, options);
}

/** The findings of `analyse` alone (kept for the many tests and scripts that only need them). */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return analyse(text, options).findings;
}

/** Former names of `analyse` and `Analysis`, kept while other branches still use them. */
export const analyseReply = analyse;
export type ReplyAnalysis = Analysis;

/** How much of a document `looksLikeReply` reads: a reply shows what it is in its first pages. */
export const LOOKS_LIKE_REPLY_LIMIT = 20_000;

/**
 * Whether a text reads as a reply to a complaint, by the same evidence as the structure checks
 * (docs/structure.md, "Is it a reply?"): an apology, ownership, a reference to the reader's
 * message or order, a failure named next to the reader… A greeting and "you" alone are not enough.
 */
export function looksLikeReply(text: string, options: LintOptions = {}): boolean {
  const sample = text.length > LOOKS_LIKE_REPLY_LIMIT ? text.slice(0, LOOKS_LIKE_REPLY_LIMIT) : text;
  return runSync(lintSteps(sample, { ...options, structure: true })).result.structure?.reply ?? false;
}
