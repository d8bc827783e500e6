/**
 * Binary search over a list kept in order: how many leading items satisfy a test that holds for
 * a prefix of the list and then never again (e.g. "starts before offset x"). Every "first range
 * from", "last range at or before" and "item starting exactly at" lookup is this one count.
 */
export function countWhile<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
