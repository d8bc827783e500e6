/**
 * Rule kind `part`: a part the reply must have. A part without a `part` check is optional
 * (`clarify`); `requiredWhen: {pending: [...]}` makes a part required only when a cue of one of
 * those parts promises something still to come (a deadline dates a fix, not a fix already done).
 * The finding, `missing-<part>`, goes on the anchor (the greeting line, or the first line), with
 * the part's own message in the reply's language.
 */
import { PARTS, type CheckData, type PartCheckData } from '../types.js';
import type { CheckMatch, ReplyCheckInput } from './reply-input.js';

const isPartCheck = (check: CheckData): check is PartCheckData => check.kind === 'part';

/** Whether the part of `check` is required in this reply and absent from it. */
export function partMissing(check: PartCheckData, input: ReplyCheckInput): boolean {
  if (input.cues.has(check.part)) return false;
  const when = check.requiredWhen?.pending;
  return !when || when.some((p) => input.pending.has(p));
}

/** The required parts that the reply lacks, in PARTS order (the reply language's `part` checks). */
export function missingParts(input: ReplyCheckInput): Array<PartCheckData['part']> {
  const checks = Object.values(input.data[input.language]?.checks ?? {}).filter(isPartCheck);
  return PARTS.filter((part) => checks.some((c) => c.part === part && partMissing(c, input)));
}

/** The finding of one `part` check: none when the part is there, not required, or there is no anchor. */
export function matchPart(id: string, check: PartCheckData, input: ReplyCheckInput): CheckMatch[] {
  const part = input.data[input.language]?.parts[check.part];
  if (!input.anchor || !part || !partMissing(check, input)) return [];
  return [{ ruleId: id, ...input.anchor, language: input.language, message: part.message, note: part.note }];
}
