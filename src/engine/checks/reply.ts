/**
 * The reply checks of a language (`checks:` of rules/<lang>/structure.yaml), each run by the module
 * of its kind, in the file's order.
 */
import { matchOccurrence } from './occurrence.js';
import { matchPart } from './part.js';
import type { CheckMatch, ReplyCheckInput } from './reply-input.js';
import { matchSequence } from './sequence.js';

export { missingParts } from './part.js';
export { cueIndex, sentenceIndex } from './reply-input.js';
export type { CheckCue, CheckMatch, CheckRun, CheckTone, CheckWord, CueIndex, Located, ReplyCheckInput, SentenceIndex, SentenceKey } from './reply-input.js';

/** Every finding of the reply language's checks. */
export function matchReplyChecks(input: ReplyCheckInput): CheckMatch[] {
  const matches: CheckMatch[] = [];
  for (const [id, check] of Object.entries(input.data[input.language]?.checks ?? {})) {
    if (check.kind === 'part') matches.push(...matchPart(id, check, input));
    else if (check.kind === 'occurrence') matches.push(...matchOccurrence(id, check, input));
    else matches.push(...matchSequence(id, check, input));
  }
  return matches;
}
