/**
 * Every rule id the engine knows: the tone rules of both languages (the compiled rule data) and
 * the structure checks. Settings validation is given this set; nothing registers ids at import.
 */
import { RULES } from './rules/data.generated.js';
import { STRUCTURE_RULE_IDS } from './structure/index.js';

let known: ReadonlySet<string> | undefined;

export function knownRuleIds(): ReadonlySet<string> {
  known ??= new Set([...RULES.map((r) => r.id), ...STRUCTURE_RULE_IDS]);
  return known;
}
