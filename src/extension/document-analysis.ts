/**
 * What the extension publishes for a document, from the engine's `analyse` run by the document's
 * incremental linter: the findings, the reply structure (for quick fixes) and the reply score
 * (for the status bar). Pure: the controller passes the text and the settings in.
 */
import { toLintOptions, type Analysis, type EngineSettings, type Finding, type Linter, type ReplyStructure, type SliceOptions } from '../engine/index.js';
import type { ReplyStatus } from './status-model.js';

export interface DocumentAnalysis {
  findings: Finding[];
  /** The reply's structure (absent when structure checks are off). */
  structure?: ReplyStructure;
  /** The reply score, when the document is a reply and structure checks are on. */
  reply?: ReplyStatus;
}

/** The score of an analysed reply as the status bar shows it; undefined when the text is not a reply. */
export function replyStatus(analysis: Analysis): ReplyStatus | undefined {
  if (analysis.score === null || !analysis.parts) return undefined;
  return { score: analysis.score, present: analysis.parts.present, missing: analysis.parts.missing, losses: analysis.losses };
}

export async function analyseDocument(linter: Linter, text: string, settings: EngineSettings, slices: SliceOptions = {}): Promise<DocumentAnalysis> {
  const analysis = await linter.analyseInSlices(text, toLintOptions(settings), slices);
  const reply = replyStatus(analysis);
  return { findings: analysis.findings, ...(analysis.structure ? { structure: analysis.structure } : {}), ...(reply ? { reply } : {}) };
}
