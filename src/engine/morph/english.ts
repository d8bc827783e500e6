/**
 * The English analyser, context-free: each word form gets its readings from a lexicon of
 * 94 000 forms (Brill's lexicon from `en-lexicon`, tags in order of frequency, lemmas from
 * WordNet's exceptions and rules by `wink-lemmatizer`, generated at build time into
 * `en/lexicon.tsv` by scripts/dictionaries.mjs), function words from a hand-made table, and
 * suffix guesses for words the lexicon lacks. Penn tags are mapped to UD parts of speech.
 */
import { closedClassReadings, SUBORDINATING } from './english-closed.js';
import type { Analyzer, DictionarySource, Feature, Pos, Reading } from './types.js';

export const EN_LEXICON_FILE = 'en/lexicon.tsv';
/** Longer "words" (a pasted hash, a run of letters) are analysed as unknown. */
const MAX_WORD_LENGTH = 40;

/** Penn tags that carry no feature of their own, by the UD part of speech they map to. */
const PLAIN_TAGS: Record<string, Pos> = Object.fromEntries(
  (
    [
      ['ADJ', 'JJ JJR JJS'],
      ['ADV', 'RB RBR RBS WRB'],
      ['PRON', 'PRP PRP$ EX WP WP$ WDT'],
      ['DET', 'DT PDT'],
      ['ADP', 'IN RP'],
      ['PART', 'TO'],
      ['CCONJ', 'CC'],
      ['NUM', 'CD'],
      ['INTJ', 'UH'],
      ['X', 'FW'],
    ] as Array<[Pos, string]>
  ).flatMap(([pos, tags]) => tags.split(' ').map((tag) => [tag, pos])),
);

const PENN: Record<string, [Pos, Feature[]]> = {
  NN: ['NOUN', ['sg']],
  NNS: ['NOUN', ['pl']],
  NNP: ['PROPN', ['sg']],
  NNPS: ['PROPN', ['pl']],
  VB: ['VERB', ['inf']],
  VBP: ['VERB', ['pres', 'fin']],
  VBZ: ['VERB', ['pres', '3p', 'sg', 'fin']],
  VBD: ['VERB', ['past', 'fin']],
  VBN: ['VERB', ['part', 'past']],
  VBG: ['VERB', ['part', 'pres']],
  MD: ['AUX', ['fin']],
  ...Object.fromEntries(Object.entries(PLAIN_TAGS).map(([tag, pos]) => [tag, [pos, []]])),
};

/** The lexicon: the rest of a form's line (`TAG[:lemma]<TAB>…`), or undefined when it lacks the form. */
export interface Lexicon {
  get(form: string): string | undefined;
}

const TAB = 9;
const NEWLINE = 10;

/**
 * A lexicon over the bytes of `en/lexicon.tsv` as they are (`form<TAB>TAG[:lemma]<TAB>…` a line,
 * sorted by form, ASCII), looked up by binary search: nothing is decoded or indexed when it
 * loads, which a short draft would not repay (the analyser caches each form it looks up).
 */
export function sortedLexicon(data: Uint8Array): Lexicon {
  const encoder = new TextEncoder();
  /** Compares the form of the line at `start` with `key`: negative when the line sorts first. */
  const compare = (start: number, key: Uint8Array): number => {
    for (let i = 0; ; i++) {
      const byte = start + i < data.length ? data[start + i]! : NEWLINE;
      const end = byte === TAB || byte === NEWLINE;
      if (i === key.length) return end ? 0 : 1;
      if (end) return -1;
      if (byte !== key[i]) return byte - key[i]!;
    }
  };
  return {
    get(form) {
      const key = encoder.encode(form);
      let lo = 0;
      let hi = data.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        let start = mid;
        while (start > 0 && data[start - 1] !== NEWLINE) start--;
        const order = compare(start, key);
        if (order === 0) {
          let end = data.indexOf(NEWLINE, start);
          if (end < 0) end = data.length;
          const tab = start + key.length;
          return tab < end ? String.fromCharCode(...data.subarray(tab + 1, end)) : '';
        }
        if (order < 0) {
          const end = data.indexOf(NEWLINE, mid);
          lo = end < 0 ? data.length : end + 1;
        } else hi = start;
      }
      return undefined;
    },
  };
}

/** The readings of one lexicon entry. */
export function entryReadings(form: string, entry: string): Reading[] {
  const readings: Reading[] = [];
  for (const field of entry.split('\t')) {
    const colon = field.indexOf(':');
    const tag = colon < 0 ? field : field.slice(0, colon);
    const mapped = PENN[tag];
    if (!mapped) continue;
    let pos = mapped[0];
    const lemma = colon < 0 ? form : field.slice(colon + 1);
    if (tag === 'IN' && SUBORDINATING.has(form)) pos = 'SCONJ';
    if (readings.some((r) => r.pos === pos && r.lemma === lemma && r.features.join() === mapped[1].join())) continue;
    readings.push({ lemma, pos, features: mapped[1] });
  }
  return readings;
}

/** Readings of a word missing from the lexicon, guessed from its ending. */
function guess(word: string, lexicon: Lexicon): Reading[] {
  const known = (lemma: string, pos: Pos) => {
    const entry = lexicon.get(lemma);
    return entry !== undefined && entryReadings(lemma, entry).some((r) => r.pos === pos && r.lemma === lemma);
  };
  /** The first candidate base the lexicon knows as `pos`, else `fallback`. */
  const base = (candidates: string[], pos: Pos, fallback: string) => candidates.find((c) => known(c, pos)) ?? fallback;
  /** The base of "-ed" / "-ing" forms: stopp → stop, tri → try, else as it is. */
  const fallbackStem = (stem: string) => stem.replace(/([^aeiouls])\1$/, '$1').replace(/i$/, 'y');
  // Endings tested with endsWith, not regular expressions: a long run of letters must stay linear.
  const letters = /^[a-z'-]+$/.test(word);
  if (letters && word.length > 3 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    const lemma = base([stem + 'e', stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')], 'VERB', fallbackStem(stem));
    return [
      { lemma, pos: 'VERB', features: ['past', 'fin'] },
      { lemma, pos: 'VERB', features: ['part', 'past'] },
    ];
  }
  if (letters && word.length > 4 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    const lemma = base([stem, stem + 'e', stem.replace(/(.)\1$/, '$1')], 'VERB', fallbackStem(stem));
    return [
      { lemma, pos: 'VERB', features: ['part', 'pres'] },
      { lemma: word, pos: 'NOUN', features: ['sg'] },
    ];
  }
  if (letters && word.length > 4 && word.endsWith('ly')) return [{ lemma: word, pos: 'ADV', features: [] }];
  if (letters && word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s")) {
    const lemma = base([word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')], 'NOUN', word.slice(0, -1));
    return [
      { lemma, pos: 'NOUN', features: ['pl'] },
      { lemma, pos: 'VERB', features: ['pres', '3p', 'sg', 'fin'] },
    ];
  }
  return [{ lemma: word, pos: 'X', features: [] }];
}

/** An analyser over an indexed lexicon. */
export function englishAnalyzer(lexicon: Lexicon): Analyzer {
  const analyse = (word: string): readonly Reading[] => {
    if (word.length > MAX_WORD_LENGTH) return [{ lemma: word, pos: 'X', features: [] }];
    const closed = closedClassReadings(word);
    if (closed) return closed;
    const entry = lexicon.get(word);
    if (entry !== undefined) {
      const readings = entryReadings(word, entry);
      if (readings.length) return readings;
    }
    // A possessive ("client's", "clients'") reads as its noun.
    const possessive = /^(.+?)'s?$/.exec(word);
    if (possessive && possessive[1] !== word) return analyse(possessive[1]!);
    if (/^\d/.test(word)) return [{ lemma: word, pos: 'NUM', features: [] }];
    return guess(word, lexicon);
  };
  return { language: 'en', analyse };
}

/** Loads `en/lexicon.tsv` from `source` and returns the analyser. */
export async function loadEnglish(source: DictionarySource): Promise<Analyzer> {
  return englishAnalyzer(sortedLexicon(await source.read(EN_LEXICON_FILE)));
}
