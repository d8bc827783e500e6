/**
 * The words of a sentence as the construction matcher sees them: normalised form, stem, the
 * morphology layer's readings (when it ran), negation, and the clause each word belongs to.
 *
 * Clause boundaries: `;`, `:`, dashes and brackets; a comma followed by a clause opener
 * (a conjunction or relative word: but, which, because / но, что, который…); and an opener
 * that needs no comma (but, because / но, потому) anywhere but at the start of a clause.
 */
import type { Sentence } from 'nlcst';
import type { Reading, WordMorph } from '../morph/types.js';
import { expandContraction, normalizeWord, stem } from '../morphology.js';
import type { SyntaxData } from '../lang/syntax.js';
import type { Language } from '../types.js';
import { numericKinds, wordKeys as phraseKeys, type TokenForm } from './phrase.js';
import { wordSpan } from './word-span.js';

export interface Word {
  norm: string;
  stem: string;
  /** Offsets of the word in the text (an English contraction's parts share one range). */
  start: number;
  end: number;
  /** Readings from the morphology layer; undefined when it did not run (lemmas then match by stem). */
  readings: readonly Reading[] | undefined;
  negated: boolean;
  /** Index of the clause in the sentence, from 0. */
  clause: number;
  /** Index keys: `f:` form, `s:` stem, `l:` lemmas, `p:` parts of speech, `n:` number kinds. */
  keys: readonly string[];
  /**
   * What the word shares with every occurrence of its form in the same negation state (norm,
   * stem, readings, negation, keys), when it came from the morphology layer: the matcher keeps
   * what it learnt of a form there (atom.ts).
   */
  shape?: WordShape | undefined;
  /** The word's form for the phrase matcher (its index keys there), shared like `shape`: a Word is also a phrase Token. */
  form?: TokenForm | undefined;
}

/** Where the matcher remembers which atoms accept a word shape (see atom.ts `atomAccepts`). */
export interface WordShape {
  /** Two bits per atom id (known, accepts), one array per `stemAlways`. */
  memo: [Uint32Array | undefined, Uint32Array | undefined];
}

const BREAK = /[;:—–()[\]]|^-+$/;

/** A word analyser for contraction parts and for trees the morphology plugin did not annotate. */
export type Analyse = (norm: string) => readonly Reading[];

export interface TokenizeOptions {
  language: Language;
  syntax: SyntaxData;
  /** Used for a word without `data.morph` (English contraction parts, test trees). */
  analyse?: Analyse;
}

function wordKeys(norm: string, wordStem: string, readings: readonly Reading[] | undefined): readonly string[] {
  const keys = ['f:' + norm, 's:' + wordStem];
  if (readings) {
    for (const r of readings) {
      const lemma = 'l:' + r.lemma;
      if (!keys.includes(lemma)) keys.push(lemma);
      const pos = 'p:' + r.pos;
      if (!keys.includes(pos)) keys.push(pos);
    }
  }
  for (const kind of numericKinds(norm)) keys.push('n:' + kind);
  return keys;
}

/**
 * The words built for a sentence node, kept on the node (`data.words`): the tone, scorer and
 * structure plugins read the same tree. Also where the phrase matcher keeps the sentence's
 * matches (phrase-match.ts `sentenceMatches`).
 *
 * Kept on the node rather than in a WeakMap keyed by it: the words and matches then live exactly
 * as long as the tree. The words were the key of a second WeakMap (the phrase matches), and V8's
 * young-generation collector (a scavenge) does not see through such a chain of WeakMaps: each
 * sentence's words and matches outlived the lint by two scavenges and were moved to the old space
 * (measured: ~250 KB per 1 000-word lint), which made the scavenges copy them and the old space grow.
 */
export interface SentenceCache {
  text: string;
  language: Language;
  syntax: SyntaxData;
  analyse: Analyse | undefined;
  words: Word[];
  /** The phrase matches found in `words`, per rule set (phrase-match.ts). */
  matches: Map<object, unknown> | undefined;
}

declare module 'nlcst' {
  interface SentenceData {
    words?: SentenceCache;
  }
}

/** The sentence's cache entry for these options, built when missing or built for others. */
export function sentenceCache(sentence: Sentence, text: string, options: TokenizeOptions): SentenceCache {
  const { language, syntax, analyse } = options;
  const known = sentence.data?.words;
  if (known && known.text === text && known.language === language && known.syntax === syntax && known.analyse === analyse) return known;
  const entry: SentenceCache = { text, language, syntax, analyse, words: buildWords(sentence, text, options), matches: undefined };
  (sentence.data ??= {}).words = entry;
  return entry;
}

/** The words of one sentence with their clauses (built once per sentence node and options). */
export function sentenceWords(sentence: Sentence, text: string, options: TokenizeOptions): Word[] {
  return sentenceCache(sentence, text, options).words;
}

/** What a written word gives every occurrence: the words it stands for, with what the matcher reads of each. */
interface Shape {
  raw: string;
  language: Language;
  /** Whether the shape is kept (read from the morphology alone), so that its parts stand for the form. */
  cached: boolean;
  parts: Array<Pick<Word, 'norm' | 'stem' | 'readings' | 'negated' | 'keys' | 'form'> & WordShape>;
}

/**
 * Shapes by the word's morphology (shared by every occurrence of a form in a negation state,
 * see morph/plugin.ts): drafts repeat their words, and normalising, stemming and building the
 * index keys again for each occurrence was a large share of the matcher's time.
 */
const shapes = new WeakMap<WordMorph, Shape>();

/** The shape of the word at [start, end) of `text`. */
function shapeOf(text: string, start: number, end: number, morph: WordMorph | undefined, options: TokenizeOptions): Shape {
  const { language, analyse } = options;
  if (morph) {
    // (Compared in place: slicing the word out and hashing it would cost as much as the rest.)
    const known = shapes.get(morph);
    if (known && known.language === language && known.raw.length === end - start && text.startsWith(known.raw, start)) return known;
  }
  const raw = text.slice(start, end);
  const norm = normalizeWord(raw);
  const words = language === 'en' ? expandContraction(norm) : [norm];
  let fromMorph = true;
  const parts = words.map((part, k) => {
    // The morphology plugin analyses a contraction's parts itself (morph.parts).
    const partMorph = words.length === 1 ? morph : morph?.parts?.[k];
    if (!partMorph) fromMorph = false;
    const readings = partMorph ? partMorph.readings : analyse?.(part);
    const partStem = stem(part, language);
    const memo: WordShape['memo'] = [undefined, undefined];
    const form: TokenForm = { keys: phraseKeys(part, partStem), candidates: undefined };
    return { norm: part, stem: partStem, readings, negated: partMorph?.negated ?? false, keys: wordKeys(part, partStem, readings), form, memo };
  });
  // A part read by `analyse` depends on the options: only shapes read from the morphology are kept.
  const shape = { raw, language, cached: morph !== undefined && fromMorph, parts };
  if (shape.cached) shapes.set(morph!, shape);
  return shape;
}

function buildWords(sentence: Sentence, text: string, options: TokenizeOptions): Word[] {
  const { syntax } = options;
  const words: Word[] = [];
  let clause = 0;
  let clauseStart = 0;
  let pendingBreak = false;
  let pendingComma = false;
  for (const child of sentence.children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (BREAK.test(child.value)) pendingBreak = true;
      else if (child.value.includes(',')) pendingComma = true;
      continue;
    }
    if (child.type !== 'WordNode') continue;
    const span = wordSpan(child, text);
    if (!span) continue;
    const [start, end] = span;
    const morph = (child.data as { morph?: WordMorph } | undefined)?.morph;
    const shape = shapeOf(text, start, end, morph, options);
    const { parts } = shape;
    const first = parts[0]!.norm;
    // A new clause, unless the current one is still empty.
    if ((pendingBreak || (pendingComma && syntax.openersAfterComma.has(first)) || syntax.openers.has(first)) && words.length > clauseStart) {
      clause++;
      clauseStart = words.length;
    }
    pendingBreak = pendingComma = false;
    for (const part of parts) {
      const shared = shape.cached ? part : undefined;
      words.push({
        norm: part.norm,
        stem: part.stem,
        start,
        end,
        readings: part.readings,
        negated: part.negated,
        clause,
        keys: part.keys,
        shape: shared,
        form: part.form,
      });
    }
    // retext-latin keeps a full stop inside the word when a lower-case word follows ("best. ok"):
    // it still ends the clause. A comma glued to the end ("late,") is punctuation too.
    const tailEnd = child.position?.end.offset ?? end;
    if (tailEnd > end) {
      const tail = text.slice(end, tailEnd);
      if (/[.!?…;:]/.test(tail)) pendingBreak = true;
      else if (tail.includes(',')) pendingComma = true;
    }
  }
  markNegation(words, syntax, sentence);
  return words;
}

/** Without a morphology layer, a word shortly after a negation word in its clause is negated. */
function markNegation(words: Word[], syntax: SyntaxData, sentence: Sentence): void {
  for (const c of sentence.children) if (c.type === 'WordNode' && (c.data as { morph?: WordMorph } | undefined)?.morph) return;
  for (let i = 0; i < words.length; i++) {
    if (!syntax.negations.has(words[i]!.norm)) continue;
    for (let j = i + 1; j <= i + syntax.negationReach && j < words.length; j++) {
      if (words[j]!.clause !== words[i]!.clause) break;
      words[j]!.negated = true;
    }
  }
}

/** The ranges [from, to) of each clause of a sentence's words. */
export function clauseRanges(words: readonly Word[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || words[i]!.clause !== words[from]!.clause) {
      if (i > from) ranges.push([from, i]);
      from = i;
    }
  }
  return ranges;
}
