/**
 * Applies the preferred fix of every tone finding in the defensive drafts of
 * test/fixtures/fix-drafts/ and prints the share of results that are visibly broken (the checks of
 * test/node/engine/fix-quality.ts). `--legacy` measures the old behaviour instead: the first suggestion
 * spliced into the flagged words, case matched. `--verbose` prints each broken result.
 * `--examples` applies every suggestion to every positive rule example instead (as the fix check does).
 *   tsx scripts/measure-fixes.ts [--legacy] [--verbose] [--examples]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, loadLanguageData, type Fix, type Language } from '../src/engine/index.js';
import { nodeDictionarySource } from '../src/node/dictionaries.js';
import { replacementText } from '../src/extension/actions-model.js';
import { fixProblems } from '../test/node/engine/fix-quality.js';
import { ruleExamples } from '../test/node/engine/fixtures.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'fix-drafts');
const legacy = process.argv.includes('--legacy');
const verbose = process.argv.includes('--verbose');
const examples = process.argv.includes('--examples');
// The rules, dictionaries and weights, as the tests lint with them.
await loadLanguageData(nodeDictionarySource());

for (const language of ['en', 'ru'] as Language[]) {
  let applied = 0;
  let broken = 0;
  const kinds = new Map<string, number>();
  const files = examples
    ? ruleExamples(language)
        .filter((e) => !e.negative)
        .map((e) => ({ name: `${language}.tsv:${e.line}`, text: e.text, ruleId: e.ruleId }))
    : readdirSync(dir)
        .filter((f) => f.startsWith(`${language}-`) && f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), ruleId: undefined }));
  for (const { name: file, text, ruleId } of files) {
    for (const finding of lint(text, { language, structure: false })) {
      if (ruleId && finding.ruleId !== ruleId) continue;
      for (const [index, suggestion] of (examples ? finding.expected : finding.expected.slice(0, 1)).entries()) {
        const lineEnd = text.indexOf('\n', finding.endOffset);
        const after = text.slice(finding.endOffset, lineEnd < 0 ? text.length : lineEnd);
        const fix: Fix = legacy
          ? { range: [finding.offset, finding.endOffset], text: replacementText({ text: finding.actual, after }, suggestion) }
          : finding.fixes![index]!;
        const { result, problems } = fixProblems(text, finding, fix, suggestion);
        applied++;
        if (problems.length === 0) continue;
        broken++;
        for (const kind of new Set(problems.map((p) => p.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (verbose) {
          const line = result.slice(result.lastIndexOf('\n', fix.range[0]) + 1, result.indexOf('\n', fix.range[0] + fix.text.length) >>> 0);
          console.log(`${file} ${finding.ruleId}: ${problems.map((p) => `[${p.kind}] ${p.detail}`).join('; ')}\n    → ${line.trim()}`);
        }
      }
    }
  }
  const share = applied === 0 ? 0 : (100 * broken) / applied;
  console.log(
    `${language}${legacy ? ' (legacy splice)' : ''}: ${files.length} ${examples ? 'examples' : 'drafts'}, ${applied} ${examples ? 'suggestions' : 'preferred fixes'} applied, ${broken} visibly broken (${share.toFixed(1)}%)${kinds.size ? ` — ${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')}` : ''}`,
  );
}
