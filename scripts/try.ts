/** Prints the findings for a text given on the command line: `npx tsx scripts/try.ts "text" [ru|en]`. */
import { lint } from '../src/engine/index.js';
import { loadLanguageDataForText } from '../src/node/dictionaries.js';

const [text = '', language] = process.argv.slice(2);
const options = { language: (language as 'ru' | 'en' | undefined) ?? ('auto' as const) };
// The rules, dictionaries and weights the text needs, as the CLI loads them.
const problem = await loadLanguageDataForText(text, options.language);
if (problem) console.error(problem.message);
for (const f of lint(text, options)) {
  console.log(`${f.line}:${f.column} ${f.category}/${f.ruleId} «${f.actual}» → ${f.expected.join(' | ')}`);
}
