import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortedLexicon } from '../../../src/engine/morph/english.js';
import { analyzerFor, isMorphologyLoaded, loadMorphology, unloadMorphology, type DictionarySource } from '../../../src/engine/morph/index.js';
import { nodeDictionarySource } from '../../../src/node/dictionaries.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('morphology: English lexicon looked up by binary search', () => {
  const small = sortedLexicon(bytes("a\tDT\nab\tNN\nabc\tVB\tNN\nb-c\tJJ\nclient's\tNN:client\nz\tNN"));

  it('finds every form, the first and the last included, with the rest of its line', () => {
    assert.equal(small.get('a'), 'DT');
    assert.equal(small.get('ab'), 'NN');
    assert.equal(small.get('abc'), 'VB\tNN');
    assert.equal(small.get('b-c'), 'JJ');
    assert.equal(small.get("client's"), 'NN:client');
    assert.equal(small.get('z'), 'NN');
  });

  it('does not take a prefix or an extension of a form for the form', () => {
    for (const missing of ['', 'aa', 'abcd', 'b', 'client', 'zz', '0', 'é']) assert.equal(small.get(missing), undefined, missing);
  });

  it('answers like a full index of the built lexicon, for every form in it', () => {
    const text = readFileSync(join('dist', 'dict', 'en', 'lexicon.tsv'), 'utf8');
    const lexicon = sortedLexicon(bytes(text));
    let count = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      assert.equal(lexicon.get(line.slice(0, tab)), line.slice(tab + 1), line);
      assert.equal(lexicon.get(line.slice(0, tab) + 'qx'), undefined);
      count++;
    }
    assert.ok(count > 50_000, `${count} forms`);
  });
});

describe("morphology: Russian load without the tags' Russian names", () => {
  after(async () => {
    await loadMorphology(nodeDictionarySource('dist/dict'), ['ru']);
  });

  it('never reads gramtab-opencorpora-ext.json, and analyses as before', async () => {
    unloadMorphology(['ru']);
    const dist = nodeDictionarySource('dist/dict');
    const names: string[] = [];
    const source: DictionarySource = {
      read(name) {
        names.push(name);
        if (name.includes('-ext')) return Promise.reject(new Error(`read ${name}`));
        return dist.read(name);
      },
    };
    await loadMorphology(source, ['ru']);
    assert.ok(isMorphologyLoaded('ru'));
    assert.ok(names.includes('ru/gramtab-opencorpora-int.json') && !names.some((n) => n.includes('-ext')), names.join());
    const [first] = analyzerFor('ru').analyse('поняли');
    assert.deepEqual([first!.lemma, first!.pos], ['понять', 'VERB']);
    assert.ok(
      ['past', 'pl', 'fin'].every((f) => first!.features.includes(f as never)),
      first!.features.join(),
    );
    const courier = analyzerFor('ru').analyse('курьера');
    assert.ok(courier.some((r) => r.lemma === 'курьер' && r.features.includes('gen')) && courier.some((r) => r.features.includes('acc')));
  });
});
