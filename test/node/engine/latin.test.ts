import assert from 'node:assert/strict';
import { join } from 'node:path';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { parseLine } from '../../../src/engine/latin.js';
import { FIXTURES, tsvLines } from './fixtures.js';

const retext = unified().use(retextLatin);

describe('latin parser (src/engine/latin.ts)', () => {
  it('gives the tree retext-latin gives, for every development sentence and paragraph', () => {
    for (const language of ['en', 'ru']) {
      const lines = tsvLines(join(FIXTURES, 'corpus', `${language}.tsv`)).map((l) => l.text);
      // Sentences one by one, and runs of them as one paragraph (several sentences per tree).
      const texts = [...lines];
      for (let i = 0; i + 5 <= lines.length; i += 5) texts.push(lines.slice(i, i + 5).join(' '));
      for (const text of texts) assert.deepEqual(parseLine(text), retext.parse(text), text);
    }
  });

  it('gives the same tree on edge cases: abbreviations, numbers, symbols, emoji, quotes, line breaks', () => {
    const texts = [
      'We are sorry. ok, the U.S. team said so at 5 p.m. on 3.4.2024 — 50% off!!',
      'Мы приносим извинения… т.е. в 10:30 курьер (не мы) «опоздал» на 5%?!',
      'A 👍🏽 and a 😀 emoji, e-mail: me@example.com, C++ and C#; 1,000.50 $.',
      '"Quoted," she said. \'Single\' — and … dots.. more... end',
      'Two\n\nparagraphs and a\nline break.',
      'Line\r\nbreaks\r\rof every kind\n',
      '',
      '   ',
    ];
    for (const text of texts) assert.deepEqual(parseLine(text), retext.parse(text), JSON.stringify(text));
  });
});
