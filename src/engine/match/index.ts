/**
 * An index of patterns by the keys of their rarest required atom (compile.ts `keys`): a sentence
 * only tries the patterns whose key one of its words has.
 */
import type { Word } from './tokens.js';

export class PatternIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  /** Patterns with no narrowing key: tried on every sentence. */
  private readonly always: T[] = [];

  add(keys: readonly string[] | undefined, value: T): void {
    if (!keys) {
      this.always.push(value);
      return;
    }
    for (const key of new Set(keys)) {
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = []));
      list.push(value);
    }
  }

  /** The patterns that can match in these words, each once, in the order they were added. */
  candidates(words: readonly Word[]): T[] {
    const found = new Set<T>(this.always);
    for (const word of words) {
      for (const key of word.keys) {
        const list = this.byKey.get(key);
        if (list) for (const value of list) found.add(value);
      }
    }
    return [...found];
  }

  get size(): number {
    return this.always.length + this.byKey.size;
  }
}
