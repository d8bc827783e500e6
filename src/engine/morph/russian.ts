/**
 * The Russian analyser: Az.js (the `az` package) over the OpenCorpora dictionaries, with its
 * tags mapped to UD parts of speech and our short features. Az's own loader reads files with
 * node:fs or XMLHttpRequest; it is replaced by one that reads through a DictionarySource, so
 * the same code runs in the CLI, the desktop and the web extension hosts.
 */
import type { Analyzer, DictionarySource, Feature, Pos, Reading } from './types.js';

/** The folder of the Russian dictionaries inside the dictionaries folder. */
export const RU_DICT_FOLDER = 'ru';

type AzModule = typeof import('az').default;
type AzParse = ReturnType<AzModule['Morph']>[number];

const POS: Record<string, Pos> = {
  NOUN: 'NOUN',
  ADJF: 'ADJ',
  ADJS: 'ADJ',
  COMP: 'ADJ',
  VERB: 'VERB',
  INFN: 'VERB',
  PRTF: 'VERB',
  PRTS: 'VERB',
  GRND: 'VERB',
  NUMR: 'NUM',
  ADVB: 'ADV',
  NPRO: 'PRON',
  PRED: 'ADV',
  PREP: 'ADP',
  CONJ: 'CCONJ',
  PRCL: 'PART',
  INTJ: 'INTJ',
  NUMB: 'NUM',
  ROMN: 'NUM',
  LATN: 'X',
  UNKN: 'X',
};

const FEATURE: Record<string, Feature> = {
  nomn: 'nom',
  voct: 'nom',
  gent: 'gen',
  gen1: 'gen',
  gen2: 'gen',
  datv: 'dat',
  accs: 'acc',
  acc2: 'acc',
  ablt: 'ins',
  loct: 'loc',
  loc1: 'loc',
  loc2: 'loc',
  sing: 'sg',
  plur: 'pl',
  masc: 'masc',
  femn: 'fem',
  neut: 'neut',
  '1per': '1p',
  '2per': '2p',
  '3per': '3p',
  past: 'past',
  pres: 'pres',
  futr: 'fut',
  perf: 'perf',
  impf: 'impf',
  impr: 'imp',
  pssv: 'pass',
};

/** Conjunctions that introduce a subordinate clause (OpenCorpora tags all conjunctions CONJ). */
const SUBORDINATING = new Set([
  'что',
  'чтобы',
  'если',
  'хотя',
  'когда',
  'поскольку',
  'ибо',
  'будто',
  'словно',
  'пока',
  'раз',
  'дабы',
  'ежели',
  'нежели',
  'чем',
  'как',
  'коли',
  'точно',
  'кабы',
  'хоть',
  'лишь',
]);
/** Negative words, tagged `neg`: they put their clause under negation. */
const NEGATIVE = new Set(['не', 'ни', 'нет', 'никто', 'ничто', 'никогда', 'нигде', 'никуда', 'никак', 'ничей', 'нисколько']);
/** Names, surnames, patronymics, places, organisations: proper nouns in UD. */
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];

const normalise = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** Maps one Az parse to a reading (null for punctuation). */
/** Features that Az's part of speech itself carries (a short adjective, an infinitive…). */
const FORM_FEATURES: Record<string, readonly Feature[]> = {
  ADJS: ['short'],
  INFN: ['inf'],
  PRTF: ['part'],
  PRTS: ['part', 'short'],
  GRND: ['conv'],
  VERB: ['fin'],
};

export function readingOf(parse: AzParse, word: string): Reading | null {
  const tag = parse.tag;
  const grammemes = [...tag.stat, ...tag.flex];
  const azPos = tag.POS || grammemes[0] || 'UNKN';
  if (azPos === 'PNCT') return null;
  // toString() puts back what a guesser took off (перезаказали: the prefix пере-); some
  // guessers (hyphenated words) build normal forms without a word of their own.
  const normal = parse.normalize();
  const text = normal ? String(normal) : '';
  const lemma = normalise(text && !text.includes('undefined') ? text : (parse.word ?? word));
  let pos: Pos = POS[azPos] ?? 'X';
  if (pos === 'NOUN' && PROPER.some((g) => grammemes.includes(g))) pos = 'PROPN';
  if (pos === 'ADJ' && grammemes.includes('Apro')) pos = lemma === 'который' || lemma === 'какой' || lemma === 'чей' ? 'PRON' : 'DET';
  if (pos === 'CCONJ' && SUBORDINATING.has(lemma)) pos = 'SCONJ';
  const features = new Set<Feature>();
  for (const g of grammemes) {
    const f = FEATURE[g];
    if (f) features.add(f);
  }
  for (const f of FORM_FEATURES[azPos] ?? []) features.add(f);
  if (NEGATIVE.has(lemma)) features.add('neg');
  return { lemma, pos, features: [...features] };
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.lemma === b.lemma && a.pos === b.pos && a.features.length === b.features.length && a.features.every((f) => b.features.includes(f));
}

// No correction of stuttering (Az's default allows any number: its search grows exponentially
// with a run of one letter, "аааа…" of 30 letters took 0.4 s, of 300 twenty seconds) nor typos.
const MORPH_CONFIG = { ignoreCase: true, stutter: 0, typos: 0 };
/** Longer "words" (a pasted hash, a run of letters) are not Russian words: analysed as unknown. */
export const MAX_WORD_LENGTH = 40;

/** Readings of one normalised word, most probable first, without duplicates. */
function analyse(az: AzModule, word: string): Reading[] {
  const readings: Reading[] = [];
  if (word.length > MAX_WORD_LENGTH) return [{ lemma: word, pos: 'X', features: [] }];
  // Words come in lower case; names and places are capitalised in the dictionary.
  const parses = az.Morph(word, MORPH_CONFIG);
  // Guesses from endings only when the dictionary does not know the word.
  const known = parses.some((p) => p.parser === 'Dictionary');
  for (const parse of parses) {
    if (known && parse.parser !== 'Dictionary') continue;
    const reading = readingOf(parse, word);
    if (reading && !readings.some((r) => sameReading(r, reading))) readings.push(reading);
  }
  return readings.length ? readings : [{ lemma: word, pos: 'X', features: [] }];
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/** Loads the dictionaries from `source` (files under `ru/`) and returns the analyser. */
export async function loadRussian(source: DictionarySource): Promise<Analyzer> {
  // Imported here, not at the top, so that nothing of Az runs before a load is asked for.
  const az: AzModule = ((await import('az')) as { default: AzModule }).default;
  const decoder = new TextDecoder();
  // Az builds every tag twice, with Latin and with Russian grammeme names (`ext`); the Russian
  // ones serve only its debug printing. Empty ones save a fifth of the load time and 7 MB of
  // heap, and the file is not shipped.
  const EXT = 'gramtab-opencorpora-ext.json';
  const read = async (url: string, responseType: 'json' | 'arraybuffer'): Promise<unknown> => {
    if (url.endsWith(EXT)) return ((await read(url.slice(0, -EXT.length) + 'gramtab-opencorpora-int.json', 'json')) as unknown[]).map(() => '');
    const bytes = await source.read(url);
    return responseType === 'json' ? JSON.parse(decoder.decode(bytes)) : toArrayBuffer(bytes);
  };
  az.load = (url, responseType, callback) => {
    read(url, responseType).then(
      (data) => callback(null, data),
      (err: unknown) => callback(err),
    );
  };
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    // Az calls back once per failing file; the first error wins.
    az.Morph.init(RU_DICT_FOLDER, (err) => {
      if (failed) return;
      if (err) {
        failed = true;
        reject(err instanceof Error ? err : new Error(String(err)));
      } else resolve();
    });
  });
  return { language: 'ru', analyse: (word) => analyse(az, word) };
}
