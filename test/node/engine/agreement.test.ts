import assert from 'node:assert/strict';
import { agree, lint, writerOf } from '../../../src/engine/index.js';

describe('agreement with the writer (Russian suggestions)', () => {
  const suggestion = '{Я не предупредил|Я не предупредила|Мы не предупредили} вас — это {моя|моя|наша} ошибка';

  it('takes the gender from first-person past verbs and short adjectives after «я»', () => {
    assert.deepEqual(writerOf('Я заболела и не успела.', 'ru'), { gender: 'f' });
    assert.deepEqual(writerOf('Я, честно, не успел. Я уже всё проверил.', 'ru'), { gender: 'm' });
    assert.deepEqual(writerOf('Я должна была написать раньше.', 'ru'), { gender: 'f' });
    assert.deepEqual(writerOf('Я сам виноват.', 'ru'), { gender: 'm' });
  });

  it('knows no gender without one, or in English', () => {
    assert.deepEqual(writerOf('Мы не успели, я проверю завтра.', 'ru'), {});
    assert.deepEqual(writerOf('I was late.', 'en'), {});
  });

  it('resolves every group of a suggestion with the same variant; the plural when the gender is unknown', () => {
    assert.equal(agree(suggestion, { gender: 'f' }), 'Я не предупредила вас — это моя ошибка');
    assert.equal(agree(suggestion, { gender: 'm' }), 'Я не предупредил вас — это моя ошибка');
    assert.equal(agree(suggestion, {}), 'Мы не предупредили вас — это наша ошибка');
    assert.equal(agree('Без групп', { gender: 'f' }), 'Без групп');
  });

  it('a finding in a draft written by a woman suggests feminine forms, in expected and in the fix', () => {
    const [finding] = lint('Я заболела на прошлой неделе.', { language: 'ru', structure: false }).filter((f) => f.ruleId === 'personal-circumstances');
    assert.ok(finding);
    assert.match(finding.expected[0]!, /^Я не предупредила/);
    assert.match(finding.fixes![0]!.text, /^Я не предупредила/);
    assert.ok(finding.expected.every((s) => !/[{|}]/.test(s)));
  });
});
