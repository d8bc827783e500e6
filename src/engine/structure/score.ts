/**
 * The reply score, 0–10, and its explanation. The formula (docs/structure.md):
 *
 *   score = max(0, 10 − Σ weight(missing part) − min(FINDINGS_CAP, Σ cost(finding)))
 *
 * The part weights follow what apology research found matters (Lewicki, Polin & Lount 2016, 755
 * subjects): acknowledging responsibility counts most, an offer of repair next (the remedy; a
 * compensation is an extra that not every complaint needs), the expression of regret and the
 * acknowledgement of the problem after that; empathy, a date, a follow-up and thanks add a little
 * each, and asking for forgiveness (part of the apology) least. They add up to 10: a reply with every part and no finding scores 10.
 *
 * A tone finding costs by its severity, an ordering finding one point; together they cost at
 * most FINDINGS_CAP, so that one long paragraph of excuses (or a trained scorer's many findings)
 * does not hide what the reply does right. Every point lost is one entry of `losses`: the missing
 * parts, then the findings by position; past the cap or past 0 an entry keeps its reason with
 * 0 points, so that Σ losses.points = 10 − score always.
 */
import { isScorerRule } from '../scorer/messages.js';
import { PARTS, type Finding, type LintOptions, type Part, type Severity } from '../types.js';
import { cueSetFor } from './cues.js';
import { missingRuleId, type ReplyStructure } from './analyse.js';

export const MAX_SCORE = 10;

/** Points a reply loses when the part is missing. `clarify` is optional and weighs nothing. */
export const PART_WEIGHTS: Readonly<Record<Part, number>> = {
  acknowledge: 1.5,
  empathy: 0.5,
  apology: 1.5,
  responsibility: 2.5,
  clarify: 0,
  remedy: 2,
  deadline: 0.5,
  compensation: 0.5,
  'follow-up': 0.5,
  thanks: 0.5,
};

/** Points lost per tone finding, by its severity. */
export const TONE_COST: Readonly<Record<Severity, number>> = { error: 1.5, warning: 1, information: 0.25, hint: 0 };
/** Points lost per ordering finding (excuse-before-apology, apology-but, too-many-apologies, exclamation-run). */
export const FINDING_COST = 1;
/** The most that findings (tone and ordering together) can cost. */
export const FINDINGS_CAP = 3;

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
  /** For a finding: true when it cost nothing because findings already cost FINDINGS_CAP. */
  capped?: boolean;
}

export interface ReplyScore {
  score: number;
  parts: { present: Part[]; missing: Part[] };
  losses: Loss[];
}

/** What one finding costs before the cap. */
export function findingCost(f: Finding): number {
  if (f.category === 'structure') return FINDING_COST;
  // A trained scorer's reading is weaker evidence than a rule's match: it costs as an information finding.
  return isScorerRule(f.ruleId) ? TONE_COST.information : TONE_COST[f.severity];
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
  let capLeft = FINDINGS_CAP;
  for (const f of findings) {
    if (f.category === 'structure' && f.ruleId.startsWith('missing-')) continue; // counted as the part
    const cost = findingCost(f);
    const points = Math.min(cost, capLeft);
    capLeft -= points;
    const loss: Loss = { points, reason: `${f.message} «${f.actual}»`, ruleId: f.ruleId, offset: f.offset };
    if (points < cost) loss.capped = true;
    losses.push(loss);
  }
  let left = MAX_SCORE;
  for (const loss of losses) {
    loss.points = Math.min(loss.points, left);
    left -= loss.points;
  }
  return { score: left, parts: { present: [...structure.present], missing: [...structure.missing] }, losses };
}
