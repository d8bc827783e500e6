// The rule data loads per language from the host (rules/<lang>.json of the dictionaries folder),
// with the dictionaries and the weights; until it is loaded, that language has no rules.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createLinter, knownRuleIds, lint } from '../../../src/engine/index.js';
import { RULES } from '../../../src/engine/rules/data.generated.js';
import { isLanguageDataLoaded, languageDataGeneration, loadLanguageData } from '../../../src/engine/language-data.js';
import type { DictionarySource } from '../../../src/engine/morph/types.js';
import { isRuleDataLoaded, loadRuleData, ruleDataFor, unloadRuleData } from '../../../src/engine/rule-data.js';
import { nodeDictionarySource } from '../../../src/node/dictionaries.js';

// Written for this test: an excuse that a rule names, in each language.
const TEXT = { en: 'We did our best, but the courier was late.', ru: 'Мы сделали всё возможное, но курьер опоздал.' };
const DIST = nodeDictionarySource(join('dist', 'dict'));
const ruleIds = (text: string) =>
  lint(text)
    .filter((f) => f.category !== 'structure' && !f.ruleId.startsWith('likely-'))
    .map((f) => f.ruleId);

describe('rule data: loaded with the language', () => {
  afterEach(async () => {
    await loadLanguageData(DIST);
  });

  it('gives a language no rules and no structure data until it is loaded; the other language keeps its own', () => {
    const loaded = { en: ruleIds(TEXT.en), ru: ruleIds(TEXT.ru) };
    assert.ok(loaded.en.includes('did-our-best') && loaded.ru.length > 0);
    unloadRuleData(['en']);
    assert.equal(isRuleDataLoaded('en'), false);
    assert.equal(isLanguageDataLoaded('en'), false);
    assert.deepEqual(ruleDataFor('en').rules, []);
    assert.equal(ruleDataFor('en').structure, undefined);
    assert.deepEqual(ruleIds(TEXT.en), []);
    assert.deepEqual(ruleIds(TEXT.ru), loaded.ru);
    // Rule ids stay known (settings validation needs them before any load).
    assert.ok(knownRuleIds().has(RULES.find((r) => r.language === 'en')!.id));
  });

  it('reads rules/<lang>.json once, and a linter does not reuse what it found before the load', async () => {
    unloadRuleData(['en']);
    const linter = createLinter();
    assert.ok(!linter.analyse(TEXT.en).findings.some((f) => f.ruleId === 'did-our-best'));
    const before = languageDataGeneration();
    const names: string[] = [];
    const source: DictionarySource = { read: (name) => (names.push(name), DIST.read(name)) };
    await Promise.all([loadRuleData(source, ['en']), loadRuleData(source, ['en'])]);
    await loadRuleData(source, ['en']);
    assert.deepEqual(names, ['rules/en.json']);
    assert.notEqual(languageDataGeneration(), before);
    assert.ok(linter.analyse(TEXT.en).findings.some((f) => f.ruleId === 'did-our-best'));
  });

  it("rejects another language's file or a broken one, and loads on a later try", async () => {
    unloadRuleData(['en']);
    const russian = await DIST.read('rules/ru.json');
    await assert.rejects(loadRuleData({ read: () => Promise.resolve(russian) }, ['en']), /holds the rules of "ru"/);
    await assert.rejects(loadRuleData({ read: () => Promise.resolve(new TextEncoder().encode('{"language":')) }, ['en']), SyntaxError);
    assert.equal(isRuleDataLoaded('en'), false);
    await loadRuleData(DIST, ['en']);
    assert.deepEqual(
      ruleDataFor('en').rules,
      RULES.filter((r) => r.language === 'en'),
    );
  });
});
