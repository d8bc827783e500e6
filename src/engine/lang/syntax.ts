/** What the matcher needs to know about a language's syntax: clause openers, negations, common words. */
export interface SyntaxData {
  /** Words that open a new clause when they follow a comma (relative words, conjunctions). */
  openersAfterComma: ReadonlySet<string>;
  /** Words that open a new clause even without a comma before them (but, because / но, потому). */
  openers: ReadonlySet<string>;
  /** Negation words; without a morphology layer, a word up to `negationReach` words after one is negated. */
  negations: ReadonlySet<string>;
  negationReach: number;
  /** Lemmas so frequent that the rule index avoids keying a rule on them. */
  common: ReadonlySet<string>;
  /**
   * Whether a lemma atom also matches a word with the same stem when the analyser knows the word,
   * or only when the word is unknown to it. Both languages say no: stems join words that differ
   * (busy/business, intent/intention; Russian stems are coarser still).
   */
  stemAlways: boolean;
}
