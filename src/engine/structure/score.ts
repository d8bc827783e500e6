/**
 * The reply score, 0–10, and its explanation. The formula (docs/structure.md):
 *
 *   score = max(0, 10 − Σ weight(missing part) − Σ 1 per tone finding − Σ 1 per ordering finding)
 *
 * with the weights below (they add up to 10: a reply with every part and no finding scores 10).
 * Every point lost is one entry of `losses`, in that order; once the score reaches 0, the
 * remaining entries are listed with 0 points, so that Σ losses.points = 10 − score always.
 */
import { PARTS, type Finding, type LintOptions, type Part } from '../types.js';
import { cueSetFor } from './cues.js';
import { missingRuleId, type ReplyStructure } from './analyse.js';

export const MAX_SCORE = 10;

/** Points a reply loses when the part is missing. `clarify` is optional and weighs nothing. */
export const PART_WEIGHTS: Readonly<Record<Part, number>> = {
  acknowledge: 1,
  empathy: 1,
  apology: 2,
  responsibility: 1,
  clarify: 0,
  remedy: 1,
  deadline: 1,
  compensation: 1,
  'follow-up': 1,
  thanks: 1,
};

/** Points lost per tone finding and per ordering finding (excuse-before-apology, apology-but, …). */
export const FINDING_COST = 1;

export interface Loss {
  points: number;
  /** Why, in the reply's language: the finding's message (and its text), or the missing part's message. */
  reason: string;
  /** The finding's rule id, or `missing-<part>` for a missing part. */
  ruleId: string;
  /** The missing part, for a missing part. */
  part?: Part;
  /** Where the finding is, for a finding. */
  offset?: number;
}

export interface ReplyScore {
  score: number;
  parts: { present: Part[]; missing: Part[] };
  losses: Loss[];
}

/**
 * Scores an analysed reply. `findings` are all the findings reported for it (after options);
 * a part whose `missing-<part>` rule is in `disabledRules` costs nothing.
 */
export function scoreReply(structure: ReplyStructure, findings: readonly Finding[], options: LintOptions = {}): ReplyScore {
  const disabled = new Set(options.disabledRules ?? []);
  const data = structure.language ? cueSetFor(structure.language)?.data : undefined;
  const losses: Loss[] = [];
  for (const part of PARTS) {
    const weight = PART_WEIGHTS[part];
    const ruleId = missingRuleId(part);
    if (weight === 0 || !structure.missing.includes(part) || disabled.has(ruleId)) continue;
    losses.push({ points: weight, reason: data?.parts[part].message ?? `missing ${part}`, ruleId, part });
  }
  for (const f of findings) {
    if (f.category === 'structure' && f.ruleId.startsWith('missing-')) continue; // counted as the part
    losses.push({ points: FINDING_COST, reason: `${f.message} «${f.actual}»`, ruleId: f.ruleId, offset: f.offset });
  }
  let left = MAX_SCORE;
  for (const loss of losses) {
    loss.points = Math.min(loss.points, left);
    left -= loss.points;
  }
  return { score: left, parts: { present: [...structure.present], missing: [...structure.missing] }, losses };
}
