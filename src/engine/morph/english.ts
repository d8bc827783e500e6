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

const PENN: Record<string, [Pos, Feature[]]> = {
  NN: ['NOUN', ['sg']], NNS: ['NOUN', ['pl']], NNP: ['PROPN', ['sg']], NNPS: ['PROPN', ['pl']],
  VB: ['VERB', ['inf']], VBP: ['VERB', ['pres', 'fin']], VBZ: ['VERB', ['pres', '3p', 'sg', 'fin']],
  VBD: ['VERB', ['past', 'fin']], VBN: ['VERB', ['part', 'past']], VBG: ['VERB', ['part', 'pres']],
  MD: ['AUX', ['fin']],
  JJ: ['ADJ', []], JJR: ['ADJ', []], JJS: ['ADJ', []],
  RB: ['ADV', []], RBR: ['ADV', []], RBS: ['ADV', []], WRB: ['ADV', []],
  PRP: ['PRON', []], 'PRP$': ['PRON', []], EX: ['PRON', []], WP: ['PRON', []], 'WP$': ['PRON', []], WDT: ['PRON', []],
  DT: ['DET', []], PDT: ['DET', []],
  IN: ['ADP', []], RP: ['ADP', []], TO: ['PART', []], CC: ['CCONJ', []], CD: ['NUM', []], UH: ['INTJ', []], FW: ['X', []],
};

/** Parses the lexicon text: `form<TAB>TAG[:lemma]<TAB>…` a line. */
export function parseLexicon(text: string): Map<string, readonly Reading[]> {
  const lexicon = new Map<string, readonly Reading[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const fields = line.split('\t');
    const form = fields[0]!;
    const readings: Reading[] = [];
    for (let i = 1; i < fields.length; i++) {
      const field = fields[i]!;
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
    if (readings.length) lexicon.set(form, readings);
  }
  return lexicon;
}

/** Readings of a word missing from the lexicon, guessed from its ending. */
function guess(word: string, lexicon: ReadonlyMap<string, readonly Reading[]>): Reading[] {
  const known = (lemma: string, pos: Pos) => lexicon.get(lemma)?.some((r) => r.pos === pos && r.lemma === lemma) ?? false;
  /** The first candidate base the lexicon knows as `pos`, else `fallback`. */
  const base = (candidates: string[], pos: Pos, fallback: string) => candidates.find((c) => known(c, pos)) ?? fallback;
  /** The base of "-ed" / "-ing" forms: stopp → stop, tri → try, else as it is. */
  const fallbackStem = (stem: string) => stem.replace(/([^aeiouls])\1$/, '$1').replace(/i$/, 'y');
  if (/[a-z]{2,}ed$/.test(word)) {
    const stem = word.slice(0, -2);
    const lemma = base([stem + 'e', stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')], 'VERB', fallbackStem(stem));
    return [{ lemma, pos: 'VERB', features: ['past', 'fin'] }, { lemma, pos: 'VERB', features: ['part', 'past'] }];
  }
  if (/[a-z]{2,}ing$/.test(word)) {
    const stem = word.slice(0, -3);
    const lemma = base([stem, stem + 'e', stem.replace(/(.)\1$/, '$1')], 'VERB', fallbackStem(stem));
    return [{ lemma, pos: 'VERB', features: ['part', 'pres'] }, { lemma: word, pos: 'NOUN', features: ['sg'] }];
  }
  if (/[a-z]{3,}ly$/.test(word)) return [{ lemma: word, pos: 'ADV', features: [] }];
  if (/[a-z]{2,}[^s']s$/.test(word)) {
    const lemma = base([word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')], 'NOUN', word.slice(0, -1));
    return [{ lemma, pos: 'NOUN', features: ['pl'] }, { lemma, pos: 'VERB', features: ['pres', '3p', 'sg', 'fin'] }];
  }
  return [{ lemma: word, pos: 'X', features: [] }];
}

/** An analyser over a parsed lexicon (exported for tests that build a small one). */
export function englishAnalyzer(lexicon: ReadonlyMap<string, readonly Reading[]>): Analyzer {
  const analyse = (word: string): readonly Reading[] => {
    const closed = closedClassReadings(word);
    if (closed) return closed;
    const found = lexicon.get(word);
    if (found) return found;
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
  const text = new TextDecoder().decode(await source.read(EN_LEXICON_FILE));
  return englishAnalyzer(parseLexicon(text));
}
