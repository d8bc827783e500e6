/** Prints the findings for a text given on the command line: `npx tsx scripts/try.ts "text" [ru|en]`. */
import { lint } from '../src/engine/index.js';

const [text = '', language] = process.argv.slice(2);
for (const f of lint(text, { language: (language as 'ru' | 'en' | undefined) ?? 'auto' })) {
  console.log(`${f.line}:${f.column} ${f.category}/${f.ruleId} «${f.actual}» → ${f.expected.join(' | ')}`);
}
