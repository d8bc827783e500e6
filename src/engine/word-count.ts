/** Counting words (runs of letters) over a text read in pieces: the reply gate and the evidence window. */

const WORD = /\p{L}+/gu;

/**
 * Where the word after the first `n` words starts, reading `pieces` (texts with their offsets) in
 * order; undefined when they hold `n` words or fewer. A word never runs across two pieces.
 */
export function offsetAfterWords(pieces: readonly { text: string; start: number }[], n: number): number | undefined {
  let words = 0;
  for (const piece of pieces) for (const m of piece.text.matchAll(WORD)) if (++words > n) return piece.start + m.index;
  return undefined;
}
