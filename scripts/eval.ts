/**
 * `npm run eval`: precision and recall of the tone rules on the development corpus
 * (test/fixtures/corpus/<lang>.tsv, sentences labelled `ok` or with their categories) and on
 * the held-out corpus (test/fixtures/holdout/<lang>.tsv: written by someone who had not seen
 * the rules, and never used to tune them, so it shows how the rules generalise).
 * Two levels per language: detection (was a problematic sentence flagged at all?) and
 * category (was each expected category found, and nothing else?). `--misses` lists the errors.
 */
import { join } from 'node:path';
import { lint } from '../src/engine/index.js';
import { LANGUAGES, TONE_CATEGORIES, type Language } from '../src/engine/types.js';
import { FIXTURES, tsvLines } from '../test/engine/fixtures.js';
import { main as repliesMain } from './eval/replies.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

export interface LanguageEval {
  language: Language;
  sentences: number;
  detection: Counts;
  category: Counts;
  perCategory: Record<string, Counts>;
  misses: string[];
}

export function evaluate(language: Language, corpus = 'corpus'): LanguageEval {
  const result: LanguageEval = { language, sentences: 0, detection: counts(), category: counts(), perCategory: {}, misses: [] };
  for (const c of TONE_CATEGORIES) result.perCategory[c] = counts();
  for (const { label, text, line } of tsvLines(join(FIXTURES, corpus, `${language}.tsv`))) {
    result.sentences++;
    const expected = new Set(label === 'ok' ? [] : label.split(',').map((s) => s.trim()));
    const findings = lint(text, { language }).filter((f) => f.category !== 'structure');
    const predicted = new Set<string>(findings.map((f) => f.category));
    if (expected.size > 0 && predicted.size > 0) result.detection.tp++;
    else if (expected.size > 0) result.detection.fn++;
    else if (predicted.size > 0) result.detection.fp++;
    for (const c of TONE_CATEGORIES) {
      const cell = result.perCategory[c]!;
      if (expected.has(c) && predicted.has(c)) cell.tp++;
      else if (expected.has(c)) cell.fn++;
      else if (predicted.has(c)) cell.fp++;
    }
    const wrong = [...expected].some((c) => !predicted.has(c)) || [...predicted].some((c) => !expected.has(c));
    if (wrong) {
      const got = findings.map((f) => `${f.category}/${f.ruleId} «${f.actual}»`).join('; ') || 'nothing';
      result.misses.push(`${corpus}/${language}.tsv:${line} expected ${label}, got ${got}\n    ${text}`);
    }
  }
  for (const cell of Object.values(result.perCategory)) {
    result.category.tp += cell.tp;
    result.category.fp += cell.fp;
    result.category.fn += cell.fn;
  }
  return result;
}

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const rows: string[][] = [['corpus', 'language', 'level', 'precision', 'recall', 'tp', 'fp', 'fn']];
  const all: LanguageEval[] = [];
  for (const corpus of ['corpus', 'holdout']) {
    for (const r of LANGUAGES.map((language) => evaluate(language, corpus))) {
      all.push(r);
      const name = corpus === 'corpus' ? 'development' : 'held-out';
      const row = (level: string, c: Counts) => rows.push([name, r.language, level, fmt(precision(c)), fmt(recall(c)), String(c.tp), String(c.fp), String(c.fn)]);
      row(`detection (${r.sentences} sentences)`, r.detection);
      row('category (micro)', r.category);
      for (const c of TONE_CATEGORIES) row(`  ${c}`, r.perCategory[c]!);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log('detection: was a problematic sentence flagged at all; category: was each labelled category found, and no other.');
  // Only the development corpus's misses are shown: the held-out set must not be used for tuning.
  if (showMisses) for (const r of all) for (const miss of r.misses) if (miss.startsWith('corpus/')) console.log(miss);
  repliesMain(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

if (process.argv[1]?.endsWith('eval.ts')) main();
