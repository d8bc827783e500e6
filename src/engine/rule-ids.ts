/**
 * Every rule id the engine knows: the tone rules of both languages and the structure checks
 * (generated id lists, known before any rule data is loaded). Settings validation is given this
 * set; nothing registers ids at import.
 */
import { RULE_IDS, STRUCTURE_CHECK_IDS } from './rules/data.generated.js';

let known: ReadonlySet<string> | undefined;

export function knownRuleIds(): ReadonlySet<string> {
  known ??= new Set([...RULE_IDS, ...STRUCTURE_CHECK_IDS]);
  return known;
}
