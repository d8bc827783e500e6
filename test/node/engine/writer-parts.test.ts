import assert from 'node:assert/strict';
import fc from 'fast-check';
import { writerEvidence, writerOf, writerOfParts } from '../../../src/engine/agreement.js';

/** Words that decide (gendered), look past (fillers), or end the look (others), and «я». */
const WORDS = ['я', 'Я', 'не', 'уже', 'же', 'и', 'бы', 'сделала', 'опоздал', 'рада', 'сам', 'письмо', 'кто-то', 'okay'];
const SEPARATORS = [' ', ', ', '\n', '\n\n', ' — '];

describe('the writer read in parts (incremental linting)', () => {
  it('equals the writer of the whole text, wherever the text is cut between words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS), fc.boolean()), { maxLength: 40 }), (items) => {
        let text = '';
        const cuts = [0];
        for (const [word, separator, cut] of items) {
          text += word + separator;
          if (cut) cuts.push(text.length);
        }
        cuts.push(text.length);
        const parts = cuts.slice(1).map((end, i) => writerEvidence(text.slice(cuts[i], end)));
        assert.deepEqual(writerOfParts(parts), writerOf(text, 'ru'), JSON.stringify({ text, cuts }));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('carries a look that runs off the end of a part into the next one', () => {
    // «я» ends the first part; the verb that gives the gender opens the second.
    const parts = [writerEvidence('Письмо отправила я, и не '), writerEvidence('опоздала ни на день.')];
    assert.deepEqual(writerOfParts(parts), { gender: 'f' });
    assert.deepEqual(writerOfParts([parts[0]!]), {});
  });
});
