import assert from 'node:assert/strict';
import { applyFix, fixFor, lint, type Language } from '../../../src/engine/index.js';

/** The text after applying suggestion `index` of the first finding of `ruleId`. */
function fixed(text: string, ruleId: string, language: Language, index = 0): string {
  const finding = lint(text, { language, structure: false }).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} in «${text}»`);
  return applyFix(text, finding.fixes![index]!);
}

describe('fixes by reach', () => {
  it('a sentence rewrite replaces the whole sentence, and only it', () => {
    assert.equal(
      fixed('Hi Anna,\nWe did our best to finish the site. Talk soon.', 'did-our-best', 'en'),
      'Hi Anna,\nWe did not deliver what we promised, and that is our responsibility. Talk soon.',
    );
    assert.equal(fixed('Sorry, the delay was not my fault!', 'not-our-fault', 'en'), 'This is our responsibility, and we will fix it by [date].');
  });

  it('a sentence rewrite keeps the date the writer gave', () => {
    // we-will-try no longer fires when a date is given; not-our-fault does, and its rewrite asks for a date.
    assert.equal(fixed('It was not our fault; we will send it on Friday.', 'not-our-fault', 'en'), 'This is our responsibility, and we will fix it by Friday.');
    assert.equal(
      fixed('Мы не виноваты в задержке, заказ будет у вас 25.11.', 'not-our-fault', 'ru'),
      'Мы отвечаем за то, что вы получили, и до 25.11 исправим это так: [решение].',
    );
  });

  it("a Russian rewrite without its own full stop takes the sentence's", () => {
    assert.equal(fixed('Вы неправильно поняли концепцию?', 'you-misunderstood', 'ru'), 'Моё объяснение было неточным — уточню: [суть]?');
  });

  it('a phrase swap takes the preposition of the adverbial it replaces', () => {
    assert.equal(fixed('Постараемся внести правки в ближайшее время.', 'soon', 'ru'), 'Постараемся внести правки до [дата].');
    assert.equal(fixed('Отправим при первой возможности.', 'asap', 'ru'), 'Отправим до [дата, время].');
  });

  it('capitalisation follows the position in the sentence, not the replaced text', () => {
    assert.equal(fixed('We will look into it ASAP.', 'asap', 'en'), 'We will look into it by [date and time].');
    assert.equal(fixed('ASAP, we will send it.', 'asap', 'en'), 'By [date and time], we will send it.');
  });

  it('a clause opener replaces the clause and heads the sentence', () => {
    assert.equal(
      fixed('As I already explained, the parcel ships on Monday.', 'as-already-explained', 'en'),
      'To make this clearer: the parcel ships on Monday.',
    );
    assert.equal(
      fixed('The parcel ships on Monday, as I already explained.', 'as-already-explained', 'en'),
      'To make this clearer: the parcel ships on Monday.',
    );
  });

  it('without a sentence range, a sentence fix replaces the match only', () => {
    const fix = fixFor('x we did our best y', { offset: 2, endOffset: 17, language: 'en' }, 'It was my mistake.', 'sentence');
    assert.deepEqual(fix.range, [2, 17]);
  });
});
