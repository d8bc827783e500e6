// The scorer's decision threshold (scripts/train.ts): the middle of the stretch of thresholds
// over which the best `tune` recall holds with the precision constraints met.
import assert from 'node:assert/strict';
import { chooseThreshold, type OutOfFold } from '../../../scripts/train.js';

function row(origin: string, label: number, score: number): OutOfFold {
  return { example: { text: '', label, origin, group: origin, features: [], ruleFired: false, judgeable: true }, score };
}
const many = (n: number, make: () => OutOfFold) => Array.from({ length: n }, make);

// Ten of twelve problems found from 0.81 down; three acceptable sentences at 0.32 break the
// precision of 0.90 before the last two problems (0.30) can be found.
const TUNE = [
  ...many(8, () => row('tune', 1, 0.95)),
  ...many(2, () => row('tune', 2, 0.81)),
  ...many(2, () => row('tune', 3, 0.3)),
  ...many(3, () => row('tune', 0, 0.32)),
];

describe('train: threshold choice', () => {
  it('takes the middle of the plateau of the best recall, not its top or bottom end', () => {
    const chosen = chooseThreshold(TUNE, 0.9);
    assert.equal(chosen.threshold, 0.57);
    assert.equal(chosen.recall, 10 / 12);
    assert.equal(chosen.precision, 1);
  });

  it('cuts the plateau where the written sentences fall below their precision floor', () => {
    // Written: nine problems scored high and one acceptable sentence at 0.595 (precision 0.9 below 0.60).
    const written = [...many(9, () => row('training', 1, 0.99)), row('training', 0, 0.595)];
    assert.equal(chooseThreshold([...TUNE, ...written], 0.95).threshold, 0.71);
    assert.equal(chooseThreshold([...TUNE, ...written], 0.9).threshold, 0.57);
  });

  it('falls back to the threshold of highest precision when no threshold meets the target', () => {
    const noisy = [row('tune', 1, 0.9), row('tune', 0, 0.95), row('tune', 0, 0.85)];
    assert.equal(chooseThreshold(noisy, 0.9).threshold, 0.99);
  });
});
