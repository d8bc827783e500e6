/**
 * The scorer's class features: which kind of word each word is (the named lemma classes of the
 * rules, ./classes.ts) and how those kinds meet inside a clause and a sentence. They let the
 * model learn "a third party as the subject of a failure verb" or "a cause word beside a
 * circumstance" once, for every word of the class, instead of word by word.
 *
 *   c:<class>          a word of the class           cn:<class>   the same, negated
 *   cc:<a>+<b>         two tags in one clause, one of them a sign (below): a cause word
 *                      beside a circumstance, a number beside a word of small size
 *   sc:<s>             the clause's subject is of kind or class s
 *   svc:<s>:<v>[:neg]  subject s with a verb of class v (`*`: any verb), negated or not
 *   svcp:<s>           subject s with a passive verb
 *   vo:<o>[:neg]       a nominal of class o, not the subject, in a clause with a (negated) verb
 *   csubj:<s>          a clause with a cause word whose subject is s
 *
 * A tag is a class name or a sign: `.cause`, `.contrast`, `.num`, `.negverb` (a negated verb),
 * `.pass`, `.1p`, `.2p` (the writer's or the reader's words). Pairs of two classes, and pairs
 * across clauses, were left out: they fitted the training sentences and not the folds held out
 * (scripts/train/sweep.ts).
 */
import type { Language } from '../types.js';
import { classesOf } from './classes.js';
import type { Lexicon } from './lexicon.js';
import type { FeatureSink } from './features.js';
import { Names, PairNames } from './names.js';
import { isVerb, isWriterWord, NOMINAL, subjectKind, type ClauseCore } from './clauses.js';
import { startsWithDigit, type ScorerWord } from './words.js';

// The class features, by the parts of their names (./names.ts).
const CLASS = new Names('c:');
const CLASS_NEG = new Names('cn:');
const TAG_PAIR = new PairNames('cc:', '+');
const SUBJECT_CLASS = new Names('sc:');
const SUBJECT_VERB_CLASS = new PairNames('svc:', ':');
const SUBJECT_VERB_CLASS_NEG = new PairNames('svc:', ':', ':neg');
const SUBJECT_PASSIVE = new Names('svcp:');
const OBJECT = new Names('vo:');
const OBJECT_NEG = new Names('vo:', ':neg');
const CAUSE_SUBJECT = new Names('csubj:');

const NUMBER = /^\d+([.,]\d+)?%?$/;

const isPassive = (w: ScorerWord) => w.features.includes('pass') || w.features.includes('short');

/** Per word, its classes and the pseudo-tags of what it does in the sentence. */
function wordTags(words: readonly ScorerWord[], classes: readonly (readonly string[])[], lex: Lexicon): string[][] {
  return words.map((w, i) => {
    const t = [...classes[i]!];
    if (lex.cause.has(w.norm)) t.push('.cause');
    if (lex.contrast.has(w.norm)) t.push('.contrast');
    if (w.lemma === '#num' || (startsWithDigit(w.norm) && NUMBER.test(w.norm))) t.push('.num');
    if (isVerb(w) && w.negated) t.push('.negverb');
    if (isVerb(w) && isPassive(w)) t.push('.pass');
    if (isWriterWord(w, lex)) t.push('.1p');
    else if (lex.secondPerson.has(w.norm)) t.push('.2p');
    return t;
  });
}

/** Pairs of distinct tags of which at least one is a sign, each with the first word that carries it. */
function tagPairs(tags: string[][], from: number, to: number, bag: FeatureSink): void {
  const first = new Map<string, number>();
  for (let i = from; i < to; i++) for (const t of tags[i]!) if (!first.has(t)) first.set(t, i);
  const names = [...first.keys()].sort();
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      if (!names[a]!.startsWith('.') && !names[b]!.startsWith('.')) continue;
      bag.add(TAG_PAIR.of(names[a]!, names[b]!), first.get(names[a]!)!, first.get(names[b]!)!);
    }
  }
}

const ROLE_GROUPS = ['sc', 'svc', 'svcp', 'vo', 'csubj'];

/** Adds the class features; with `groups` (the model's), only the groups it has weights for. */
export function classFeatures(
  words: readonly ScorerWord[],
  clauses: readonly ClauseCore[],
  language: Language,
  lex: Lexicon,
  bag: FeatureSink,
  groups?: ReadonlySet<string>,
): void {
  const wanted = (group: string) => !groups || groups.has(group);
  const perWord = wanted('c') || wanted('cn');
  const pairs = wanted('cc');
  const roles = ROLE_GROUPS.some(wanted);
  if (!perWord && !pairs && !roles) return;
  const classes = words.map((w) => classesOf(w, language));
  // The tags only for the pairs: the roles read a cause word from the lexicon (the `.cause` tag).
  const tags = pairs ? wordTags(words, classes, lex) : [];
  if (perWord) {
    words.forEach((w, i) => {
      for (const c of classes[i]!) {
        bag.add(CLASS.of(c), i);
        if (w.negated) bag.add(CLASS_NEG.of(c), i);
      }
    });
  }
  if (!pairs && !roles) return;
  for (const clause of clauses) {
    if (pairs) tagPairs(tags, clause.from, clause.to, bag);
    if (roles) clauseRoles(words, clause, language, lex, classes, bag);
  }
}

/**
 * Subject, verb (found by clauses.ts) and other nominals of one clause in classes; the other
 * nominals of the clause are its objects and adjuncts.
 */
function clauseRoles(
  words: readonly ScorerWord[],
  { from, to, subject, verb }: ClauseCore,
  language: Language,
  lex: Lexicon,
  classes: (readonly string[])[],
  bag: FeatureSink,
): void {
  if (subject < 0 && verb < 0) return;
  const s = subject >= 0 ? words[subject]! : undefined;
  const kind = subjectKind(s, verb >= 0 ? words[verb] : undefined, lex);
  // A word standing for the speaker of a reported part is the writer: its classes are the writer's ("we").
  const speaksForWriter = kind === '1p' && (s === undefined || !lex.firstPerson.has(s.norm));
  const subjectTags = speaksForWriter ? [kind, 'we'] : [kind, ...(subject >= 0 ? classes[subject]! : [])];
  // The subject's and the verb's words (-1: none, which the sink skips).
  for (const st of subjectTags) if (st !== kind) bag.add(SUBJECT_CLASS.of(st), subject);
  if (verb >= 0) {
    const v = words[verb]!;
    const verbTags = ['*', ...classes[verb]!];
    const svc = v.negated ? SUBJECT_VERB_CLASS_NEG : SUBJECT_VERB_CLASS;
    const vo = v.negated ? OBJECT_NEG : OBJECT;
    for (const st of subjectTags) {
      for (const vt of verbTags) if (st !== kind || vt !== '*') bag.add(svc.of(st, vt), subject, verb);
      if (isPassive(v)) bag.add(SUBJECT_PASSIVE.of(st), subject, verb);
    }
    for (let i = from; i < to; i++) {
      if (i === subject || i === verb || !NOMINAL.has(words[i]!.pos ?? '')) continue;
      if (language === 'en' && i < verb) continue;
      for (const o of classes[i]!) bag.add(vo.of(o), verb, i);
    }
  }
  let cause = false;
  for (let i = from; i < to; i++) if (lex.cause.has(words[i]!.norm)) cause = true;
  if (cause) for (const st of subjectTags) bag.add(CAUSE_SUBJECT.of(st), subject, verb);
}
