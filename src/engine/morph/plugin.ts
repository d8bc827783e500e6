/**
 * retext plugin: puts `data.morph: WordMorph` on every word node (as retext-pos puts
 * `data.partOfSpeech`), with the readings of the language's analyser and whether a negation
 * governs the word inside its clause.
 *
 * Clauses are found simply: a sentence ends one, and so do `;`, `:`, a dash, and a comma that
 * is followed by a conjunction or a relative word (", but", ", который", ", потому что").
 * A negative word (не, нет, ни, not, never, n't, no…) puts the words after it in its clause
 * under negation.
 */
import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { normalizeWord } from '../morphology.js';
import type { Language } from '../types.js';
import { analyseWord } from './registry.js';
import type { Reading, WordMorph } from './types.js';

export interface MorphOptions {
  language: Language;
}

/** Punctuation that closes a clause by itself. */
const CLAUSE_END = new Set([';', ':', '—', '–', '-', '--', '―', '…', '.', '!', '?']);

/** Words that open a new clause after a comma (matched by lemma or by form). */
const CLAUSE_OPENERS: Record<Language, ReadonlySet<string>> = {
  ru: new Set([
    'но', 'а', 'и', 'или', 'либо', 'однако', 'зато', 'что', 'чтобы', 'который', 'потому', 'поэтому', 'так',
    'если', 'когда', 'хотя', 'где', 'куда', 'откуда', 'пока', 'поскольку', 'ибо', 'чем', 'как', 'кто', 'чей',
    'почему', 'зачем', 'тогда', 'затем', 'причем', 'притом',
  ]),
  en: new Set([
    'but', 'and', 'or', 'so', 'yet', 'because', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when',
    'while', 'although', 'though', 'since', 'if', 'unless', 'whereas', 'as', 'then', 'however',
  ]),
};

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function opensClause(morph: Omit<WordMorph, 'negated'>, language: Language): boolean {
  const openers = CLAUSE_OPENERS[language];
  return openers.has(morph.norm) || morph.readings.some((r) => openers.has(r.lemma) && r.pos !== 'NOUN');
}

const isNegator = (readings: readonly Reading[]) => readings[0]?.features.includes('neg') ?? false;

/** Analyses the words of one sentence and marks negation clause by clause. */
export function markSentence(sentence: Sentence, language: Language): void {
  let negation = false;
  let afterComma = false;
  for (const child of sentence.children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = child.value.trim();
      if (CLAUSE_END.has(value)) negation = false;
      afterComma = value === ',';
      continue;
    }
    if (child.type !== 'WordNode') continue;
    const word = child as Word;
    const norm = normalizeWord(toString(word)).replace(EDGE, '');
    const analysis = analyseWord(norm || normalizeWord(toString(word)), language);
    if (afterComma && opensClause(analysis, language)) negation = false;
    afterComma = false;
    const morph: WordMorph = { ...analysis, negated: negation };
    if (analysis.parts) {
      // didn't: "did" is governed by its own "not", and so are the words after it.
      const negative = analysis.parts.some((part) => isNegator(part.readings));
      morph.parts = analysis.parts.map((part) => ({ ...part, negated: negation || (negative && !isNegator(part.readings)) }));
      morph.negated = negation || negative;
      if (negative) negation = true;
    } else if (isNegator(analysis.readings)) {
      negation = true;
    }
    word.data = { ...word.data, morph };
  }
}

/** The sentences of a tree (root → paragraphs → sentences). */
function* sentences(tree: Root): Generator<Sentence> {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') yield sentence;
  }
}

export default function retextSincerelyMorph(options: MorphOptions) {
  return (tree: Root) => {
    for (const sentence of sentences(tree)) markSentence(sentence, options.language);
  };
}

declare module 'nlcst' {
  interface WordData {
    morph?: WordMorph;
  }
}
