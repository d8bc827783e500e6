import assert from 'node:assert/strict';
import type { Root, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { retextSincerelyMorph, type WordMorph } from '../../../src/engine/morph/index.js';
import type { Language } from '../../../src/engine/types.js';

/** Each word of `text` with its morphology, in order. */
function words(text: string, language: Language): Array<{ text: string; morph: WordMorph }> {
  const processor = unified().use(retextLatin).use(retextSincerelyMorph, { language });
  const tree = processor.runSync(processor.parse(text)) as Root;
  const out: Array<{ text: string; morph: WordMorph }> = [];
  visit(tree, 'WordNode', (node: Word) => {
    assert.ok(node.data?.morph, `no morph on "${toString(node)}"`);
    out.push({ text: toString(node), morph: node.data.morph });
  });
  return out;
}

function word(list: ReturnType<typeof words>, text: string) {
  const found = list.find((w) => w.text === text);
  assert.ok(found, `no word "${text}"`);
  return found.morph;
}

/** The words under negation, as written. */
const negatedWords = (list: ReturnType<typeof words>) => list.filter((w) => w.morph.negated).map((w) => w.text);

describe('morphology plugin', () => {
  it('puts lemma, part of speech and features on Russian words', () => {
    const list = words('Мы не проверили адрес, и посылка была отправлена курьером на склад в Твери.', 'ru');
    assert.equal(list.length, 13);
    const verb = word(list, 'проверили').readings[0]!;
    assert.deepEqual([verb.lemma, verb.pos], ['проверить', 'VERB']);
    assert.ok(verb.features.includes('past') && verb.features.includes('pl'));
    const participle = word(list, 'отправлена').readings[0]!;
    assert.equal(participle.lemma, 'отправить');
    for (const f of ['part', 'short', 'pass', 'fem'] as const) assert.ok(participle.features.includes(f), f);
    assert.equal(word(list, 'курьером').readings[0]!.lemma, 'курьер');
    assert.ok(word(list, 'курьером').readings[0]!.features.includes('ins'));
    assert.equal(word(list, 'Твери').readings[0]!.pos, 'PROPN');
    assert.equal(word(list, 'Мы').norm, 'мы');
  });

  it('marks the words after не inside their clause, up to ", и"', () => {
    const list = words('Мы не проверили адрес, и посылка ушла не туда.', 'ru');
    assert.deepEqual(negatedWords(list), ['проверили', 'адрес', 'туда']);
  });

  it('keeps negation across a plain comma, stops it at a comma before который / но, and at a dash', () => {
    assert.deepEqual(negatedWords(words('Мы не получили письмо, посылку и звонок.', 'ru')), ['получили', 'письмо', 'посылку', 'и', 'звонок']);
    assert.deepEqual(negatedWords(words('Не тот курьер, который приехал вчера.', 'ru')), ['тот', 'курьер']);
    assert.deepEqual(negatedWords(words('Ничего не потеряно — заказ в пути.', 'ru')), ['не', 'потеряно']);
    assert.deepEqual(negatedWords(words('Заказ не пришёл вовремя; курьер приехал.', 'ru')), ['пришёл', 'вовремя']);
  });

  it('reads a noun-or-adjective word before an agreeing noun as the adjective (Russian)', () => {
    const pos = (text: string, form: string) => [...new Set(word(words(text, 'ru'), form).readings.map((r) => r.pos))].sort();
    // «выходные данные»: output data, not the weekend; also in the locative («на выходных днях»)
    assert.deepEqual(pos('Не создавать выходные данные.', 'выходные'), ['ADJ']);
    assert.deepEqual(pos('Склад закрыт на выходных днях.', 'выходных'), ['ADJ']);
    // the noun where no noun agrees with it: the next word is a verb, a noun in another case, or
    // a nominative after a preposition (a preposition never governs the nominative)
    assert.ok(pos('Выходные прошли спокойно.', 'Выходные').includes('NOUN'));
    assert.ok(pos('В выходные курьеры не работают.', 'выходные').includes('NOUN'));
    assert.ok(pos('Плановый простой производства продлится час.', 'простой').includes('NOUN'));
    // a comma between them: not one noun phrase
    assert.ok(pos('Мы отдыхали в выходные, дни были тёплые.', 'выходные').includes('NOUN'));
    // the negation of the word is kept
    assert.ok(word(words('Не создавать выходные данные.', 'ru'), 'выходные').negated);
  });

  it('analyses English words with lemma and features', () => {
    const list = words('Our driver was involved in an accident, which caused the delays.', 'en');
    const was = word(list, 'was').readings[0]!;
    assert.deepEqual([was.lemma, was.pos], ['be', 'AUX']);
    assert.ok(was.features.includes('past'));
    assert.equal(word(list, 'Our').readings[0]!.lemma, 'we');
    assert.deepEqual(word(list, 'delays').readings.map((r) => r.lemma)[0], 'delay');
    const caused = word(list, 'caused').readings[0]!;
    assert.deepEqual([caused.lemma, caused.pos], ['cause', 'VERB']);
  });

  it("splits contractions into parts and negates the verb of n't and the rest of its clause", () => {
    const list = words("We didn't check the address, but we're fixing it now.", 'en');
    const didnt = word(list, "didn't");
    assert.equal(didnt.negated, true);
    assert.deepEqual(
      didnt.parts?.map((p) => [p.norm, p.readings[0]!.lemma, p.negated]),
      [
        ['did', 'do', true],
        ['not', 'not', false],
      ],
    );
    assert.deepEqual(negatedWords(list), ["didn't", 'check', 'the', 'address']);
    const were = word(list, "we're");
    assert.deepEqual(
      were.parts?.map((p) => p.readings[0]!.lemma),
      ['we', 'be'],
    );
    assert.equal(were.negated, false);
  });

  it('gives words of one form one shared, frozen analysis per negation state', () => {
    const list = words('The order is late. We did not send the order.', 'en');
    const [first, second] = list.filter((w) => w.text === 'order');
    assert.ok(first && second && Object.isFrozen(first.morph));
    assert.equal(first.morph.negated, false);
    assert.equal(second.morph.negated, true);
    assert.deepEqual(second.morph.readings, first.morph.readings);
    assert.equal(words('The order is late.', 'en').find((w) => w.text === 'order')!.morph, first.morph);
  });

  it('negates after never and no, and resets at the next sentence', () => {
    const list = words('We never received your email. The courier has it.', 'en');
    assert.deepEqual(negatedWords(list), ['received', 'your', 'email']);
    assert.deepEqual(negatedWords(words('There was no delay on our side.', 'en')), ['delay', 'on', 'our', 'side']);
  });
});
