/** Readers for the test fixture files (rule examples and the evaluation corpus). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../../scripts/build-rules.js';
import type { Language } from '../../src/engine/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

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

export function tsvLines(path: string): Array<{ label: string; text: string; line: number }> {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '' && !raw.startsWith('#'))
    .map(({ raw, line }) => {
      const tab = raw.indexOf('\t');
      if (tab < 0) throw new Error(`${path}:${line}: expected <label><TAB><text>`);
      return { label: raw.slice(0, tab).trim(), text: raw.slice(tab + 1), line };
    });
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
