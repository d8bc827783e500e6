/**
 * The replies section of `npm run eval`: how the structure check and the reply score do on real
 * whole replies (`../shared/corpus/replies-real.jsonl`, read at run time only, never copied) and
 * on the project's own non-replies (`test/fixtures/non-replies/`).
 *
 * Reports: how many real replies are recognised as replies; per-part precision and recall against
 * the labelled parts; how the score orders good > mixed > poor (the share of good–poor and of
 * adjacent pairs ordered right, ties counting half); the mean score per quality; and every
 * non-reply fixture taken for a reply. `--misses` lists the part errors, reply by reply.
 *
 * Runs alone with `npx tsx scripts/eval/replies.ts`, or from the main eval via `main()`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseReply } from '../../src/engine/index.js';
import { loadLanguageData } from '../../src/engine/language-data.js';
import { nodeDictionarySource } from '../../src/node/dictionaries.js';
import { buildDictionaries } from '../dictionaries.mjs';
import { PARTS, type Part } from '../../src/engine/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPLIES_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'replies-real.jsonl');
export const NON_REPLIES = join(ROOT, 'test', 'fixtures', 'non-replies');

type Quality = 'good' | 'mixed' | 'poor';
const QUALITIES: readonly Quality[] = ['good', 'mixed', 'poor'];

interface RealReply {
  lang: 'en' | 'ru';
  text: string;
  /** Labelled parts; the corpus spells follow-up `follow_up`. */
  parts: Record<string, boolean>;
  quality: Quality;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface RepliesEval {
  replies: number;
  recognised: number;
  perPart: Record<Part, Counts>;
  meanScore: Record<Quality, number | null>;
  /** Share of (good, poor) pairs where good scores higher; ties count half. */
  goodOverPoor: number;
  goodOverMixed: number;
  mixedOverPoor: number;
  misses: string[];
  /** Non-reply fixtures taken for a reply, and how many were checked. */
  nonReplies: { files: number; falseReplies: string[] };
}

const labelOf = (part: Part) => (part === 'follow-up' ? 'follow_up' : part);

export function readReplies(file = REPLIES_CORPUS): RealReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RealReply);
}

/** Share of pairs (a from `high`, b from `low`) with a > b; a tie counts half. */
function ordered(high: number[], low: number[]): number {
  if (high.length === 0 || low.length === 0) return 1;
  let right = 0;
  for (const a of high) for (const b of low) right += a > b ? 1 : a === b ? 0.5 : 0;
  return right / (high.length * low.length);
}

/** The non-reply fixtures: every file in test/fixtures/non-replies/, with its name. */
export function nonReplyFixtures(dir = NON_REPLIES): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function evaluateReplies(replies: readonly RealReply[]): RepliesEval {
  const perPart = Object.fromEntries(PARTS.map((p) => [p, { tp: 0, fp: 0, fn: 0 }])) as Record<Part, Counts>;
  const scores: Record<Quality, number[]> = { good: [], mixed: [], poor: [] };
  const misses: string[] = [];
  let recognised = 0;
  replies.forEach((reply, index) => {
    const result = analyseReply(reply.text, { language: reply.lang });
    if (result.reply) recognised++;
    scores[reply.quality].push(result.score ?? 0);
    const found = new Set(result.parts?.present ?? []);
    const wrong: string[] = [];
    for (const part of PARTS) {
      if (part === 'clarify') continue; // not labelled in the corpus
      const expected = reply.parts[labelOf(part)] === true;
      const got = found.has(part);
      if (expected && got) perPart[part].tp++;
      else if (expected) {
        perPart[part].fn++;
        wrong.push(`-${part}`);
      } else if (got) {
        perPart[part].fp++;
        wrong.push(`+${part}`);
      }
    }
    if (!result.reply || wrong.length > 0) {
      misses.push(`#${index} ${reply.lang} ${reply.quality} score ${result.score ?? 'null'}${result.reply ? '' : ' NOT A REPLY'} ${wrong.join(' ')}`);
    }
  });
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const falseReplies = nonReplyFixtures()
    .filter(({ text }) => analyseReply(text).reply)
    .map(({ name }) => name);
  return {
    replies: replies.length,
    recognised,
    perPart,
    meanScore: { good: mean(scores.good), mixed: mean(scores.mixed), poor: mean(scores.poor) },
    goodOverPoor: ordered(scores.good, scores.poor),
    goodOverMixed: ordered(scores.good, scores.mixed),
    mixedOverPoor: ordered(scores.mixed, scores.poor),
    misses,
    nonReplies: { files: nonReplyFixtures().length, falseReplies },
  };
}

const fmt = (x: number) => x.toFixed(2);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The tone rules need the morphology (lemmas), the scorer its weights; built into dist/dict/ when missing, as the tests do. */
async function withMorphology(): Promise<void> {
  buildDictionaries(join(ROOT, 'dist', 'dict'));
  await loadLanguageData(nodeDictionarySource(join(ROOT, 'dist', 'dict')));
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  await withMorphology();
  console.log('\nWhole replies (structure and score)');
  if (!existsSync(REPLIES_CORPUS)) {
    console.log(`  ${REPLIES_CORPUS} is not here (it exists only next to the repository, in ../shared/corpus): skipped.`);
    const nonReplies = nonReplyFixtures();
    const falseReplies = nonReplies.filter(({ text }) => analyseReply(text).reply).map(({ name }) => name);
    console.log(`  non-replies taken for a reply: ${falseReplies.length} of ${nonReplies.length}${falseReplies.length ? ` (${falseReplies.join(', ')})` : ''}`);
    return;
  }
  const r = evaluateReplies(readReplies());
  console.log(`  recognised as replies: ${r.recognised} of ${r.replies}`);
  console.log('  part            precision  recall   tp  fp  fn');
  for (const part of PARTS) {
    if (part === 'clarify') continue;
    const c = r.perPart[part];
    console.log(
      `  ${part.padEnd(15)} ${fmt(ratio(c.tp, c.tp + c.fp)).padStart(9)} ${fmt(ratio(c.tp, c.tp + c.fn)).padStart(7)} ${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}`,
    );
  }
  const mean = (q: Quality) => (r.meanScore[q] === null ? '–' : r.meanScore[q]!.toFixed(2));
  console.log(`  mean score: ${QUALITIES.map((q) => `${q} ${mean(q)}`).join(', ')}`);
  console.log(
    `  ordered right: good > poor ${fmt(r.goodOverPoor)}, good > mixed ${fmt(r.goodOverMixed)}, mixed > poor ${fmt(r.mixedOverPoor)} (share of pairs, ties half)`,
  );
  console.log(
    `  non-replies taken for a reply: ${r.nonReplies.falseReplies.length} of ${r.nonReplies.files}${r.nonReplies.falseReplies.length ? ` (${r.nonReplies.falseReplies.join(', ')})` : ''}`,
  );
  if (argv.includes('--misses')) for (const m of r.misses) console.log(`    ${m}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
