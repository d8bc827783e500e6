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
import { analyseWord, morphologyGeneration } from './registry.js';
import type { Reading, WordMorph } from './types.js';

export interface MorphOptions {
  language: Language;
}

/** Punctuation that closes a clause by itself. */
const CLAUSE_END = new Set([';', ':', '—', '–', '-', '--', '―', '…', '.', '!', '?']);

/** Words that open a new clause after a comma (matched by lemma or by form). */
const CLAUSE_OPENERS: Record<Language, ReadonlySet<string>> = {
  ru: new Set([
    'но',
    'а',
    'и',
    'или',
    'либо',
    'однако',
    'зато',
    'что',
    'чтобы',
    'который',
    'потому',
    'поэтому',
    'так',
    'если',
    'когда',
    'хотя',
    'где',
    'куда',
    'откуда',
    'пока',
    'поскольку',
    'ибо',
    'чем',
    'как',
    'кто',
    'чей',
    'почему',
    'зачем',
    'тогда',
    'затем',
    'причем',
    'притом',
  ]),
  en: new Set([
    'but',
    'and',
    'or',
    'so',
    'yet',
    'because',
    'which',
    'that',
    'who',
    'whom',
    'whose',
    'where',
    'when',
    'while',
    'although',
    'though',
    'since',
    'if',
    'unless',
    'whereas',
    'as',
    'then',
    'however',
  ]),
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word without punctuation at its edges (retext-latin may keep a full stop inside a word). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !WORD_CHAR.test(text[start]!)) start++;
  while (end > start && !WORD_CHAR.test(text[end - 1]!)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function opensClause(morph: Omit<WordMorph, 'negated'>, language: Language): boolean {
  const openers = CLAUSE_OPENERS[language];
  return openers.has(morph.norm) || morph.readings.some((r) => openers.has(r.lemma) && r.pos !== 'NOUN');
}

const isNegator = (readings: readonly Reading[]) => readings[0]?.features.includes('neg') ?? false;

/** What the plugin needs of one written word form, and its two WordMorphs, shared and frozen. */
interface Entry {
  opensClause: boolean;
  /** Puts the words after it under negation (не, not, didn't). */
  negates: boolean;
  free: WordMorph;
  negated: WordMorph;
  /** Its two WordMorphs read as a modifier (see `agreeingModifiers`), made on first use. */
  modifier?: { free: WordMorph; negated: WordMorph };
}

/** Entries by written form, per language; dropped when a language loads or unloads. */
const entries = new Map<Language, { generation: number; map: Map<string, Entry> }>();
const ENTRY_LIMIT = 100_000;

function makeEntry(text: string, language: Language): Entry {
  const whole = normalizeWord(text);
  const analysis = analyseWord(trimEdges(whole) || whole, language);
  const variant = (negated: boolean): WordMorph => {
    if (!analysis.parts) return Object.freeze({ ...analysis, negated });
    // didn't: "did" is governed by its own "not", and so are the words after it.
    const negative = analysis.parts.some((part) => isNegator(part.readings));
    const parts = analysis.parts.map((part) => Object.freeze({ ...part, negated: negated || (negative && !isNegator(part.readings)) }));
    return Object.freeze({ ...analysis, parts: Object.freeze(parts), negated: negated || negative });
  };
  const negates = analysis.parts ? analysis.parts.some((part) => isNegator(part.readings)) : isNegator(analysis.readings);
  return { opensClause: opensClause(analysis, language), negates, free: variant(false), negated: variant(true) };
}

function entryFor(text: string, language: Language): Entry {
  const generation = morphologyGeneration();
  let cache = entries.get(language);
  if (!cache || cache.generation !== generation || cache.map.size >= ENTRY_LIMIT) entries.set(language, (cache = { generation, map: new Map() }));
  let entry = cache.map.get(text);
  if (!entry) cache.map.set(text, (entry = makeEntry(text, language)));
  return entry;
}

const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'] as const;
const NUMBERS = ['sg', 'pl'] as const;
const GENDERS = ['masc', 'fem', 'neut'] as const;

const featureOf = <T extends string>(reading: Reading, of: readonly T[]): T | undefined => of.find((f) => (reading.features as readonly string[]).includes(f));

/** A reading that modifies a noun: an adjective, a determiner, a full participle. */
const isModifier = (r: Reading) => r.pos === 'ADJ' || r.pos === 'DET' || (r.pos === 'VERB' && r.features.includes('part') && !r.features.includes('short'));

/** Whether a modifier reading agrees with a noun reading: case and number, and gender in the singular. */
function agrees(modifier: Reading, noun: Reading, afterPreposition: boolean): boolean {
  const c = featureOf(modifier, CASES);
  // A preposition never governs the nominative: «в выходные курьеры…» is not «выходные курьеры».
  if (!c || c !== featureOf(noun, CASES) || (afterPreposition && c === 'nom')) return false;
  const n = featureOf(modifier, NUMBERS);
  if (!n || n !== featureOf(noun, NUMBERS)) return false;
  if (n === 'pl') return true;
  const g = featureOf(modifier, GENDERS);
  const h = featureOf(noun, GENDERS);
  return !g || !h || g === h;
}

/**
 * Russian words read both as a noun and as a modifier (выходные: "the weekend" or "output";
 * рабочие: "workers" or "working"): directly before a noun that agrees with one of its modifier
 * readings, the word is that modifier and not a noun («выходные данные», «на выходных днях»),
 * so rules that want the noun (`выходной[NOUN]`) do not find it there.
 */
function agreeingModifier(word: WordMorph, next: WordMorph, afterPreposition: boolean): boolean {
  if (!word.readings.some((r) => r.pos === 'NOUN')) return false;
  const modifiers = word.readings.filter(isModifier);
  if (modifiers.length === 0) return false;
  const nouns = next.readings.filter((r) => r.pos === 'NOUN');
  return modifiers.some((m) => nouns.some((n) => agrees(m, n, afterPreposition)));
}

function modifierOf(entry: Entry): { free: WordMorph; negated: WordMorph } {
  if (!entry.modifier) {
    const only = (morph: WordMorph): WordMorph => Object.freeze({ ...morph, readings: Object.freeze(morph.readings.filter((r) => r.pos !== 'NOUN')) });
    entry.modifier = { free: only(entry.free), negated: only(entry.negated) };
  }
  return entry.modifier;
}

/** Reads noun-or-modifier words as modifiers before an agreeing noun (Russian; see `agreeingModifier`). */
function disambiguate(found: ReadonlyArray<{ word: Word; entry: Entry; adjacent: boolean }>): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const next = found[i + 1]!;
    if (!next.adjacent) continue;
    const { word, entry } = found[i]!;
    const morph = word.data!.morph!;
    if (morph.parts) continue;
    const previous = i > 0 && found[i]!.adjacent ? found[i - 1]!.word.data?.morph : undefined;
    const afterPreposition = previous?.readings[0]?.pos === 'ADP';
    if (!agreeingModifier(morph, next.word.data!.morph!, afterPreposition)) continue;
    const modifier = modifierOf(entry);
    word.data!.morph = morph === entry.negated ? modifier.negated : modifier.free;
  }
}

/**
 * Analyses the words of one sentence and marks negation clause by clause. Words of the same
 * form share one frozen WordMorph per negation state: read it, never change it.
 */
export function markSentence(sentence: Sentence, language: Language): void {
  let negation = false;
  let afterComma = false;
  // Russian: the words in order, and whether only white space separates each from the one before.
  const found: Array<{ word: Word; entry: Entry; adjacent: boolean }> | undefined = language === 'ru' ? [] : undefined;
  let adjacent = false;
  for (const child of sentence.children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = child.value.trim();
      if (CLAUSE_END.has(value)) negation = false;
      afterComma = value === ',';
      adjacent = false;
      continue;
    }
    if (child.type !== 'WordNode') continue;
    const word = child as Word;
    // Most words are one text node: its value is the word's text, without joining the children.
    const only = word.children.length === 1 ? word.children[0]! : undefined;
    const entry = entryFor(only && 'value' in only ? only.value : toString(word), language);
    if (afterComma && entry.opensClause) negation = false;
    afterComma = false;
    (word.data ??= {}).morph = negation ? entry.negated : entry.free;
    if (entry.negates) negation = true;
    found?.push({ word, entry, adjacent });
    adjacent = true;
  }
  if (found && found.length > 1) disambiguate(found);
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
