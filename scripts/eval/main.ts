/**
 * `npm run eval`: how well the tone checks find problem sentences, per language.
 *
 * Sets, real text first:
 *  - `real tune` / `real check`: real replies and statements (../shared/corpus/real-<lang>.jsonl,
 *    split by source site). `tune` may be read and learnt from; `check` is only ever counted.
 *  - `development` (test/fixtures/corpus, tuned on) and `held-out` (test/fixtures/holdout, never tuned on).
 * Levels: detection (a sentence flagged with any of excuse / blame-shift / defensive /
 * minimizing; vague-promise is ignored both ways) and each category.
 * Systems: see systems.ts. Last, neutral prose (documentation that is not a reply): tone
 * findings per 10 000 words, which should stay near zero.
 *
 * `--misses` lists misses and false alarms of `real tune` and `development` only: the held-out
 * set and `check` are there to measure, not to tune on.
 */
import { main as repliesMain } from './replies.js';
import { LANGUAGES, type Language } from '../../src/engine/types.js';
import { LABELLED, NEUTRAL_PROSE, REAL_CORPUS, proseText, realSet, writtenSet, wordCount, type Sample } from './data.js';
import { counts, precision, recall, tally, type Counts } from './metrics.js';
import { loadAllMorphology } from './morphology.js';
import { proseParagraphs, toneFindings } from './prose.js';
import { SYSTEMS, type System } from './systems.js';

const fmt = (x: number) => x.toFixed(2);

interface SetResult {
  detection: Counts;
  perCategory: Record<string, Counts>;
  misses: string[];
}

function evaluate(samples: readonly Sample[], language: Language, system: System): SetResult {
  const result: SetResult = { detection: counts(), perCategory: {}, misses: [] };
  for (const c of LABELLED) result.perCategory[c] = counts();
  for (const sample of samples) {
    const { categories, detail } = system.predict(sample.text, language);
    tally(result.detection, sample.expected.size > 0, categories.size > 0);
    for (const c of LABELLED) tally(result.perCategory[c]!, sample.expected.has(c), categories.has(c));
    if (sample.expected.size > 0 !== categories.size > 0) {
      const expected = [...sample.expected].join(',') || 'none';
      result.misses.push(`${sample.where} expected ${expected}, got ${detail}\n    ${sample.text}`);
    }
  }
  return result;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

async function main(): Promise<void> {
  await loadAllMorphology();
  const showMisses = process.argv.includes('--misses');
  const missesToShow: string[] = [];
  const header = ['set', 'system', 'level', 'P', 'R', 'tp', 'fp', 'fn'];
  for (const language of LANGUAGES) {
    console.log(`\n== ${language} ==`);
    const sets: Array<{ name: string; samples: Sample[]; showMisses: boolean }> = [];
    const tune = realSet(language, 'tune');
    const check = realSet(language, 'check');
    if (!tune || !check) console.log(`real corpus: missing (${REAL_CORPUS}/real-${language}.jsonl); real-text figures skipped`);
    else sets.push({ name: 'real tune', samples: tune, showMisses: true }, { name: 'real check', samples: check, showMisses: false });
    sets.push(
      { name: 'development', samples: writtenSet(language, 'corpus'), showMisses: true },
      { name: 'held-out', samples: writtenSet(language, 'holdout'), showMisses: false },
    );
    const rows = [header];
    for (const set of sets) {
      const problems = set.samples.filter((s) => s.expected.size > 0).length;
      for (const system of SYSTEMS) {
        const r = evaluate(set.samples, language, system);
        const row = (level: string, c: Counts) =>
          rows.push([set.name, system.name, level, fmt(precision(c)), fmt(recall(c)), String(c.tp), String(c.fp), String(c.fn)]);
        row(`detection (${set.samples.length} sentences, ${problems} problems)`, r.detection);
        for (const c of LABELLED) row(`  ${c}`, r.perCategory[c]!);
        // Misses of the shipped behaviour (the last system) on sets that may be read.
        if (showMisses && set.showMisses && system === SYSTEMS[SYSTEMS.length - 1]) missesToShow.push(...r.misses);
      }
    }
    printTable(rows);
    printProse(language);
  }
  console.log('\ndetection: a problem sentence flagged with any labelled category (excuse, blame-shift, defensive, minimizing);');
  console.log('per category: the real corpus has one label per sentence (the strongest), so category precision there is a lower bound.');
  if (showMisses) {
    console.log('\n== misses and false alarms (real tune, development) ==');
    for (const miss of missesToShow) console.log(miss);
  }
  console.log('\n== whole replies ==');
  await repliesMain(process.argv.slice(2));
}

/**
 * Tone findings (every tone category) per 10 000 words of neutral prose, each file linted whole
 * as the CLI lints it (default options), and, for comparison, paragraph by paragraph, where no
 * paragraph is long enough to be told from a reply (the sentence-level false alarms).
 */
function printProse(language: Language): void {
  const missing: string[] = [];
  const ways = { 'file whole': { findings: 0, byRule: new Map<string, number>() }, 'by paragraph': { findings: 0, byRule: new Map<string, number>() } };
  const perFile: string[] = [];
  let words = 0;
  for (const file of NEUTRAL_PROSE[language]) {
    const text = proseText(file);
    if (text === undefined) {
      missing.push(file.path);
      continue;
    }
    const fileWords = wordCount(text);
    words += fileWords;
    const count = (way: keyof typeof ways, input: string) => {
      let n = 0;
      for (const f of toneFindings(input, language)) {
        n++;
        ways[way].findings++;
        ways[way].byRule.set(f.ruleId, (ways[way].byRule.get(f.ruleId) ?? 0) + 1);
      }
      return n;
    };
    const whole = count('file whole', text);
    let byParagraph = 0;
    for (const paragraph of proseParagraphs(text)) byParagraph += count('by paragraph', paragraph);
    const name = file.half ? `${file.path} (${file.half} half)` : file.path;
    const per = (n: number) => ((n * 10_000) / Math.max(fileWords, 1)).toFixed(1);
    perFile.push(`  ${name}: ${fileWords} words, file whole ${per(whole)}, by paragraph ${per(byParagraph)}`);
  }
  for (const [way, { findings, byRule }] of Object.entries(ways)) {
    const rate = words === 0 ? 0 : (findings * 10_000) / words;
    const top = [...byRule]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    console.log(`neutral prose, ${way}: ${findings} tone findings in ${words} words = ${rate.toFixed(1)} per 10 000 words${top ? ` (${top})` : ''}`);
  }
  for (const line of perFile) console.log(line);
  if (missing.length > 0) console.log(`  missing files (not counted): ${missing.join(', ')}`);
}

await main();
