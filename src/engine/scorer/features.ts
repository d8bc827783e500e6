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
import type { Model, Tally } from './model.js';
import { Names, PairNames, PLAIN, trimFeatures, type Feature } from './names.js';
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

/** Where `collect` puts the features: a Bag of their names, or a model's Tally (the score alone). */
export interface FeatureSink {
  /** (Word indexes as arguments rather than a rest parameter: no array is made per feature.) */
  add(feature: Feature, a?: number, b?: number): void;
  addAll(feature: Feature, words: readonly number[]): void;
}

/** Collects the features' names and, unless told not to, their words (-1: no word). */
class Bag implements FeatureSink {
  private readonly index = new Map<string, number>();
  readonly names: string[] = [];
  readonly words: number[][] = [];

  constructor(private readonly withWords: boolean) {}

  add(feature: Feature, a = -1, b = -1): void {
    const list = this.listOf(feature.name);
    if (!list) return;
    if (a >= 0 && !list.includes(a)) list.push(a);
    if (b >= 0 && !list.includes(b)) list.push(b);
  }

  addAll(feature: Feature, words: readonly number[]): void {
    const list = this.listOf(feature.name);
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

// The features of `collect`, by the parts of their names (./names.ts).
const BIAS = PLAIN.of('_bias');
const PASSIVE = PLAIN.of('passive');
const CAUSE = PLAIN.of('cause');
const CONTRAST = PLAIN.of('contrast');
const NUMBER = PLAIN.of('number');
const PERCENT_SIGN = PLAIN.of('percent');
const CAUSE_NEG = PLAIN.of('cause:neg');
const FRAME_WORD = new Names('fw:');
const REPORT = new Names('rv:');
const REPORT_SPEAKER = new PairNames('rvs:', ':');
const WORD = new Names('w:');
const NEGATED = new Names('n:');
const POS = new Names('p:');
const POS_FEATURE = new PairNames('pf:', ':');
const VERB_PERSON = new Names('vp:');
const VERB_PERSON_NEG = new Names('vp:', ':neg');
const BIGRAM = new PairNames('b:', '_');
const POS_BIGRAM = new PairNames('pp:', '_');
const PERSON = new Names('person:');
const PERSON_NEG = new Names('person:', ':neg');
const PERSON_CAUSE = new Names('person:', ':cause');
const LENGTH = new Names('len:');
export const PART = new Names('part:');
const RULE = new Names('r:');
const RULE_CATEGORY = new Names('rc:');
const SUBJECT = new Names('subj:');
const SUBJECT_VERB = new PairNames('sv:', ':');
const SUBJECT_NEG = new Names('svn:');
const SUBJECT_PASSIVE = new Names('svp:');
const SUBJECT_PAST = new Names('svt:', ':past');
const SUBJECT_PAST_NEG = new Names('svt:', ':past:neg');

const PERCENT = /^\d+([.,]\d+)?%?$/;

export function sentenceFeatures(
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[] = [],
  /** The model's feature groups: class-feature groups outside it are not computed (training computes all). */
  groups?: ReadonlySet<string>,
): SentenceFeatures {
  trimFeatures();
  const bag = new Bag(true);
  collect(bag, words, fired, language, parts, groups);
  return { names: bag.names, words: bag.words };
}

/**
 * The names of `sentenceFeatures` alone, in the same order (what `Model.score` reads). The scorer
 * itself sums a sentence's score with `sentenceTally`, and asks for the names and their words
 * only for a sentence whose score reaches its threshold (few).
 */
export function sentenceFeatureNames(
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[] = [],
  groups?: ReadonlySet<string>,
): string[] {
  trimFeatures();
  const bag = new Bag(false);
  collect(bag, words, fired, language, parts, groups);
  return bag.names;
}

/**
 * The score of `sentenceFeatures` (as `model.score` of their names), summed while they are found,
 * without their names (see Tally). Ask it about a feature (`has`) before the next sentence's tally.
 */
export function sentenceTally(words: readonly ScorerWord[], fired: readonly FiredRule[], language: Language, parts: readonly string[], model: Model): Tally {
  trimFeatures();
  const tally = model.tally();
  collect(tally, words, fired, language, parts, model.groups);
  return tally;
}

function collect(
  bag: FeatureSink,
  words: readonly ScorerWord[],
  fired: readonly FiredRule[],
  language: Language,
  parts: readonly string[],
  groups: ReadonlySet<string> | undefined,
): void {
  const lex = LEXICON[language];
  bag.add(BIAS);
  const persons = new Set<string>();
  let negations = 0;
  let causes = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = w.lemma;
    // A reporting frame's words ("the company said") are named apart, with the reporting verb's class.
    if (w.frame) {
      bag.add(FRAME_WORD.of(lemma), i);
      if (w.report) {
        bag.add(REPORT.of(w.report.cls), i);
        bag.add(REPORT_SPEAKER.of(w.report.cls, w.report.speaker), i);
      }
      continue;
    }
    bag.add(WORD.of(lemma), i);
    if (w.negated) bag.add(NEGATED.of(lemma), i);
    if (w.pos) {
      bag.add(POS.of(w.pos), i);
      for (const f of w.features) if (f !== 'sg' && f !== 'masc' && f !== 'fem' && f !== 'neut') bag.add(POS_FEATURE.of(w.pos, f), i);
      if (w.pos === 'VERB' || w.pos === 'AUX') {
        const person = w.features.find((f) => f === '1p' || f === '2p' || f === '3p');
        if (person) bag.add((w.negated ? VERB_PERSON_NEG : VERB_PERSON).of(person), i);
        if (w.features.includes('pass')) bag.add(PASSIVE, i);
      }
    }
    if (w.features.includes('neg')) negations++;
    if (isWriterWord(w, lex)) persons.add('1p');
    else if (lex.secondPerson.has(w.norm)) persons.add('2p');
    if (lex.cause.has(w.norm)) {
      causes++;
      bag.add(CAUSE, i);
    }
    if (lex.contrast.has(w.norm)) bag.add(CONTRAST, i);
    if ((startsWithDigit(w.norm) && PERCENT.test(w.norm)) || w.lemma === '#num') bag.add(NUMBER, i);
    if (w.norm.endsWith('%')) bag.add(PERCENT_SIGN, i);
    const next = words[i + 1];
    if (next && next.clause === w.clause && !next.frame) {
      bag.add(BIGRAM.of(lemma, next.lemma), i, i + 1);
      if (w.pos && next.pos) bag.add(POS_BIGRAM.of(w.pos, next.pos), i, i + 1);
      // English passives without a tagger: a form of "be" before a word ending in -ed or -en.
      if (language === 'en' && !w.pos && lex.be.has(w.norm) && /(ed|en)$/.test(next.norm)) bag.add(PASSIVE, i, i + 1);
    }
  }
  const clauses = clauseCores(words, language);
  subjectFeatures(words, clauses, lex, bag);
  // Without parts of speech (no morphology) the lemmas are stems and the classes would not match.
  if (words.some((w) => w.readings)) classFeatures(words, clauses, language, lex, bag, groups);
  // Who the sentence is about, and its combinations with negation and cause.
  const person = persons.size === 0 ? '3p' : [...persons].sort().join('+');
  bag.add(PERSON.of(person));
  if (negations > 0) bag.add(PERSON_NEG.of(person));
  if (causes > 0) bag.add(PERSON_CAUSE.of(person));
  if (causes > 0 && negations > 0) bag.add(CAUSE_NEG);
  bag.add(LENGTH.of(words.length < 6 ? 's' : words.length < 16 ? 'm' : 'l'));
  for (const part of [...new Set(parts)].sort()) bag.add(PART.of(part));
  for (const rule of fired) {
    bag.addAll(RULE.of(rule.ruleId), rule.words);
    bag.addAll(RULE_CATEGORY.of(rule.category), rule.words);
  }
}

/**
 * Per clause, who does what: the subject (the writer, the reader, another pronoun or a noun; see
 * clauses.ts for how it is found) with the clause's verb lemma, its negation and passives. Needs
 * parts of speech (the morphology layer); without them it adds nothing.
 */
function subjectFeatures(words: readonly ScorerWord[], clauses: readonly ClauseCore[], lex: Lexicon, bag: FeatureSink): void {
  for (const { subject, verb } of clauses) {
    if (subject < 0 && verb < 0) continue;
    const kind = subjectKind(subject >= 0 ? words[subject] : undefined, verb >= 0 ? words[verb] : undefined, lex);
    // The subject's and the verb's words (-1: none, which the bag skips).
    bag.add(SUBJECT.of(kind), subject, verb);
    if (verb < 0) continue;
    const v = words[verb]!;
    bag.add(SUBJECT_VERB.of(kind, v.lemma), subject, verb);
    if (v.negated) bag.add(SUBJECT_NEG.of(kind), subject, verb);
    if (v.features.includes('pass') || v.features.includes('short')) bag.add(SUBJECT_PASSIVE.of(kind), subject, verb);
    if (v.features.includes('past')) bag.add((v.negated ? SUBJECT_PAST_NEG : SUBJECT_PAST).of(kind), subject, verb);
  }
}
