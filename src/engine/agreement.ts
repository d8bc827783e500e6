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
  return writerOfParts([writerEvidence(text)]);
}

/**
 * What one part of a text tells of the writer, so that a long text can be read in parts (an
 * editor reads again only the paragraph typed in). Each «я» looks at most four words ahead,
 * past fillers, for a word with a gender; a look that runs off the end goes on into the next part.
 */
export interface WriterEvidence {
  f: number;
  m: number;
  /** Words in the part. */
  words: number;
  /** Index of the first word that is not a filler (-1: none), and its gender. */
  firstWord: number;
  firstGender: 'm' | 'f' | undefined;
  /** Words still to look at after the part's end for its last «я» (0: nothing left to look at). */
  pending: number;
}

/** The evidence of one part of a text. Parts must be cut at a character that is not a letter. */
export function writerEvidence(text: string): WriterEvidence {
  const words = text.toLowerCase().match(/[а-яё]+(?:-[а-яё]+)?/g) ?? [];
  let f = 0;
  let m = 0;
  let pending = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'я') continue;
    let j = i + 1;
    for (; j < Math.min(words.length, i + 5); j++) {
      const word = words[j]!;
      if (FILLERS.has(word)) continue;
      const gender = genderOfWord(word);
      if (gender === 'f') f++;
      else if (gender === 'm') m++;
      break;
    }
    // Only fillers up to the part's end: the look goes on in the next part.
    if (j === words.length && i + 5 > words.length) pending = i + 5 - words.length;
  }
  const firstWord = words.findIndex((w) => !FILLERS.has(w));
  return { f, m, words: words.length, firstWord, firstGender: firstWord < 0 ? undefined : genderOfWord(words[firstWord]!), pending };
}

/** The writer from the evidence of consecutive parts of a text (the same as `writerOf` of the whole). */
export function writerOfParts(parts: readonly WriterEvidence[]): Writer {
  let f = 0;
  let m = 0;
  let pending = 0;
  for (const part of parts) {
    if (pending > 0) {
      if (part.firstWord >= 0) {
        if (part.firstWord < pending) {
          if (part.firstGender === 'f') f++;
          else if (part.firstGender === 'm') m++;
        }
        pending = 0;
      } else pending = Math.max(0, pending - part.words);
    }
    f += part.f;
    m += part.m;
    if (part.pending > 0) pending = part.pending;
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
