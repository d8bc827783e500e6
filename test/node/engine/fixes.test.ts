import assert from 'node:assert/strict';
import { applyEdit, matchCase, suggestionEdit } from '../../../src/engine/index.js';

describe('fixes', () => {
  it('capitalise the replacement of a capitalised phrase', () => {
    assert.equal(matchCase('We did our best', 'this was our mistake'), 'This was our mistake');
    assert.equal(matchCase('Мы старались', 'это наша ошибка'), 'Это наша ошибка');
  });
  it('lower-case the replacement in mid-sentence, but keep "I" and acronyms', () => {
    assert.equal(matchCase('we did our best', 'This was our mistake'), 'this was our mistake');
    assert.equal(matchCase('we did our best', 'I made a mistake'), 'I made a mistake');
    assert.equal(matchCase('as stated', 'ТЗ было неясным'), 'ТЗ было неясным');
  });
  it('replace exactly the range', () => {
    const text = 'Hi. We did our best. Bye.';
    const edit = suggestionEdit({ offset: 4, endOffset: 19, actual: 'We did our best' }, 'that was our mistake');
    assert.equal(applyEdit(text, edit), 'Hi. That was our mistake. Bye.');
  });
});
