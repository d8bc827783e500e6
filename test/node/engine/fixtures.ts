/** Readers for the test fixture files (rule examples and the evaluation corpus). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules } from '../../../scripts/build-rules.js';
import type { Language } from '../../../src/engine/types.js';
import { FIXTURES, tsvLines } from '../../../scripts/eval/tsv.js';

export { FIXTURES, tsvLines };

export interface RuleExample {
  ruleId: string;
  negative: boolean;
  text: string;
  /** The marked range `[[…]]`, if any. */
  marked?: string;
  line: number;
  /** Where the example is written: `rules/<lang>.tsv` or the rule's own `examples` in its YAML. */
  source: string;
}

let loaded: ReturnType<typeof loadRules> | undefined;

function example(ruleId: string, negative: boolean, text: string, line: number, source: string): RuleExample {
  const m = /\[\[(.+?)\]\]/.exec(text);
  return { ruleId, negative, text: text.replace('[[', '').replace(']]', ''), ...(m ? { marked: m[1] } : {}), line, source };
}

/** A language's rule examples: `test/fixtures/rules/<lang>.tsv` (when present) and every rule's YAML `examples`. */
export function ruleExamples(language: Language): RuleExample[] {
  const tsv = join(FIXTURES, 'rules', `${language}.tsv`);
  const fromTsv = existsSync(tsv)
    ? tsvLines(tsv).map(({ label, text, line }) => example(label.replace(/^!/, ''), label.startsWith('!'), text, line, `rules/${language}.tsv`))
    : [];
  loaded ??= loadRules();
  const fromYaml: RuleExample[] = [];
  for (const [key, { flag, pass }] of loaded.examples) {
    const [lang, id] = key.split(':') as [string, string];
    if (lang !== language) continue;
    flag.forEach((text, i) => fromYaml.push(example(id, false, text, i + 1, `rules/${language} ${id} examples.flag`)));
    pass.forEach((text, i) => fromYaml.push(example(id, true, text, i + 1, `rules/${language} ${id} examples.pass`)));
  }
  return [...fromTsv, ...fromYaml];
}
