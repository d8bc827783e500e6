/**
 * The construction language on patterns and classes made up for the test, over a tiny stub
 * analyser (independent of the morphology layer and of the rule data).
 */
import assert from 'node:assert/strict';
import type { Paragraph, Root, Sentence } from 'nlcst';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { compileConstructionSet, matchConstructions } from '../../../src/engine/checks/construction.js';
import { SYNTAX } from '../../../src/engine/lang/index.js';
import { compileConstruction, ConstructionError, type CompileContext } from '../../../src/engine/match/compile.js';
import { findPattern } from '../../../src/engine/match/match.js';
import { sentenceWords, type Analyse, type Word } from '../../../src/engine/match/tokens.js';
import type { Feature, Pos, Reading } from '../../../src/engine/morph/types.js';
import type { Antipattern, Language, MatchScope, RuleData } from '../../../src/engine/types.js';

const r = (lemma: string, pos: Pos, ...features: Feature[]): Reading => ({ lemma, pos, features });

/** A stub analyser: a handful of forms with their readings; anything else is unknown (X). */
const DICT: Record<string, Reading[]> = {
  курьер: [r('курьер', 'NOUN', 'nom', 'sg')],
  курьера: [r('курьер', 'NOUN', 'gen', 'sg'), r('курьер', 'NOUN', 'acc', 'sg')],
  курьеры: [r('курьер', 'NOUN', 'nom', 'pl')],
  поставщик: [r('поставщик', 'NOUN', 'nom', 'sg')],
  потерял: [r('потерять', 'VERB', 'past', 'sg', 'masc', 'fin')],
  потеряли: [r('потерять', 'VERB', 'past', 'pl', 'fin')],
  мы: [r('мы', 'PRON', '1p', 'pl', 'nom')],
  вы: [r('вы', 'PRON', '2p', 'pl', 'nom')],
  не: [r('не', 'PART', 'neg')],
  посылку: [r('посылка', 'NOUN', 'acc', 'sg')],
  но: [r('но', 'CCONJ')],
  ведь: [r('ведь', 'PART')],
  вине: [r('вина', 'NOUN', 'loc', 'sg'), r('вина', 'NOUN', 'dat', 'sg')],
  по: [r('по', 'ADP')],
  the: [r('the', 'DET')],
  courier: [r('courier', 'NOUN', 'sg')],
  couriers: [r('courier', 'NOUN', 'pl')],
  lost: [r('lose', 'VERB', 'past', 'fin'), r('lose', 'VERB', 'part', 'pass')],
  loses: [r('lose', 'VERB', 'pres', '3p', 'sg', 'fin')],
  we: [r('we', 'PRON', '1p', 'pl', 'nom')],
  parcel: [r('parcel', 'NOUN', 'sg')],
  your: [r('your', 'PRON', '2p')],
  was: [r('be', 'AUX', 'past', 'fin')],
  which: [r('which', 'PRON')],
  delivered: [r('deliver', 'VERB', 'past', 'fin'), r('deliver', 'VERB', 'part', 'pass')],
  deliver: [r('deliver', 'VERB', 'inf')],
  did: [r('do', 'AUX', 'past', 'fin')],
  not: [r('not', 'PART', 'neg')],
};
const stub: Analyse = (norm) => DICT[norm] ?? [r(norm, 'X')];

const CLASSES = {
  'third-party': ['курьер', 'поставщик', 'courier', 'supplier'],
  'failure-verb': ['потерять', 'lose', 'забыть', 'forget'],
  we: ['мы', 'we', 'i'],
};
const PATTERNS = { 'own-fault': ['@we ..3 @failure-verb', '=наша|=our вина|fault'] };

function ctx(language: Language): CompileContext {
  return { language, classes: CLASSES, patterns: PATTERNS, common: SYNTAX[language].common };
}

const processor = unified().use(retextLatin);

function words(text: string, language: Language, analyse: Analyse | undefined = stub): Word[] {
  const tree = processor.parse(text) as Root;
  const sentence = (tree.children[0] as Paragraph).children.find((c): c is Sentence => c.type === 'SentenceNode')!;
  return sentenceWords(sentence, text, { language, syntax: SYNTAX[language], analyse });
}

/** The marked text of the first match of `pattern` in `text`, or undefined. */
function find(pattern: string, text: string, language: Language, scope: MatchScope = 'clause', analyse?: Analyse): string | undefined {
  const w = words(text, language, analyse);
  for (const compiled of compileConstruction(pattern, ctx(language))) {
    const [m] = findPattern(compiled, w, scope, SYNTAX[language].stemAlways);
    if (m) return text.slice(w[m.markFrom]!.start, w[m.markTo - 1]!.end);
  }
  return undefined;
}

function rule(match: string[], unless: Antipattern[] = [], scope?: MatchScope, language: Language = 'ru'): RuleData {
  return {
    id: 'test-rule',
    category: 'blame-shift',
    language,
    kind: 'construction',
    patterns: [],
    match,
    antipatterns: unless,
    scope,
    message: 'm',
    note: 'n',
    suggestions: [],
  };
}

function flags(data: RuleData, text: string): string[] {
  const w = words(text, data.language);
  const set = compileConstructionSet([data], ctx(data.language), SYNTAX[data.language].stemAlways);
  return matchConstructions(w, set).map((h) => text.slice(w[h.from]!.start, w[h.to - 1]!.end));
}

describe('construction language: atoms', () => {
  it('a lemma matches every form of the word, and only that word', () => {
    assert.equal(find('потерять', 'Курьеры потеряли посылку.', 'ru'), 'потеряли');
    assert.equal(find('курьер', 'Посылку потерял курьер.', 'ru'), 'курьер');
    assert.equal(find('lose', 'The courier lost the parcel.', 'en'), 'lost');
    assert.equal(find('посылка', 'Курьер потерял.', 'ru'), undefined);
  });

  it('a class matches any form of any of its lemmas', () => {
    assert.equal(find('@third-party', 'Посылку потерял поставщик.', 'ru'), 'поставщик');
    assert.equal(find('@third-party', 'The couriers lost it.', 'en'), 'couriers');
  });

  it('a part of speech with features must hold for one reading of the word', () => {
    assert.equal(find('[VERB past]', 'Курьер потерял посылку.', 'ru'), 'потерял');
    assert.equal(find('[NOUN nom] [VERB past]', 'Курьер потерял посылку.', 'ru'), 'Курьер потерял');
    assert.equal(find('[NOUN gen] [VERB past]', 'Курьер потерял посылку.', 'ru'), undefined, 'nominative is not genitive');
    assert.equal(find('курьер[gen]', 'По вине курьера.', 'ru'), 'курьера');
    assert.equal(find('@failure-verb[pres 3p]', 'The courier loses parcels.', 'en'), 'loses');
    assert.equal(find('@failure-verb[pres]', 'The courier lost the parcel.', 'en'), undefined);
    assert.equal(find('[PRON 1p]', 'Посылку потеряли вы.', 'ru'), undefined);
    assert.equal(find('[NOUN|PRON nom -pl]', 'Посылку потеряли курьеры, курьер.', 'ru'), 'курьер');
  });

  it('! asks for a negated word and + for a word that is not negated', () => {
    assert.equal(find('!deliver', 'We did not deliver the parcel.', 'en'), 'deliver');
    assert.equal(find('!deliver', 'We delivered the parcel.', 'en'), undefined);
    assert.equal(find('+deliver', 'We delivered the parcel.', 'en'), 'delivered');
    assert.equal(find('+deliver', "We didn't deliver the parcel.", 'en'), undefined);
  });

  it('=form matches that form only; # matches numbers', () => {
    assert.equal(find('=ведь', 'Вы ведь подписали.', 'ru'), 'ведь');
    assert.equal(find('=lost', 'The courier loses it.', 'en'), undefined);
    assert.equal(find('# days', 'It takes 3 days.', 'en'), '3 days');
  });

  it('without a morphology layer, lemmas match by stem and parts of speech match nothing', () => {
    assert.equal(find('delay', 'The delays were long.', 'en', 'clause', undefined), 'delays');
    assert.equal(find('[NOUN]', 'The delays were long.', 'en', 'clause', undefined), undefined);
  });
});

describe('construction language: sequences, clauses and co-occurrence', () => {
  it('sequences keep their order and gaps are bounded', () => {
    assert.equal(find('@third-party ... lose', 'The courier unfortunately then lost it.', 'en'), 'courier unfortunately then lost');
    assert.equal(find('lose ... @third-party', 'The courier lost it.', 'en'), undefined, 'order matters');
    assert.equal(find('@third-party ..1 lose', 'The courier unfortunately then lost it.', 'en'), undefined, '..1 skips one word at most');
  });

  it('& finds every part in one clause, in any order', () => {
    assert.equal(find('@third-party & @failure-verb', 'Посылку потерял курьер.', 'ru'), 'курьер');
    assert.equal(find('@failure-verb & @third-party', 'Посылку потерял курьер.', 'ru'), 'потерял');
  });

  it('clauses end at a comma before a conjunction, at a dash and at ;', () => {
    const split = [
      'The courier was late, which lost us a day.',
      'Курьер приехал, но мы потеряли посылку.',
      'Курьер приехал — мы потеряли посылку.',
      'Курьер приехал; мы потеряли посылку.',
    ];
    for (const text of split) assert.equal(find('@third-party & @failure-verb', text, text.startsWith('The') ? 'en' : 'ru'), undefined, text);
    assert.equal(find('@third-party & @failure-verb', 'Курьер, как всегда, потерял посылку.', 'ru'), 'Курьер', 'a comma alone is no boundary');
    assert.ok(find('@third-party & @failure-verb', 'Курьер приехал, но мы потеряли посылку.', 'ru', 'sentence'), 'sentence scope crosses clauses');
    assert.equal(find('курьер ... потерять', 'Курьер — приехал и потерял.', 'ru', 'sentence'), undefined, 'a gap never skips across a clause boundary');
    assert.equal(
      find('sorry ... but', 'Sorry about that, but it was late.', 'en', 'sentence'),
      'Sorry about that, but',
      'the word after a gap may open the next clause',
    );
    assert.equal(find('sorry ... but', 'Sorry about that, but it was late.', 'en'), undefined, 'not in clause scope');
  });

  it('^ anchors a sequence to the start of a clause', () => {
    assert.equal(find('^ which ..2 lose', 'The van was late, which lost us a day.', 'en'), 'which lost');
    assert.equal(find('^ which ..2 lose', 'The van which lost the parcel was late.', 'en'), undefined);
  });

  it('braces choose the words to underline', () => {
    assert.equal(find('{по вина} @third-party', 'Это по вине курьера.', 'ru'), 'по вине');
    assert.equal(find('курьеры', 'Посылку потерял курьер.', 'ru'), undefined, 'a word written in another form matches that form only');
    assert.equal(find('по вине @third-party', 'Это по вине курьера.', 'ru'), 'по вине курьера', 'a lemma atom takes the form it is written as');
    assert.equal(find('@third-party & {@failure-verb}', 'Курьер потерял посылку.', 'ru'), 'потерял');
    assert.equal(find('{@third-party} ... lose', 'The courier then lost it.', 'en'), 'courier');
  });
});

describe('construction language: rules, named patterns and antipatterns', () => {
  it('$name splices a named pattern, with all its alternatives', () => {
    assert.equal(find('$own-fault', 'Мы потеряли посылку.', 'ru'), 'Мы потеряли');
    assert.equal(find('$own-fault', 'It was our fault.', 'en'), 'our fault');
  });

  it('an antipattern in the same clause cancels the match; in sentence scope, anywhere in the sentence', () => {
    const blame = rule(['{@third-party} & @failure-verb[past]'], [{ pattern: '$own-fault' }]);
    assert.deepEqual(flags(blame, 'Курьер потерял посылку.'), ['Курьер']);
    assert.deepEqual(flags(blame, 'Мы с курьером потеряли посылку.'), []);
    assert.deepEqual(flags(blame, 'Курьер потерял посылку, но мы потеряли и время.'), ['Курьер'], 'the own fault is in another clause');
    const sentenceGuard = rule(['{@third-party} & @failure-verb[past]'], [{ pattern: '$own-fault', scope: 'sentence' }]);
    assert.deepEqual(flags(sentenceGuard, 'Курьер потерял посылку, но мы потеряли и время.'), []);
  });

  it('a rule reports once per clause, marked as its pattern says', () => {
    const r2 = rule(['@third-party', 'потерять'], [], undefined, 'ru');
    assert.deepEqual(flags(r2, 'Курьер потерял посылку.'), ['Курьер']);
    assert.deepEqual(flags(r2, 'Курьер потерял посылку, но курьер её нашёл.'), ['Курьер', 'курьер']);
  });

  it('a polarity before brackets covers every alternative; marked alternatives keep their own', () => {
    const all = rule(['we ..2 {!(see|understand)}'], [], undefined, 'en');
    assert.deepEqual(flags(all, 'We do not understand the question.'), ['understand']);
    assert.deepEqual(flags(all, 'We understand the question.'), []);
    const each = rule(['we ..2 {!see|!understand|know}'], [], undefined, 'en');
    assert.deepEqual(flags(each, 'We understand the question.'), []);
    assert.deepEqual(flags(each, 'We know the question.'), ['know']);
  });

  it('a pattern is indexed by its rarest required atom', () => {
    const [p] = compileConstruction('we ... [VERB past] & @third-party', ctx('en'));
    assert.ok(p!.keys!.includes('l:courier') && p!.keys!.includes('l:supplier') && !p!.keys!.includes('l:we'), String(p!.keys));
    const [q] = compileConstruction('we [VERB past]', ctx('en'));
    assert.deepEqual(q!.keys, ['l:we', 's:we']);
  });

  it('malformed patterns are rejected with a message', () => {
    for (const bad of [
      '... lose',
      'lose ...',
      'lose?',
      '@nobody',
      '[VERB pasttense]',
      '[VRB]',
      '$missing',
      '{lose',
      'lose}',
      'a ..40 b',
      'a & ',
      '(a|b',
      'we !see|understand',
      '+wrong|mistaken',
    ]) {
      assert.throws(() => compileConstruction(bad, ctx('en')), ConstructionError, bad);
    }
  });
});
