/**
 * An index of patterns by the keys of their rarest required atom (compile.ts `keys`): a sentence
 * only tries the patterns whose key one of its words has, and only in the clauses of those words.
 */
import type { Word } from './tokens.js';

/** A pattern that can match in a sentence, and the clauses (ascending) where a word has one of its keys. */
export interface Candidate<T> {
  value: T;
  clauses: number[];
  /** True for a pattern with no narrowing key: every clause may hold it. */
  always: boolean;
}

interface Entry<T> {
  value: T;
  /** The run of `candidates` that last took this entry (so that each is taken once without a Set). */
  run: number;
  candidate: Candidate<T> | undefined;
}

let runs = 0;

export class PatternIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  /** Patterns with no narrowing key: tried on every sentence. */
  private readonly always: Entry<T>[] = [];
  /**
   * The entries a word's keys lead to, each once, in key order, by the word's keys array (shared
   * by every occurrence of a word form, see tokens.ts): drafts repeat their words.
   */
  private readonly byWord = new WeakMap<readonly string[], Entry<T>[]>();

  add(keys: readonly string[] | undefined, value: T): void {
    const entry: Entry<T> = { value, run: 0, candidate: undefined };
    if (!keys) {
      this.always.push(entry);
      return;
    }
    for (const key of new Set(keys)) {
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = []));
      list.push(entry);
    }
  }

  private entriesOf(keys: readonly string[]): Entry<T>[] {
    let found = this.byWord.get(keys);
    if (!found) {
      const set = new Set<Entry<T>>();
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) for (const entry of list) set.add(entry);
      }
      this.byWord.set(keys, (found = [...set]));
    }
    return found;
  }

  /**
   * The patterns that can match in these words, each once: those without a key first, then in
   * the order their keys first occur in the words; each with the clauses where one of its keys is.
   */
  candidates(words: readonly Word[]): Candidate<T>[] {
    const run = ++runs;
    const found: Candidate<T>[] = [];
    for (const entry of this.always) found.push({ value: entry.value, clauses: [], always: true });
    for (const word of words) {
      for (const entry of this.entriesOf(word.keys)) {
        if (entry.run !== run) {
          entry.run = run;
          found.push((entry.candidate = { value: entry.value, clauses: [word.clause], always: false }));
          continue;
        }
        const clauses = entry.candidate!.clauses;
        if (clauses[clauses.length - 1] !== word.clause) clauses.push(word.clause);
      }
    }
    return found;
  }

  get size(): number {
    return this.always.length + this.byKey.size;
  }
}
