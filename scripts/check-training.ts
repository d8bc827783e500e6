/**
 * `npx tsx scripts/check-training.ts [lang…]`: checks the scorer's training sentences
 * (data/training/<lang>/*.tsv): every line is `label<TAB>sentence` with a known label, no
 * sentence is there twice, none shares a 6-word sequence with any sentence of ../shared/corpus
 * (either part) nor an 8-word sequence with the written corpora (test/fixtures/corpus, holdout).
 * Only the training line is printed, never a corpus sentence. Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_CORPUS } from './eval/data.js';
import { FIXTURES, ROOT } from './eval/tsv.js';

const LABELS = new Set(['none', 'excuse', 'blame-shift', 'defensive', 'minimizing', 'vague-promise']);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function grams(text: string, n: number): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

function gramSet(texts: Iterable<string>, n: number): Set<string> {
  const set = new Set<string>();
  for (const t of texts) for (const g of grams(t, n)) set.add(g);
  return set;
}

function corpusTexts(language: string): string[] {
  const file = join(REAL_CORPUS, `real-${language}.jsonl`);
  const texts: string[] = [];
  if (existsSync(file)) for (const raw of readFileSync(file, 'utf8').split('\n')) if (raw.trim()) texts.push((JSON.parse(raw) as { text: string }).text);
  const replies = join(REAL_CORPUS, 'replies-real.jsonl');
  if (existsSync(replies))
    for (const raw of readFileSync(replies, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const r = JSON.parse(raw) as { lang?: string; text: string };
      if (!r.lang || r.lang === language) texts.push(r.text);
    }
  return texts;
}

function fixtureTexts(language: string): string[] {
  const texts: string[] = [];
  for (const folder of ['corpus', 'holdout']) {
    const file = join(FIXTURES, folder, `${language}.tsv`);
    if (existsSync(file)) for (const line of readFileSync(file, 'utf8').split('\n')) texts.push(line.split('\t').slice(1).join('\t'));
  }
  return texts;
}

let problems = 0;
const languages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['ru', 'en'];
for (const language of languages) {
  const dir = join(ROOT, 'data', 'training', language);
  if (!existsSync(dir)) continue;
  const corpus = corpusTexts(language);
  if (corpus.length === 0) console.log(`${language}: ../shared/corpus missing, overlap with it not checked`);
  const corpus6 = gramSet(corpus, 6);
  const fixtures8 = gramSet(fixtureTexts(language), 8);
  const seen = new Map<string, string>();
  let lines = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw === '') return;
        const where = `${language}/${name}:${i + 1}`;
        lines++;
        const [label, text, ...rest] = raw.split('\t');
        const fail = (why: string) => {
          problems++;
          console.log(`${where}: ${why}\n    ${raw}`);
        };
        if (text === undefined || rest.length > 0 || text.trim() === '') return fail('not label<TAB>sentence');
        if (!label!.split(',').every((l) => LABELS.has(l))) return fail(`unknown label ${label}`);
        const key = words(text).join(' ');
        if (seen.has(key)) return fail(`same sentence as ${seen.get(key)}`);
        seen.set(key, where);
        if (grams(text, 6).some((g) => corpus6.has(g))) return fail('shares a 6-word sequence with a sentence of ../shared/corpus');
        if (grams(text, 8).some((g) => fixtures8.has(g))) return fail('shares an 8-word sequence with test/fixtures/corpus or holdout');
      });
  }
  console.log(`${language}: ${lines} lines checked`);
}
if (problems > 0) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
