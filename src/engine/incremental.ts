/**
 * An incremental linter for editors: it keeps each paragraph's analysis keyed by the
 * paragraph's text (with its language and options), so that after an edit only the changed
 * paragraphs are parsed and matched again. Unchanged paragraphs keep their relative matches;
 * only their start offset is new. Results equal `lint()` of the same text exactly.
 */
import { lintReply, lintReplyInSlices, type LintResult, type CachedParagraph, type ParagraphCache, type SliceOptions } from './lint.js';
import type { Finding, LintOptions } from './types.js';

/** A cache that keeps what the last run used and forgets the rest, so it never grows stale. */
class GenerationalCache implements ParagraphCache {
  private previous = new Map<string, CachedParagraph>();
  private current = new Map<string, CachedParagraph>();
  hits = 0;
  misses = 0;

  get(key: string): CachedParagraph | undefined {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value) {
      this.hits++;
      this.current.set(key, value);
    } else {
      this.misses++;
    }
    return value;
  }

  set(key: string, value: CachedParagraph): void {
    this.current.set(key, value);
  }

  /** Ends a run: entries not used by it are dropped. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

export interface Linter {
  lint(text: string, options?: LintOptions): Finding[];
  lintReply(text: string, options?: LintOptions): LintResult;
  /** The same as `lintReply`, in slices that yield to the event loop; rejects with `LintAborted` when aborted. */
  lintReplyInSlices(text: string, options?: LintOptions, slices?: SliceOptions): Promise<LintResult>;
  /** Paragraphs reused from and analysed since the last run, for tests and the bench. */
  readonly stats: { reused: number; analysed: number };
}

export function createLinter(): Linter {
  const cache = new GenerationalCache();
  const stats = { reused: 0, analysed: 0 };
  const begin = () => {
    cache.hits = cache.misses = 0;
  };
  // An aborted run keeps what it analysed (still valid for its paragraphs' text) for the next one.
  const end = () => {
    stats.reused = cache.hits;
    stats.analysed = cache.misses;
    cache.rotate();
  };
  const run = (text: string, options: LintOptions = {}) => {
    begin();
    try {
      return lintReply(text, options, cache);
    } finally {
      end();
    }
  };
  return {
    lint: (text, options) => run(text, options).findings,
    lintReply: run,
    async lintReplyInSlices(text, options = {}, slices = {}) {
      begin();
      try {
        return await lintReplyInSlices(text, options, cache, slices);
      } finally {
        end();
      }
    },
    stats,
  };
}
