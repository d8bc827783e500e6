/**
 * Russian suggestions agree with the writer. A suggestion may hold groups `{masculine|feminine|plural}`
 * (`{Я не уточнил|Я не уточнила|Мы не уточнили}`): all groups of one suggestion take the same
 * variant, chosen from the draft. The writer's gender comes from first-person past verbs and short
 * adjectives right after «я» (я сделала, я должна, я сама); without one, the plural (мы), which
 * needs no gender, is used.
 */
import type { Language } from './types.js';

export interface Writer {
  /** Known only when the draft says it about the writer (я сделала → f). */
  gender?: 'm' | 'f';
}

/** Words that may stand between «я» and the verb without telling anything. */
const FILLERS = new Set([
  'не',
  'же',
  'ведь',
  'уже',
  'тоже',
  'лично',
  'просто',
  'действительно',
  'правда',
  'честно',
  'так',
  'и',
  'ещё',
  'еще',
  'бы',
  'вам',
  'вас',
  'вчера',
  'сегодня',
]);
/** Short adjectives and pronouns that carry the writer's gender. */
const FEMININE = new Set(['сама', 'должна', 'рада', 'готова', 'виновата', 'уверена', 'согласна', 'обязана', 'благодарна', 'вынуждена', 'признательна']);
const MASCULINE = new Set(['сам', 'должен', 'рад', 'готов', 'виноват', 'уверен', 'согласен', 'обязан', 'благодарен', 'вынужден', 'признателен']);

function genderOfWord(word: string): 'm' | 'f' | undefined {
  if (FEMININE.has(word)) return 'f';
  if (MASCULINE.has(word)) return 'm';
  // Past tense: -ла/-лась feminine, -л/-лся masculine (сделала, ошиблась; сделал, ошибся is rare).
  if (/^[а-яё]{2,}(?:ла|лась)$/.test(word)) return 'f';
  if (/^[а-яё]{2,}(?:л|лся)$/.test(word)) return 'm';
  return undefined;
}

/** The writer as the draft shows them: the gender of «я …» past verbs, by majority. */
export function writerOf(text: string, language: Language): Writer {
  if (language !== 'ru') return {};
  const words = text.toLowerCase().match(/[а-яё]+(?:-[а-яё]+)?/g) ?? [];
  let f = 0;
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'я') continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const word = words[j]!;
      if (FILLERS.has(word)) continue;
      const gender = genderOfWord(word);
      if (gender === 'f') f++;
      else if (gender === 'm') m++;
      break;
    }
  }
  if (f > m) return { gender: 'f' };
  if (m > f) return { gender: 'm' };
  return {};
}

const GROUP = /\{([^{}|]*)\|([^{}|]*)\|([^{}|]*)\}/g;

/** Resolves the `{m|f|plural}` groups of a suggestion for this writer. */
export function agree(suggestion: string, writer: Writer): string {
  const index = writer.gender === 'm' ? 1 : writer.gender === 'f' ? 2 : 3;
  return suggestion.replace(GROUP, (...groups: string[]) => groups[index]!);
}

/** Whether a suggestion has agreement groups. */
export function hasAgreement(suggestion: string): boolean {
  GROUP.lastIndex = 0;
  return /\{[^{}|]*\|[^{}|]*\|[^{}|]*\}/.test(suggestion);
}
