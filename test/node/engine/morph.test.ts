import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  analyseWord,
  analyzerFor,
  FEATURES,
  isMorphologyLoaded,
  loadMorphology,
  morphologyGeneration,
  unloadMorphology,
  type DictionarySource,
  type Reading,
} from '../../../src/engine/morph/index.js';
import { findDictionaryFolder, nodeDictionarySource } from '../../../src/node/dictionaries.js';
import type { Language } from '../../../src/engine/types.js';
import { ENGLISH_FORMS, RUSSIAN_FORMS, type ExpectedForm } from './morph-forms.js';

const show = (readings: readonly Reading[]) => readings.map((r) => `${r.lemma}/${r.pos}[${r.features.join(',')}]`).join(' ; ');

function checkForms(language: Language, forms: ExpectedForm[]) {
  for (const expected of forms) {
    it(`${expected.form} → ${expected.lemma} ${expected.pos} ${expected.features?.join(' ') ?? ''}`, () => {
      const readings = analyzerFor(language).analyse(expected.form.replace(/ё/g, 'е'));
      const fits = (r: Reading) => r.lemma === expected.lemma && r.pos === expected.pos && (expected.features ?? []).every((f) => r.features.includes(f));
      if (expected.any) assert.ok(readings.some(fits), show(readings));
      else assert.ok(fits(readings[0]!), show(readings));
    });
  }
}

describe('morphology: Russian forms (az over OpenCorpora)', () => {
  it('is loaded by the test set-up', () => assert.ok(isMorphologyLoaded('ru')));
  checkForms('ru', RUSSIAN_FORMS);
  it('writes lemmas in lower case with е for ё', () => {
    for (const r of analyzerFor('ru').analyse('ещё')) assert.ok(!r.lemma.includes('ё'), r.lemma);
    assert.equal(analyzerFor('ru').analyse('повреждённый')[0]!.lemma, 'повредить');
  });
  it('uses only the closed list of features', () => {
    for (const word of ['доставлена', 'извините', 'нашими', 'сделав', 'будем']) {
      for (const r of analyzerFor('ru').analyse(word)) for (const feature of r.features) assert.ok(FEATURES.includes(feature), `${word}: ${feature}`);
    }
  });
  it('reads a run of letters longer than any word as unknown (Az would search its stutter corrections)', () => {
    assert.deepEqual(analyzerFor('ru').analyse('а'.repeat(41)), [{ lemma: 'а'.repeat(41), pos: 'X', features: [] }]);
    assert.deepEqual(analyzerFor('en').analyse('a'.repeat(41)), [{ lemma: 'a'.repeat(41), pos: 'X', features: [] }]);
  });
  it('keeps the prefix a guess took off: перезаказали → перезаказать', () => {
    assert.equal(analyzerFor('ru').analyse('перезаказали')[0]!.lemma, 'перезаказать');
  });
  it('guesses unknown words by their endings', () => {
    const readings = analyzerFor('ru').analyse('перезаказали');
    assert.equal(readings[0]!.pos, 'VERB');
    assert.ok(readings[0]!.features.includes('past'));
  });
});

describe('morphology: English forms (lexicon + WordNet lemmas)', () => {
  it('is loaded by the test set-up', () => assert.ok(isMorphologyLoaded('en')));
  checkForms('en', ENGLISH_FORMS);
  it('is safe with words that are names of object properties', () => {
    for (const word of ['constructor', 'tostring', '__proto__', 'hasownproperty']) assert.ok(analyzerFor('en').analyse(word).length > 0);
  });
});

describe('morphology: English contractions', () => {
  const cases: Array<[string, string[], string[]]> = [
    ["didn't", ['did', 'not'], ['do', 'not']],
    ["we're", ['we', 'are'], ['we', 'be']],
    ["can't", ['can', 'not'], ['can', 'not']],
    ["won't", ['will', 'not'], ['will', 'not']],
    ["it's", ['it', 'is'], ['it', 'be']],
    ["we've", ['we', 'have'], ['we', 'have']],
    ["i'm", ['i', 'am'], ['i', 'be']],
  ];
  for (const [word, norms, lemmas] of cases) {
    it(`${word} → ${norms.join(' + ')}`, () => {
      const morph = analyseWord(word, 'en');
      assert.deepEqual(
        morph.parts?.map((p) => p.norm),
        norms,
      );
      assert.deepEqual(
        morph.parts?.map((p) => p.readings[0]!.lemma),
        lemmas,
      );
      assert.deepEqual(morph.readings, morph.parts![0]!.readings);
    });
  }
  it('keeps a possessive as one word, read as its noun', () => {
    const morph = analyseWord("courier's", 'en');
    assert.equal(morph.parts, undefined);
    assert.equal(morph.readings[0]!.lemma, 'courier');
  });
});

/** Reads the built dictionaries, recording which names were asked for. */
function recordingSource(fail?: string): DictionarySource & { names: string[] } {
  const names: string[] = [];
  return {
    names,
    async read(name) {
      names.push(name);
      if (fail && name.endsWith(fail)) throw new Error(`missing ${name}`);
      return readFile(join('dist', 'dict', name));
    },
  };
}

describe('morphology: loading and the fallback', () => {
  after(async () => {
    await loadMorphology(nodeDictionarySource('dist/dict'));
  });

  it('falls back to the word itself, pos X, when a language is not loaded', () => {
    unloadMorphology(['ru']);
    assert.equal(isMorphologyLoaded('ru'), false);
    assert.deepEqual(analyzerFor('ru').analyse('курьера'), [{ lemma: 'курьера', pos: 'X', features: [] }]);
    assert.equal(isMorphologyLoaded('en'), true, 'the other language stays loaded');
  });

  it('keeps the fallback when a dictionary file cannot be read, and loads on a later try', async () => {
    unloadMorphology();
    await assert.rejects(loadMorphology(recordingSource('words.dawg'), ['ru']), /missing ru\/words\.dawg/);
    assert.equal(isMorphologyLoaded('ru'), false);
    assert.equal(analyzerFor('ru').analyse('курьера')[0]!.pos, 'X');
    const before = morphologyGeneration();
    const source = recordingSource();
    await loadMorphology(source, ['ru']);
    assert.ok(isMorphologyLoaded('ru'));
    assert.notEqual(morphologyGeneration(), before);
    assert.ok(source.names.includes('ru/words.dawg') && source.names.every((n) => n.startsWith('ru/')), source.names.join());
    assert.equal(analyzerFor('ru').analyse('курьера')[0]!.lemma, 'курьер');
  });

  it('finds dist/dict/ from the project folder, and reads Russian from the az package without a build', async () => {
    assert.equal(findDictionaryFolder(process.cwd()), join(process.cwd(), 'dist', 'dict'));
    unloadMorphology(['ru']);
    await loadMorphology(nodeDictionarySource(false), ['ru']);
    assert.equal(analyzerFor('ru').analyse('поняли')[0]!.lemma, 'понять');
    await assert.rejects(nodeDictionarySource(false).read('en/lexicon.tsv'), /no morphology dictionaries/);
  });

  it('reads English from en/lexicon.tsv only, and shares one load between concurrent calls', async () => {
    unloadMorphology(['en']);
    const source = recordingSource();
    await Promise.all([loadMorphology(source, ['en']), loadMorphology(source, ['en'])]);
    assert.deepEqual(source.names, ['en/lexicon.tsv']);
    await loadMorphology(source, ['en']);
    assert.equal(source.names.length, 1, 'a loaded language is not read again');
  });
});
