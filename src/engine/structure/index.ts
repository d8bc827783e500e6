/** Reply structure: which parts a reply has, the ordering checks, and the reply score. */
export { analyseStructure, missingRuleId, OPTIONAL_PARTS, REQUIRED_PARTS, STRUCTURE_RULE_IDS } from './analyse.js';
export type { Range, ReplyStructure, StructureMatch, StructureParagraph } from './analyse.js';
export { cueSetFor } from './cues.js';
export type { ParagraphStructure, PartCue } from './plugin.js';
export { FINDING_COST, FINDINGS_CAP, findingCost, MAX_SCORE, PART_WEIGHTS, scoreReply, TONE_COST } from './score.js';
export type { Loss, ReplyScore } from './score.js';
