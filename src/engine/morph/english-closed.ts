/**
 * English function words, analysed by hand: pronouns (with person, number and case, lemma the
 * subject form as in UD), the auxiliaries be / have / do and the modals, negative words. These
 * readings replace the lexicon's, whose tags for them are poor for our use ("we": PRP|VBP).
 */
import type { Feature, Pos, Reading } from './types.js';

const r = (lemma: string, pos: Pos, ...features: Feature[]): Reading => ({ lemma, pos, features });

const PRONOUNS: Record<string, Reading[]> = {
  i: [r('i', 'PRON', '1p', 'sg', 'nom')],
  me: [r('i', 'PRON', '1p', 'sg', 'acc')],
  my: [r('i', 'PRON', '1p', 'sg')],
  mine: [r('i', 'PRON', '1p', 'sg')],
  myself: [r('i', 'PRON', '1p', 'sg')],
  we: [r('we', 'PRON', '1p', 'pl', 'nom')],
  us: [r('we', 'PRON', '1p', 'pl', 'acc')],
  our: [r('we', 'PRON', '1p', 'pl')],
  ours: [r('we', 'PRON', '1p', 'pl')],
  ourselves: [r('we', 'PRON', '1p', 'pl')],
  you: [r('you', 'PRON', '2p', 'nom'), r('you', 'PRON', '2p', 'acc')],
  your: [r('you', 'PRON', '2p')],
  yours: [r('you', 'PRON', '2p')],
  yourself: [r('you', 'PRON', '2p', 'sg')],
  yourselves: [r('you', 'PRON', '2p', 'pl')],
  he: [r('he', 'PRON', '3p', 'sg', 'masc', 'nom')],
  him: [r('he', 'PRON', '3p', 'sg', 'masc', 'acc')],
  his: [r('he', 'PRON', '3p', 'sg', 'masc')],
  himself: [r('he', 'PRON', '3p', 'sg', 'masc')],
  she: [r('she', 'PRON', '3p', 'sg', 'fem', 'nom')],
  her: [r('she', 'PRON', '3p', 'sg', 'fem', 'acc'), r('she', 'PRON', '3p', 'sg', 'fem')],
  hers: [r('she', 'PRON', '3p', 'sg', 'fem')],
  herself: [r('she', 'PRON', '3p', 'sg', 'fem')],
  it: [r('it', 'PRON', '3p', 'sg', 'neut', 'nom'), r('it', 'PRON', '3p', 'sg', 'neut', 'acc')],
  its: [r('it', 'PRON', '3p', 'sg', 'neut')],
  itself: [r('it', 'PRON', '3p', 'sg', 'neut')],
  they: [r('they', 'PRON', '3p', 'pl', 'nom')],
  them: [r('they', 'PRON', '3p', 'pl', 'acc')],
  their: [r('they', 'PRON', '3p', 'pl')],
  theirs: [r('they', 'PRON', '3p', 'pl')],
  themselves: [r('they', 'PRON', '3p', 'pl')],
};

const BE: Record<string, Reading[]> = {
  be: [r('be', 'AUX', 'inf')],
  am: [r('be', 'AUX', 'pres', '1p', 'sg', 'fin')],
  are: [r('be', 'AUX', 'pres', 'fin')],
  is: [r('be', 'AUX', 'pres', '3p', 'sg', 'fin')],
  was: [r('be', 'AUX', 'past', 'sg', 'fin')],
  were: [r('be', 'AUX', 'past', 'fin')],
  been: [r('be', 'AUX', 'part', 'past')],
  being: [r('be', 'AUX', 'part', 'pres')],
};

/** have / do: an auxiliary first, the main verb after it. */
function auxAndVerb(lemma: string, ...features: Feature[]): Reading[] {
  return [r(lemma, 'AUX', ...features), r(lemma, 'VERB', ...features)];
}
const HAVE_DO: Record<string, Reading[]> = {
  have: auxAndVerb('have', 'pres', 'fin'),
  has: auxAndVerb('have', 'pres', '3p', 'sg', 'fin'),
  had: auxAndVerb('have', 'past', 'fin'),
  having: auxAndVerb('have', 'part', 'pres'),
  do: auxAndVerb('do', 'pres', 'fin'),
  does: auxAndVerb('do', 'pres', '3p', 'sg', 'fin'),
  did: auxAndVerb('do', 'past', 'fin'),
};

const MODALS: Record<string, Reading[]> = {};
for (const m of ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought']) {
  MODALS[m] = [r(m, 'AUX', 'fin')];
}
MODALS['can'] = [r('can', 'AUX', 'fin'), r('can', 'NOUN', 'sg')];
MODALS['will'] = [r('will', 'AUX', 'fin'), r('will', 'NOUN', 'sg')];
MODALS['may'] = [r('may', 'AUX', 'fin'), r('may', 'PROPN', 'sg')];
MODALS['cannot'] = [r('can', 'AUX', 'fin', 'neg')];

const NEGATIVE: Record<string, Reading[]> = {
  not: [r('not', 'PART', 'neg')],
  "n't": [r('not', 'PART', 'neg')],
  never: [r('never', 'ADV', 'neg')],
  no: [r('no', 'DET', 'neg'), r('no', 'INTJ')],
  none: [r('none', 'PRON', 'neg')],
  nobody: [r('nobody', 'PRON', 'neg')],
  nothing: [r('nothing', 'PRON', 'neg')],
  nowhere: [r('nowhere', 'ADV', 'neg')],
  neither: [r('neither', 'DET', 'neg'), r('neither', 'CCONJ', 'neg')],
  nor: [r('nor', 'CCONJ', 'neg')],
};

/** Frequent function words whose lexicon entries carry rare, noisy tags. */
const FUNCTION: Record<string, Reading[]> = {
  the: [r('the', 'DET')],
  a: [r('a', 'DET')],
  an: [r('a', 'DET')],
  this: [r('this', 'DET', 'sg'), r('this', 'PRON', 'sg')],
  these: [r('this', 'DET', 'pl'), r('this', 'PRON', 'pl')],
  that: [r('that', 'SCONJ'), r('that', 'PRON', 'sg'), r('that', 'DET', 'sg'), r('that', 'ADV')],
  those: [r('that', 'DET', 'pl'), r('that', 'PRON', 'pl')],
  which: [r('which', 'PRON'), r('which', 'DET')],
  who: [r('who', 'PRON')],
  whom: [r('who', 'PRON')],
  whose: [r('who', 'PRON')],
  what: [r('what', 'PRON'), r('what', 'DET')],
  there: [r('there', 'PRON'), r('there', 'ADV')],
  here: [r('here', 'ADV')],
  to: [r('to', 'PART'), r('to', 'ADP')],
  of: [r('of', 'ADP')],
  and: [r('and', 'CCONJ')],
  but: [r('but', 'CCONJ'), r('but', 'ADP')],
  or: [r('or', 'CCONJ')],
  so: [r('so', 'ADV'), r('so', 'SCONJ')],
  because: [r('because', 'SCONJ')],
  if: [r('if', 'SCONJ')],
};

/** Subordinating words the lexicon tags IN (with prepositions): SCONJ in UD. */
export const SUBORDINATING = new Set([
  'because',
  'although',
  'though',
  'if',
  'unless',
  'whether',
  'while',
  'whilst',
  'since',
  'as',
  'that',
  'so',
  'once',
  'until',
  'till',
  'whereas',
  'lest',
  'than',
]);

/** Hand-made readings of English function words, or undefined for other words. */
export function closedClassReadings(word: string): Reading[] | undefined {
  for (const table of [PRONOUNS, BE, HAVE_DO, MODALS, NEGATIVE, FUNCTION]) {
    if (Object.hasOwn(table, word)) return table[word];
  }
  return undefined;
}
