/**
 * Russian constructions that read like an excuse or a denial only out of context: «не может быть»
 * with its predicate is modal, a workload noun beside a setback in the accusative (the object of
 * another verb) is no cause, and «выходные» before an agreeing noun is the adjective (the
 * morphology layer reads it so, and @circumstance takes only the noun).
 */
import assert from 'node:assert/strict';
import { lint } from '../../../src/engine/index.js';

const ruleIds = (text: string) => lint(text, { language: 'ru', structure: false }).map((f) => f.ruleId);

describe('Russian: modal «не может быть», objects, noun phrases', () => {
  it('«не может быть» with a participle, an adjective or an instrumental is modal, not a denial', () => {
    for (const text of [
      'Это поле не может быть пустым.',
      'Не может быть изменён адрес заказа, который уже передан курьеру.',
      '"Модуль" не может быть загружен без этого параметра.',
      'Не может быть параметром функции значение такого типа.',
    ])
      assert.ok(!ruleIds(text).includes('not-true'), text);
    assert.ok(ruleIds('Не может быть, курьер всегда звонит перед доставкой.').includes('not-true'));
  });

  it('a workload noun with a setback as the object of another verb is no excuse', () => {
    for (const text of ['Каждая нагрузка на стенд выдаёт отдельную ошибку в отчёте.', 'Последняя перегрузка функции вернула другую ошибку.'])
      assert.ok(!ruleIds(text).includes('workload'), text);
    assert.ok(ruleIds('Наплыв заказов, задержка неизбежна.').includes('workload'));
  });

  it('«выходные» is a circumstance as the noun, not as the adjective of «выходные данные»', () => {
    assert.ok(!ruleIds('Не создавать выходные данные.').includes('circumstances'));
    assert.ok(ruleIds('Выходные задержали доставку.').includes('circumstances'));
  });
});
