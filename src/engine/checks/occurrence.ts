/**
 * Rule kind `occurrence` (as Vale's): how often an item may occur in the reply. The places of the
 * item are counted (overlapping cues of a part are one place); the place past `max` is the
 * finding. With `share`, only a reply where the sentences that have the item are more than that
 * share of all its sentences is judged: a long letter may apologize three times without
 * grovelling, a short one that does little else cannot.
 */
import type { OccurrenceCheckData } from '../types.js';
import { checkText, occurrencesOf, placesOf, type CheckMatch, type ReplyCheckInput, type SentenceKey } from './reply-input.js';

export function matchOccurrence(id: string, check: OccurrenceCheckData, input: ReplyCheckInput): CheckMatch[] {
  const extra = placesOf(check.of, input)[check.max];
  if (!extra) return [];
  if (check.share !== undefined) {
    const sentences = new Set<SentenceKey>();
    for (const o of occurrencesOf(check.of, input)) if (o.sentence !== undefined) sentences.add(o.sentence);
    const withItem = sentences.size;
    if (!(withItem > check.share * input.sentences.count)) return [];
  }
  const language = extra.language ?? input.language;
  return [{ ruleId: id, offset: extra.offset, endOffset: extra.endOffset, language, ...checkText(input, id, check, language) }];
}
