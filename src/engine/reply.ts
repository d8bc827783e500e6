/**
 * `analyseReply(text, options)`: the findings, the parts and the explained score of a reply;
 * `looksLikeReply(text)`: whether a text answers a complaint (the editor lints such documents).
 */
import { lintReply } from './lint.js';
import type { Range } from './structure/analyse.js';
import { scoreReply, type Loss } from './structure/score.js';
import type { Finding, Language, LintOptions, Part } from './types.js';

export interface ReplyAnalysis {
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
  /** The same findings as `lint(text, options)`. */
  findings: Finding[];
}

export function analyseReply(text: string, options: LintOptions = {}): ReplyAnalysis {
  const { findings, structure } = lintReply(text, options);
  if (!structure || !structure.reply) {
    return { reply: structure?.reply ?? false, language: structure?.language, score: null, parts: null, losses: [], ranges: {}, findings };
  }
  const { score, parts, losses } = scoreReply(structure, findings, options);
  const ranges: Partial<Record<Part, Range[]>> = {};
  for (const part of structure.present) ranges[part] = structure.ranges[part];
  return { reply: true, language: structure.language, score, parts, losses, ranges, findings };
}

/** How much of a document `looksLikeReply` reads: a reply shows what it is in its first pages. */
export const LOOKS_LIKE_REPLY_LIMIT = 20_000;

/**
 * Whether a text reads as a reply to a complaint, by the same evidence as the structure checks
 * (docs/structure.md, "Is it a reply?"): an apology, ownership, a reference to the reader's
 * message or order, a failure named next to the reader… A greeting and "you" alone are not enough.
 */
export function looksLikeReply(text: string, options: LintOptions = {}): boolean {
  const sample = text.length > LOOKS_LIKE_REPLY_LIMIT ? text.slice(0, LOOKS_LIKE_REPLY_LIMIT) : text;
  return lintReply(sample, { ...options, structure: true }).structure?.reply ?? false;
}
