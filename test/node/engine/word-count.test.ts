import assert from 'node:assert/strict';
import { offsetAfterWords } from '../../../src/engine/word-count.js';

describe('offsetAfterWords', () => {
  it('gives where the word after the first n starts, across pieces, with their offsets', () => {
    const pieces = [
      { text: 'One two, three.', start: 0 },
      { text: 'Четыре пять', start: 20 },
    ];
    assert.equal(offsetAfterWords(pieces, 0), 0);
    assert.equal(offsetAfterWords(pieces, 2), 9);
    assert.equal(offsetAfterWords(pieces, 3), 20);
    assert.equal(offsetAfterWords(pieces, 4), 27);
  });

  it('is undefined when the pieces hold n words or fewer; digits and punctuation are not words', () => {
    const pieces = [{ text: 'late — 3 days, 50%!', start: 5 }];
    assert.equal(offsetAfterWords(pieces, 2), undefined);
    assert.equal(offsetAfterWords(pieces, 1), 14);
    assert.equal(offsetAfterWords([], 0), undefined);
  });
});
