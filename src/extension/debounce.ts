/** A trailing-edge debounce per key (one timer per document). Timers are injectable for tests. */

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Debouncer<K> {
  private readonly pending = new Map<K, unknown>();
  constructor(private readonly timers: Timers = realTimers) {}

  /** Runs `callback` after `ms` without a newer trigger for the same key. */
  trigger(key: K, ms: number, callback: () => void): void {
    this.cancel(key);
    const handle = this.timers.set(() => {
      this.pending.delete(key);
      callback();
    }, ms);
    this.pending.set(key, handle);
  }

  cancel(key: K): void {
    const handle = this.pending.get(key);
    if (handle !== undefined) {
      this.timers.clear(handle);
      this.pending.delete(key);
    }
  }

  isPending(key: K): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const handle of this.pending.values()) this.timers.clear(handle);
    this.pending.clear();
  }
}

/**
 * Counts requests per key so that a result computed for an older request is dropped: take a
 * ticket before the work, publish only if `isCurrent(key, ticket)` after it.
 */
export class Generations<K> {
  private readonly counters = new Map<K, number>();
  next(key: K): number {
    const value = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, value);
    return value;
  }
  isCurrent(key: K, ticket: number): boolean {
    return this.counters.get(key) === ticket;
  }
  /** Invalidates outstanding tickets (the document closed). */
  forget(key: K): void {
    this.next(key);
  }
}
