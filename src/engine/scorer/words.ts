/**
 * The scorer's view of a sentence: its words with lemma, part of speech and features, grouped
 * into clauses. Built from the morphology layer (`node.data.morph`) when the language's
 * dictionaries are loaded, and from the Snowball stemmer otherwise (lemma = stem, no part of
 * speech; the scorer does not report then, its weights being trained on lemmas).
 */
import type { Sentence } from 'nlcst';
import type { Feature, Pos, Reading, WordMorph } from '../morph/types.js';
import { isMorphologyLoaded } from '../morph/registry.js';
import { expandContraction, normalizeWord, stem } from '../morphology.js';
import type { Language } from '../types.js';
import { wordSpan } from '../match/word-span.js';
import { markReportedSpeech, type ReportClass } from './reported.js';

export interface ScorerWord {
  norm: string;
  lemma: string;
  pos: Pos | undefined;
  features: readonly Feature[];
  /** Every reading of the word (the first gives lemma, pos and features); undefined without morphology. */
  readings: readonly Reading[] | undefined;
  negated: boolean;
  /** Clause number inside the sentence (a comma, a semicolon, a dash or a bracket starts a new one). */
  clause: number;
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** A word of a reporting frame ("the company said", «по словам представителя»): ./reported.ts. */
  frame?: boolean;
  /** The frame's reporting verb (or source word): its class, and who speaks. */
  report?: { cls: ReportClass; speaker: 'firm' | 'client' | 'worker' };
  /** In a reported part, a word that stands for the speaker («они», "it", the firm's own noun): read as the writer. */
  writer?: boolean;
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014]|^-$/;

interface WordNodeLike {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: { morph?: WordMorph };
  children?: WordNodeLike[];
}

/** The words of an nlcst sentence, each with its clause number. */
export function sentenceWords(sentence: Sentence, text: string, language: Language): ScorerWord[] {
  const words: ScorerWord[] = [];
  // The fallback analyser (no dictionaries) gives no lemmas: the stemmer does better then.
  const withMorph = isMorphologyLoaded(language);
  let clause = 0;
  let negateNext = 0;
  for (const child of sentence.children as unknown as WordNodeLike[]) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = child.position ? text.slice(child.position.start.offset ?? 0, child.position.end.offset ?? 0) : '';
      // retext-latin parts "5%" into a word and a symbol: the number keeps its percent sign.
      const last = words[words.length - 1];
      if (value === '%' && last && last.lemma === '#num' && last.end === child.position?.start.offset) last.norm += '%';
      if (CLAUSE_BREAK.test(value)) {
        clause++;
        negateNext = 0;
      }
      continue;
    }
    if (child.type !== 'WordNode') continue;
    const span = wordSpan(child, text);
    if (!span) continue;
    const [start, end] = span;
    const morph = withMorph ? child.data?.morph : undefined;
    if (morph) {
      if (morph.parts) for (const part of morph.parts) words.push(morphWord(part, clause, start, end));
      else words.push(morphWord(morph, clause, start, end));
      continue;
    }
    const norm = normalizeWord(text.slice(start, end));
    for (const part of language === 'en' ? expandContraction(norm) : [norm]) {
      const negation = NEGATIONS[language].has(part);
      words.push({
        norm: part,
        lemma: hasDigit(part) ? '#num' : stem(part, language),
        pos: undefined,
        features: negation ? ['neg'] : [],
        readings: undefined,
        negated: negateNext > 0 && !negation,
        clause,
        start,
        end,
      });
      if (negation) negateNext = 3;
      else if (negateNext > 0) negateNext--;
    }
  }
  if (withMorph) markReportedSpeech(words, language);
  return words;
}

function morphWord(morph: WordMorph, clause: number, start: number, end: number): ScorerWord {
  const reading = morph.readings[0]!;
  const lemma = reading.pos === 'NUM' || hasDigit(morph.norm) ? '#num' : reading.lemma;
  return { norm: morph.norm, lemma, pos: reading.pos, features: reading.features, readings: morph.readings, negated: morph.negated, clause, start, end };
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether the word has an ASCII digit (as /\d/; a loop, since it runs for every word). */
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

/** Whether the word starts with an ASCII digit: a cheap test before the number patterns, which all start with one. */
export const startsWithDigit = (word: string): boolean => isDigit(word.charCodeAt(0));

const NEGATIONS: Record<Language, Set<string>> = {
  ru: new Set(['не', 'нет', 'ни', 'никогда', 'ничего', 'никто', 'нельзя']),
  en: new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot']),
};
