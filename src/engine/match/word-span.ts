/** Where a word node's letters are: its range without the punctuation retext may leave on its edges. */

// retext-latin keeps a full stop inside a word when the next word is in lower case ("best. ok"),
// and quotes or brackets glued to a word: a word's range is taken without them.
// (Character codes in a set rather than a regular expression on one-character strings: three
// passes read every word's span.)
const EDGE_PUNCTUATION: ReadonlySet<number> = new Set([...`.,;:!?…'’"«»“”()[]-`].map((c) => c.charCodeAt(0)));

/** The word's [start, end) offsets in `text` without edge punctuation, or undefined when nothing is left. */
export function wordSpan(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, text: string): [number, number] | undefined {
  if (!node.position) return undefined;
  let start = node.position.start.offset ?? 0;
  let end = node.position.end.offset ?? start;
  while (start < end && EDGE_PUNCTUATION.has(text.charCodeAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.has(text.charCodeAt(end - 1))) end--;
  return start === end ? undefined : [start, end];
}
