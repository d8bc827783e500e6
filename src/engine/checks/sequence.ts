/**
 * Rule kind `sequence`: things that come in an order that hurts the reply.
 *
 * - `scope: reply`: an occurrence of the first item that ends before the first place of the
 *   second (an excuse before the first apology). One finding per reply.
 * - `scope: sentence`: an occurrence of the second item after one of the first in the same
 *   sentence ("sorry…, but"). Each occurrence of the first is tried in text order, with the first
 *   occurrence of the second after it; one finding per sentence.
 * - `run:`: `min` or more of the given characters in a row ("!!"), as the structure plugin found
 *   them outside quoted text.
 *
 * `unlessFlagged` drops a match whose second item a tone rule's finding overlaps (the rule reports
 * it: "sorry, but" is the tone rule sorry-but); the trained scorer judges a sentence's reading,
 * not the word, so its findings do not count there.
 */
import type { OrderCheckData, SequenceCheckData } from '../types.js';
import {
  checkText,
  firstOccurrence,
  firstPlaceOf,
  occurrencesOf,
  overlaps,
  type CheckMatch,
  type Occurrence,
  type Range,
  type ReplyCheckInput,
  type SentenceKey,
} from './reply-input.js';

function flagged(input: ReplyCheckInput, range: Range): boolean {
  return input.tone.some((f) => !f.scorer && overlaps(f, range));
}

function found(id: string, input: ReplyCheckInput, check: OrderCheckData, first: Occurrence, second: Occurrence): CheckMatch[] {
  const range =
    check.mark === 'first' ? first : check.mark === 'second' ? second : { offset: first.offset, endOffset: Math.max(first.endOffset, second.endOffset) };
  const language = (check.mark === 'second' ? second.language : first.language) ?? input.language;
  return [{ ruleId: id, offset: range.offset, endOffset: range.endOffset, language, ...checkText(input, id, check, language) }];
}

function inReply(id: string, check: OrderCheckData, input: ReplyCheckInput): CheckMatch[] {
  const second = firstPlaceOf(check.order[1], input);
  if (!second) return [];
  const first = firstOccurrence(check.order[0], input, (o) => o.endOffset <= second.offset);
  if (!first || (check.unlessFlagged && flagged(input, second))) return [];
  return found(id, input, check, first, second);
}

function inSentence(id: string, check: OrderCheckData, input: ReplyCheckInput): CheckMatch[] {
  const seconds = new Map<SentenceKey, Occurrence[]>();
  for (const o of occurrencesOf(check.order[1], input)) {
    if (o.sentence === undefined) continue;
    let list = seconds.get(o.sentence);
    if (!list) seconds.set(o.sentence, (list = []));
    list.push(o);
  }
  const done = new Set<SentenceKey>();
  const matches: CheckMatch[] = [];
  for (const first of occurrencesOf(check.order[0], input)) {
    if (first.sentence === undefined || done.has(first.sentence)) continue;
    const second = seconds.get(first.sentence)?.find((o) => o.offset >= first.endOffset);
    if (!second || (check.unlessFlagged && flagged(input, second))) continue;
    done.add(first.sentence);
    matches.push(...found(id, input, check, first, second));
  }
  return matches;
}

export function matchSequence(id: string, check: SequenceCheckData, input: ReplyCheckInput): CheckMatch[] {
  if ('run' in check) {
    const matches: CheckMatch[] = [];
    for (const run of input.runs) {
      if (run.check !== id) continue;
      matches.push({ ruleId: id, offset: run.offset, endOffset: run.endOffset, language: run.language, ...checkText(input, id, check, run.language) });
    }
    return matches;
  }
  return check.scope === 'reply' ? inReply(id, check, input) : inSentence(id, check, input);
}
