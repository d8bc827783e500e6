/**
 * Lists false alarms: neutral prose linted paragraph by paragraph (as `npm run eval` counts it)
 * and the acceptable sentences of the development set that get a labelled finding; with
 * `--held-out`, also those of the held-out set (it is there to measure: read its false alarms
 * only to find what is general). Never the real corpus.
 * `npx tsx scripts/eval/alarms.ts [ru|en] [--held-out]`
 */
import { lint } from '../../src/engine/index.js';
import { LANGUAGES, type Language } from '../../src/engine/types.js';
import { LABELLED, NEUTRAL_PROSE, proseText, writtenSet } from './data.js';
import { loadAllMorphology } from './morphology.js';
import { proseParagraphs, toneFindings } from './prose.js';

await loadAllMorphology();
const only = process.argv.slice(2).find((a) => !a.startsWith('--')) as Language | undefined;
const folders = process.argv.includes('--held-out') ? (['corpus', 'holdout'] as const) : (['corpus'] as const);
for (const language of LANGUAGES) {
  if (only && language !== only) continue;
  console.log(`== ${language} prose ==`);
  for (const file of NEUTRAL_PROSE[language]) {
    const text = proseText(file);
    if (!text) continue;
    for (const paragraph of proseParagraphs(text))
      for (const f of toneFindings(paragraph, language)) {
        console.log(`${f.ruleId} [${f.category}] «${f.actual}»\n    ${paragraph.replace(/\s+/g, ' ').slice(0, 400)}`);
      }
  }
  for (const folder of folders) {
    console.log(`== ${language} ${folder} false alarms ==`);
    for (const s of writtenSet(language, folder)) {
      if (s.expected.size > 0) continue;
      const fs = lint(s.text, { language, structure: false }).filter((f) => (LABELLED as readonly string[]).includes(f.category));
      if (fs.length === 0) continue;
      console.log(`${fs.map((f) => `${f.ruleId} «${f.actual}»`).join('; ')}\n    ${s.text}`);
    }
  }
}
