/** The Sincerely engine: no editor dependency, shared by the CLI, the tests and the extension. */
export { analyse, analyseReply, lint, looksLikeReply, type Analysis, type ReplyAnalysis } from './analysis.js';
export { createLinter, type Linter } from './incremental.js';
export { analyseParagraphs, LintAborted, type LintResult, type SliceOptions } from './lint.js';
export * from './config.js';
export * from './config-file.js';
export { knownRuleIds } from './rule-ids.js';
export * from './structure/index.js';
export { detectLanguage } from './language.js';
export { isRuleDataLoaded, loadRuleData, ruleDataFor, unloadRuleData } from './rule-data.js';
export * from './types.js';
export * from './fixes.js';
export { greetingLine, signOffLine } from './reply-detect.js';
export * from './morph/index.js';
export { isLanguageDataLoaded, languageDataGeneration, loadLanguageData, unloadLanguageData } from './language-data.js';
export { isScorerLoaded, loadScorer, unloadScorer } from './scorer/models.js';
export { mergeFindings, missingPartOf, MISSING_PARTS_RULE } from './merge.js';
export { agree, writerOf, type Writer } from './agreement.js';
