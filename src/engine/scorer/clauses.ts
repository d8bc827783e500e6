/**
 * The clauses of a scorer sentence and who does what in each: read once per sentence and shared
 * by the subject features (features.ts), the class roles (class-features.ts) and the reporting
 * frames (reported.ts).
 */
import type { Language } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { ScorerWord } from './words.js';

/** Parts of speech that can be a clause's subject. */
export const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PRON', 'PROPN']);

export const isVerb = (w: ScorerWord): boolean => w.pos === 'VERB' || w.pos === 'AUX';
/** A verb that can head a clause: not an infinitive, not a converb (деепричастие). */
export const isFiniteVerb = (w: ScorerWord): boolean => isVerb(w) && !w.features.includes('inf') && !w.features.includes('conv');

/** The [from, to) word ranges of the sentence's clauses, in order. */
export function clauseBounds(words: readonly ScorerWord[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < words.length) {
    let to = from;
    while (to < words.length && words[to]!.clause === words[from]!.clause) to++;
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** A clause's words [from, to), its subject and its verb (indexes into the sentence; -1: none). */
export interface ClauseCore {
  from: number;
  to: number;
  subject: number;
  verb: number;
}

/**
 * Per clause, its subject and verb. The verb is the first finite verb; the subject is the first
 * nominative noun or pronoun in Russian (free word order), the last noun or pronoun before the
 * verb in English. A reporting frame's words ("the company said") are neither the subject nor the
 * verb of the reported clause. Needs parts of speech (the morphology layer): without them both are -1.
 */
export function clauseCores(words: readonly ScorerWord[], language: Language): ClauseCore[] {
  return clauseBounds(words).map(([from, to]) => {
    let verb = -1;
    for (let i = from; i < to && verb < 0; i++) if (!words[i]!.frame && isFiniteVerb(words[i]!)) verb = i;
    let subject = -1;
    if (language === 'ru') {
      for (let i = from; i < to && subject < 0; i++) {
        const w = words[i]!;
        if (!w.frame && NOMINAL.has(w.pos ?? '') && w.features.includes('nom')) subject = i;
      }
    } else if (verb >= 0) for (let i = from; i < verb; i++) if (!words[i]!.frame && NOMINAL.has(words[i]!.pos ?? '')) subject = i;
    return { from, to, subject, verb };
  });
}

/** The writer's own word: "we", «мы», or in a reported part a word standing for the speaking firm (reported.ts). */
export const isWriterWord = (w: ScorerWord, lex: Lexicon): boolean => lex.firstPerson.has(w.norm) || w.writer === true;

/**
 * The kind of a clause's subject: the writer (`1p`: "we", or in a reported part a word standing
 * for the speaker, or a subjectless verb of the speaker), the reader (`2p`), another pronoun, a
 * noun, or none.
 */
export function subjectKind(s: ScorerWord | undefined, verb: ScorerWord | undefined, lex: Lexicon): string {
  if (!s) return verb?.writer ? '1p' : 'none';
  if (isWriterWord(s, lex)) return '1p';
  return lex.secondPerson.has(s.norm) ? '2p' : s.pos === 'PRON' ? 'pron' : 'noun';
}
