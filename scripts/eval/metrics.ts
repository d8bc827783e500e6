/** Counts, precision and recall. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

/** Adds one decision to a cell. */
export function tally(cell: Counts, expected: boolean, predicted: boolean): void {
  if (expected && predicted) cell.tp++;
  else if (expected) cell.fn++;
  else if (predicted) cell.fp++;
}
