/** Readers for the test fixture files (rule examples and the evaluation corpus). */
import { join } from 'node:path';
import type { Language } from '../../src/engine/types.js';
import { FIXTURES, tsvLines } from '../../scripts/eval/tsv.js';

export { FIXTURES, tsvLines };

export interface RuleExample {
  ruleId: string;
  negative: boolean;
  text: string;
  /** The marked range `[[…]]`, if any. */
  marked?: string;
  line: number;
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
