/**
 * An index of patterns by the keys of their rarest required atom (compile.ts `keys`): a sentence
 * only tries the patterns whose key one of its words has, and only in the clauses of those words.
 */
import type { Word } from './tokens.js';

/** A pattern that can match in a sentence, and the clauses (ascending) where a word has one of its keys. */
export interface Candidate<T> {
  readonly value: T;
  readonly clauses: number[];
  /** True for a pattern with no narrowing key: every clause may hold it. */
  always: boolean;
}

/** An indexed pattern; it is also the candidate `candidates` returns (its fields are reset on each run). */
interface Entry<T> extends Candidate<T> {
  /** The run of `candidates` that last took this entry (so that each is taken once without a Set). */
  run: number;
  clauses: number[];
}

let runs = 0;

export class PatternIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  /** Patterns with no narrowing key: tried on every sentence. */
  private readonly always: Entry<T>[] = [];
  private readonly byValue = new Map<T, Entry<T>>();
  /** The run of the last `candidates` call. */
  private lastRun = 0;
  /**
   * The entries a word's keys lead to, each once, in key order, by the word's keys array (shared
   * by every occurrence of a word form, see tokens.ts): drafts repeat their words.
   */
  private readonly byWord = new WeakMap<readonly string[], Entry<T>[]>();

  add(keys: readonly string[] | undefined, value: T): void {
    const entry: Entry<T> = { value, clauses: [], always: !keys, run: 0 };
    this.byValue.set(value, entry);
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
   * The candidates are the index's own entries: valid until the next call (no object per candidate).
   */
  candidates(words: readonly Word[]): readonly Candidate<T>[] {
    const run = (this.lastRun = ++runs);
    const found: Entry<T>[] = [...this.always];
    for (const word of words) {
      for (const entry of this.entriesOf(word.keys)) {
        if (entry.run !== run) {
          entry.run = run;
          // A new array: emptying the old one (`length = 0`) goes through a slow builtin.
          entry.clauses = [word.clause];
          found.push(entry);
          continue;
        }
        const clauses = entry.clauses;
        if (clauses[clauses.length - 1] !== word.clause) clauses.push(word.clause);
      }
    }
    return found;
  }

  /** The clauses where a word has a key of `value`, in the words of the last `candidates` call; undefined when none has. */
  keyedClauses(value: T): readonly number[] | undefined {
    const entry = this.byValue.get(value);
    return entry && !entry.always && entry.run === this.lastRun ? entry.clauses : undefined;
  }

  get size(): number {
    return this.always.length + this.byKey.size;
  }
}
