/** Readers for the test fixture files (rule examples and the evaluation corpus). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../src/engine/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface RuleExample {
  ruleId: string;
  negative: boolean;
  text: string;
  /** The marked range `[[…]]`, if any. */
  marked?: string;
  line: number;
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

export function ruleExamples(language: Language): RuleExample[] {
  return tsvLines(join(FIXTURES, 'rules', `${language}.tsv`)).map(({ label, text, line }) => {
    const negative = label.startsWith('!');
    const m = /\[\[(.+?)\]\]/.exec(text);
    return {
      ruleId: negative ? label.slice(1) : label,
      negative,
      text: text.replace('[[', '').replace(']]', ''),
      ...(m ? { marked: m[1] } : {}),
      line,
    };
  });
}
