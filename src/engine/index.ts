/** The Sincerely engine: no editor dependency, shared by the CLI, the tests and the extension. */
export { lint, lintReply, analyse, toFindings, compareFindings, lintReplyInSlices, LintAborted, type LintResult, type SliceOptions } from './lint.js';
export { analyseReply, type ReplyAnalysis } from './reply.js';
export * from './structure/index.js';
export { detectLanguage } from './language.js';
export { RULES } from './rules/data.generated.js';
export * from './types.js';
export * from "./config.js";
export * from "./fixes.js";
export { greetingLine, looksLikeReply, signOffLine } from './reply-detect.js';
export { createLinter, type Linter } from "./incremental.js";
export * from './morph/index.js';
