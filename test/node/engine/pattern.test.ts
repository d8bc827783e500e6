/** The phrase-pattern language, on rules made up for the test (independent of the rule data). */
import assert from 'node:assert/strict';
import { expandContraction } from '../../../src/engine/morphology.js';
import { compilePattern, matchAt, PatternError, type Token } from '../../../src/engine/pattern.js';
import { normalizeWord, stem } from '../../../src/engine/morphology.js';
import type { Language } from '../../../src/engine/types.js';

function tokens(text: string, language: Language): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const norm = normalizeWord(m[0]);
    const parts = language === 'en' ? expandContraction(norm) : [norm];
    for (const part of parts) out.push({ norm: part, stem: stem(part, language), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function matches(pattern: string, text: string, language: Language, classes = {}): boolean {
  const slots = compilePattern(pattern, language, classes);
  const t = tokens(text, language);
  return t.some((_, i) => matchAt(slots, t, i) >= 0);
}

describe('phrase patterns', () => {
  it('match Russian inflected forms by stem, with ё folded to е', () => {
    for (const form of ['Вы неправильно поняли', 'вы неправильно понял', 'Вы неправильно поняла']) {
      assert.ok(matches('вы неправильно понять', form, 'ru') || matches('вы неправильно поняли', form, 'ru'), form);
    }
    assert.ok(matches('по вине курьера', 'по вине курьером', 'ru'));
    assert.ok(matches('мы старались', 'Мы стараемся', 'ru'));
    assert.ok(matches('всё', 'все', 'ru'));
  });

  it('match English inflections and contractions', () => {
    for (const form of ['blame', 'blamed', 'blaming', 'blames']) assert.ok(matches('we blame', `we ${form}`, 'en'), form);
    assert.ok(matches('we did not', "We didn't", 'en'));
    assert.ok(matches("we didn't", 'we did not', 'en'));
    assert.ok(matches('it is not true', "it's not true", 'en'));
    assert.ok(!matches('the client is', "the client's", 'en'), "possessive 's is not expanded");
  });

  it('support alternatives, optional words, exact forms, classes, wildcards and gaps', () => {
    assert.ok(matches('вы (не|неправильно) так? поняли', 'вы не так поняли', 'ru'));
    assert.ok(matches('вы (не|неправильно) так? поняли', 'вы неправильно поняли', 'ru'));
    assert.ok(matches('по =вине @who', 'по вине поставщика', 'ru', { who: ['курьер', 'поставщик'] }));
    assert.ok(!matches('по =вине @who', 'по вино поставщика', 'ru', { who: ['курьер', 'поставщик'] }));
    assert.ok(matches('sorry * but', 'sorry again but', 'en'));
    assert.ok(matches('sorry ... but', 'sorry for the long delay but', 'en'));
    assert.ok(!matches('sorry ... but', 'sorry for the very long and boring delay but', 'en'), 'a gap is at most four words');
  });

  it('reject patterns that start or end with an optional word or a gap, and unknown classes', () => {
    assert.throws(() => compilePattern('... but', 'en', {}), PatternError);
    assert.throws(() => compilePattern('sorry but?', 'en', {}), PatternError);
    assert.throws(() => compilePattern('@nobody said', 'en', {}), PatternError);
  });
});
