/**
 * Every rule id the engine knows: the tone rules of both languages and the structure checks
 * (generated id lists, known before any rule data is loaded). Settings validation is given this
 * set; nothing registers ids at import.
 */
import { RULE_IDS } from './rules/data.generated.js';
import { STRUCTURE_RULE_IDS } from './structure/index.js';

let known: ReadonlySet<string> | undefined;

export function knownRuleIds(): ReadonlySet<string> {
  known ??= new Set([...RULE_IDS, ...STRUCTURE_RULE_IDS]);
  return known;
}
