/**
 * The scorer's training sentences, per language: the written corpus, the rule examples, the
 * project's training sentences (data/training/<lang>/*.tsv) and the `tune` part of the real
 * corpus (read here at train time, never copied). Never the held-out corpus, never `check`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/engine/rules/data.generated.js';
import { loadRules } from '../build-rules.js';
import { CLASSES } from '../../src/engine/scorer/model.js';
import type { Language } from '../../src/engine/types.js';
import { TRAINING_PROSE, proseSentences, realSet } from '../eval/data.js';
import { FIXTURES, ROOT, tsvLines } from '../eval/tsv.js';

export interface LabelledText {
  text: string;
  /** Index into CLASSES. */
  label: number;
  /** `written`, `rules`, `training`, `prose` or `tune`. */
  origin: string;
  /** Source site for `tune` (k-fold groups), else the origin. */
  group: string;
}

/** Where a sentence has several labels, the strongest one (the real corpus's order). */
const PRIORITY = ['blame-shift', 'excuse', 'defensive', 'minimizing', 'vague-promise'];

export function classOf(labels: string): number {
  const list = labels.split(',').map((l) => l.trim().replace('_', '-'));
  for (const p of PRIORITY) if (list.includes(p)) return CLASSES.indexOf(p as (typeof CLASSES)[number]);
  return 0;
}

export function trainingTexts(language: Language): LabelledText[] {
  const out: LabelledText[] = [];
  for (const { label, text } of tsvLines(join(FIXTURES, 'corpus', `${language}.tsv`)))
    out.push({ text, label: classOf(label), origin: 'written', group: 'written' });
  const categoryOf = new Map(RULES.filter((r) => r.language === language).map((r) => [r.id, r.category as string]));
  const ruleExample = (id: string, negative: boolean, text: string) => {
    const category = negative ? 'none' : categoryOf.get(id);
    if (category !== undefined) out.push({ text: text.replace('[[', '').replace(']]', ''), label: classOf(category), origin: 'rules', group: 'rules' });
  };
  // Rule examples: the rules' own YAML `examples` and, where it still exists, the fixture table.
  const tsv = join(FIXTURES, 'rules', `${language}.tsv`);
  if (existsSync(tsv)) for (const { label, text } of tsvLines(tsv)) ruleExample(label.replace(/^!/, ''), label.startsWith('!'), text);
  for (const [key, { flag, pass }] of loadRules().examples) {
    const [lang, id] = key.split(':') as [string, string];
    if (lang !== language) continue;
    for (const text of flag) ruleExample(id, false, text);
    for (const text of pass) ruleExample(id, true, text);
  }
  const dir = join(ROOT, 'data', 'training', language);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.tsv'))
      .sort()) {
      for (const { label, text } of tsvLines(join(dir, name))) out.push({ text, label: classOf(label), origin: 'training', group: 'training' });
    }
  }
  for (const file of TRAINING_PROSE[language]) for (const text of proseSentences(file)) out.push({ text, label: 0, origin: 'prose', group: 'prose' });
  for (const s of realSet(language, 'tune') ?? []) out.push({ text: s.text, label: classOf([...s.expected].join(',')), origin: 'tune', group: s.group });
  return out;
}
