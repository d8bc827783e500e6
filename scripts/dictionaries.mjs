// Builds the morphology dictionaries into a folder (dist/dict/ in a build): the Russian
// OpenCorpora dictionaries of the `az` package, copied as they are, and an English lexicon
// (word form → Penn tags in order of frequency, with the lemma of each) generated from
// `en-lexicon` (Brill's lexicon) and `wink-lemmatizer` (WordNet exceptions and rules); beside
// them, the scorer's weights (src/engine/scorer/weights/<lang>.json, minified), which load with
// the dictionaries of their language.
// Used by esbuild.mjs, the test set-up and the scripts; pure Node, no TypeScript.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const WEIGHTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'engine', 'scorer', 'weights');

/**
 * Files of az's `dicts/` folder that Az.Morph.init reads (but gramtab-opencorpora-ext.json, the
 * tags with Russian grammeme names, which src/engine/morph/russian.ts does without).
 */
export const RU_FILES = [
  'words.dawg',
  'prediction-suffixes-0.dawg',
  'prediction-suffixes-1.dawg',
  'prediction-suffixes-2.dawg',
  'p_t_given_w.intdawg',
  'grammemes.json',
  'gramtab-opencorpora-int.json',
  'suffixes.json',
  'paradigms.array',
];
export const EN_LEXICON = 'lexicon.tsv';

const NOTICE = `Morphology dictionaries shipped with Sincerely (dist/dict/)

ru/: the dictionaries of Az.js (the az package, MIT, by Denis Olshin), built from the
OpenCorpora dictionary (opencorpora.org), licensed under CC BY-SA 3.0, in the format of
pymorphy2 by Mikhail Korobov.

en/lexicon.tsv: generated from the en-lexicon package (MIT, by Alex Corvi; derived from Eric
Brill's tagger lexicon) with lemmas from wink-lemmatizer (MIT, GRAYPE Systems), which uses the
exception lists of WordNet 3.0 (Princeton University; WordNet license: permission to use, copy,
modify and distribute, with this notice).

scorer/: the weights of Sincerely's sentence scorer, trained by Sincerely (MIT).
`;

const PENN_OPEN = new Set([
  'NN',
  'NNS',
  'NNP',
  'NNPS',
  'VB',
  'VBD',
  'VBG',
  'VBN',
  'VBP',
  'VBZ',
  'JJ',
  'JJR',
  'JJS',
  'RB',
  'RBR',
  'RBS',
  'MD',
  'PRP',
  'PRP$',
  'DT',
  'PDT',
  'WDT',
  'WP',
  'WP$',
  'WRB',
  'IN',
  'CC',
  'CD',
  'TO',
  'RP',
  'UH',
  'EX',
  'FW',
]);

function lemmaOf(lemmatizer, form, tag) {
  if (tag.startsWith('VB')) return tag === 'VB' || tag === 'VBP' ? form : lemmatizer.verb(form);
  if (tag === 'NNS' || tag === 'NNPS') return lemmatizer.noun(form);
  if (tag === 'JJR' || tag === 'JJS') return lemmatizer.adjective(form);
  return form;
}

/** The English lexicon as text: `form<TAB>TAG[:lemma]<TAB>…`, one form a line, sorted. */
export function englishLexiconText() {
  const { lexicon } = require('en-lexicon/dist/lexicon.js').default ? { lexicon: require('en-lexicon/dist/lexicon.js').default } : require('en-lexicon');
  const lemmatizer = require('wink-lemmatizer');
  const byForm = new Map();
  // Lower-case entries first, so that "bill" keeps its noun reading before the name "Bill".
  const keys = Object.keys(lexicon).sort((a, b) => Number(a !== a.toLowerCase()) - Number(b !== b.toLowerCase()));
  for (const key of keys) {
    if (!/^[A-Za-z](?:[A-Za-z'-]*[A-Za-z])?$/.test(key)) continue;
    const form = key.toLowerCase();
    const tags = byForm.get(form) ?? [];
    for (const tag of String(lexicon[key]).split('|')) {
      if (!PENN_OPEN.has(tag)) continue;
      const entry = `${tag}:${lemmaOf(lemmatizer, form, tag)}`;
      if (!tags.includes(entry)) tags.push(entry);
    }
    if (tags.length) byForm.set(form, tags);
  }
  // A proper-noun reading beside common ones is mostly a capitalised word at a sentence start.
  for (const [form, tags] of byForm) {
    const common = tags.filter((t) => !t.startsWith('NNP'));
    if (common.length && common.length < tags.length) byForm.set(form, common);
  }
  const lines = [];
  for (const [form, tags] of [...byForm].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push([form, ...tags.map((t) => (t.endsWith(`:${form}`) ? t.slice(0, t.indexOf(':')) : t))].join('\t'));
  }
  return lines.join('\n') + '\n';
}

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

/**
 * Writes `ru/` and `en/` under `outDir`, unless a stamp says they are already there, and
 * `scorer/<lang>.json` wherever it differs from the weights in the sources (after `npm run train`).
 * Returns whether anything was written.
 */
export function buildDictionaries(outDir) {
  const built = buildMorphology(outDir);
  return writeScorerWeights(outDir) || built;
}

/** The scorer's weights as shipped: minified (the numbers read back the same). */
export function scorerWeightsText(language) {
  return JSON.stringify(JSON.parse(readFileSync(join(WEIGHTS, `${language}.json`), 'utf8')));
}

function writeScorerWeights(outDir) {
  let written = false;
  mkdirSync(join(outDir, 'scorer'), { recursive: true });
  for (const file of readdirSync(WEIGHTS).filter((f) => f.endsWith('.json'))) {
    const text = scorerWeightsText(file.slice(0, -'.json'.length));
    const target = join(outDir, 'scorer', file);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    writeFileSync(target, text);
    written = true;
  }
  return written;
}

function buildMorphology(outDir) {
  const stamp = `az@${packageVersion('az')} en-lexicon@${packageVersion('en-lexicon')} wink-lemmatizer@${packageVersion('wink-lemmatizer')} v4`;
  const stampFile = join(outDir, 'stamp.txt');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  const azDicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  // Only what this writes: rules/ beside them is scripts/build-rules.ts's.
  for (const dir of ['ru', 'en']) rmSync(join(outDir, dir), { recursive: true, force: true });
  mkdirSync(join(outDir, 'ru'), { recursive: true });
  for (const file of RU_FILES) copyFileSync(join(azDicts, file), join(outDir, 'ru', file));
  mkdirSync(join(outDir, 'en'), { recursive: true });
  writeFileSync(join(outDir, 'en', EN_LEXICON), englishLexiconText());
  writeFileSync(join(outDir, 'NOTICE.txt'), NOTICE);
  writeFileSync(stampFile, stamp);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'dist/dict';
  console.log(buildDictionaries(out) ? `dictionaries written to ${out}` : `${out} is up to date`);
}
