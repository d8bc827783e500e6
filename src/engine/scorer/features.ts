/**
 * Sentence features for the scorer: lemmas, lemma pairs inside a clause, parts of speech and
 * their features, who the sentence is about (first, second or third person), negation, cause
 * connectives, passives, numbers and percentages, the rules that fired in the sentence and the
 * reply parts (apology, empathy, thanks…) whose cues it carries; and the kinds of word (the rules'
 * named lemma classes) and how they meet in a clause (./class-features.ts).
 * Every feature remembers the words it came from, so that a finding can underline the words
 * that weighed most.
 */
import type { Language } from '../types.js';
import { classFeatures } from './class-features.js';
import { clauseCores, isWriterWord, subjectKind, type ClauseCore } from './clauses.js';
import { LEXICON, type Lexicon } from './lexicon.js';
import { startsWithDigit, type ScorerWord } from './words.js';

/** A rule match inside the sentence. */
export interface FiredRule {
  ruleId: string;
  category: string;
  /** Indexes of the words the match covers. */
  words: number[];
}

export interface SentenceFeatures {
  /** Feature names, each once, in a fixed order. */
  names: string[];
  /** For each name, the indexes of the words it came from (empty for sentence-wide features). */
  words: number[][];
}

/** Collects features and, unless told not to, their words (-1: no word). */
class Bag {
  private readonly index = new Map<string, number>();
  readonly names: string[] = [];
  readonly words: number[][] = [];

  constructor(private readonly withWords: boolean) {}

  /** (Word indexes as arguments rather than a rest parameter: no array is made per feature.) */
  add(name: string, a = -1, b = -1): void {
    const list = this.listOf(name);
    if (!list) return;
    if (a >= 0 && !list.includes(a)) list.push(a);
    if (b >= 0 && !list.includes(b)) list.push(b);
  }

  addAll(name: string, words: readonly number[]): void {
    const list = this.listOf(name);
    if (list) for (const w of words) if (!list.includes(w)) list.push(w);
  }

  private listOf(name: string): number[] | undefined {
    let i = this.index.get(name);
    if (i === undefined) {
      this.index.set(name, (i = this.names.length));
      this.names.push(name);
      if (this.withWords) this.words.push([]);
    }
    return this.withWords ? this.words[i] : undefined;
  }
}

const PERCENT = /^\d+([.,]\d+)?%?$/;

export function sentenceFeatures(
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[] = [],
  /** The model's feature groups: class-feature groups outside it are not computed (training computes all). */
  groups?: ReadonlySet<string>,
): SentenceFeatures {
  const bag = new Bag(true);
  collect(bag, words, fired, language, parts, groups);
  return { names: bag.names, words: bag.words };
}

/**
 * The names of `sentenceFeatures` alone, in the same order: what the score needs. The scorer asks
 * for the words the features came from only for a sentence whose score reaches its threshold
 * (few), and a list per feature of every sentence was a good part of the features' cost.
 */
export function sentenceFeatureNames(
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[] = [],
  groups?: ReadonlySet<string>,
): string[] {
  const bag = new Bag(false);
  collect(bag, words, fired, language, parts, groups);
  return bag.names;
}

function collect(
  bag: Bag,
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[],
  groups: ReadonlySet<string> | undefined,
): void {
  const lex = LEXICON[language];
  bag.add('_bias');
  const persons = new Set<string>();
  let negations = 0;
  let causes = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = w.lemma;
    // A reporting frame's words ("the company said") are named apart, with the reporting verb's class.
    if (w.frame) {
      bag.add(`fw:${lemma}`, i);
      if (w.report) {
        bag.add(`rv:${w.report.cls}`, i);
        bag.add(`rvs:${w.report.cls}:${w.report.speaker}`, i);
      }
      continue;
    }
    bag.add(`w:${lemma}`, i);
    if (w.negated) bag.add(`n:${lemma}`, i);
    if (w.pos) {
      bag.add(`p:${w.pos}`, i);
      for (const f of w.features) if (f !== 'sg' && f !== 'masc' && f !== 'fem' && f !== 'neut') bag.add(`pf:${w.pos}:${f}`, i);
      if (w.pos === 'VERB' || w.pos === 'AUX') {
        const person = w.features.find((f) => f === '1p' || f === '2p' || f === '3p');
        if (person) bag.add(`vp:${person}${w.negated ? ':neg' : ''}`, i);
        if (w.features.includes('pass')) bag.add('passive', i);
      }
    }
    if (w.features.includes('neg')) negations++;
    if (isWriterWord(w, lex)) persons.add('1p');
    else if (lex.secondPerson.has(w.norm)) persons.add('2p');
    if (lex.cause.has(w.norm)) {
      causes++;
      bag.add('cause', i);
    }
    if (lex.contrast.has(w.norm)) bag.add('contrast', i);
    if ((startsWithDigit(w.norm) && PERCENT.test(w.norm)) || w.lemma === '#num') bag.add('number', i);
    if (w.norm.endsWith('%')) bag.add('percent', i);
    const next = words[i + 1];
    if (next && next.clause === w.clause && !next.frame) {
      bag.add(`b:${lemma}_${next.lemma}`, i, i + 1);
      if (w.pos && next.pos) bag.add(`pp:${w.pos}_${next.pos}`, i, i + 1);
      // English passives without a tagger: a form of "be" before a word ending in -ed or -en.
      if (language === 'en' && !w.pos && lex.be.has(w.norm) && /(ed|en)$/.test(next.norm)) bag.add('passive', i, i + 1);
    }
  }
  const clauses = clauseCores(words, language);
  subjectFeatures(words, clauses, lex, bag);
  // Without parts of speech (no morphology) the lemmas are stems and the classes would not match.
  if (words.some((w) => w.readings)) classFeatures(words, clauses, language, lex, bag, groups);
  // Who the sentence is about, and its combinations with negation and cause.
  const person = persons.size === 0 ? '3p' : [...persons].sort().join('+');
  bag.add(`person:${person}`);
  if (negations > 0) bag.add(`person:${person}:neg`);
  if (causes > 0) bag.add(`person:${person}:cause`);
  if (causes > 0 && negations > 0) bag.add('cause:neg');
  bag.add(`len:${words.length < 6 ? 's' : words.length < 16 ? 'm' : 'l'}`);
  for (const part of [...new Set(parts)].sort()) bag.add(`part:${part}`);
  for (const rule of fired) {
    bag.addAll(`r:${rule.ruleId}`, rule.words);
    bag.addAll(`rc:${rule.category}`, rule.words);
  }
}

/**
 * Per clause, who does what: the subject (the writer, the reader, another pronoun or a noun; see
 * clauses.ts for how it is found) with the clause's verb lemma, its negation and passives. Needs
 * parts of speech (the morphology layer); without them it adds nothing.
 */
function subjectFeatures(words: readonly ScorerWord[], clauses: readonly ClauseCore[], lex: Lexicon, bag: Bag): void {
  for (const { subject, verb } of clauses) {
    if (subject < 0 && verb < 0) continue;
    const kind = subjectKind(subject >= 0 ? words[subject] : undefined, verb >= 0 ? words[verb] : undefined, lex);
    // The subject's and the verb's words (-1: none, which the bag skips).
    bag.add(`subj:${kind}`, subject, verb);
    if (verb < 0) continue;
    const v = words[verb]!;
    bag.add(`sv:${kind}:${v.lemma}`, subject, verb);
    if (v.negated) bag.add(`svn:${kind}`, subject, verb);
    if (v.features.includes('pass') || v.features.includes('short')) bag.add(`svp:${kind}`, subject, verb);
    if (v.features.includes('past')) bag.add(`svt:${kind}:past${v.negated ? ':neg' : ''}`, subject, verb);
  }
}
