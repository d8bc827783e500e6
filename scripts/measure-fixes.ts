/**
 * Applies the preferred fix of every tone finding in the defensive drafts of
 * test/fixtures/fix-drafts/ and prints the share of results that are visibly broken (the checks of
 * test/engine/fix-quality.ts). `--legacy` measures the old behaviour instead: the first suggestion
 * spliced into the flagged words, case matched. `--verbose` prints each broken result.
 *   tsx scripts/measure-fixes.ts [--legacy] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type Fix, type Language } from '../src/engine/index.js';
import { replacementText } from '../src/extension/actions-model.js';
import { fixProblems } from '../test/engine/fix-quality.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'fix-drafts');
const legacy = process.argv.includes('--legacy');
const verbose = process.argv.includes('--verbose');

for (const language of ['en', 'ru'] as Language[]) {
  let applied = 0;
  let broken = 0;
  const files = readdirSync(dir).filter((f) => f.startsWith(`${language}-`) && f.endsWith('.txt')).sort();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const finding of lint(text, { language, structure: false })) {
      const suggestion = finding.expected[0];
      if (suggestion === undefined) continue;
      const lineEnd = text.indexOf('\n', finding.endOffset);
      const after = text.slice(finding.endOffset, lineEnd < 0 ? text.length : lineEnd);
      const fix: Fix = legacy
        ? { range: [finding.offset, finding.endOffset], text: replacementText({ text: finding.actual, after }, suggestion) }
        : finding.fixes![0]!;
      const { result, problems } = fixProblems(text, finding, fix, suggestion);
      applied++;
      if (problems.length === 0) continue;
      broken++;
      if (verbose) {
        const line = result.slice(result.lastIndexOf('\n', fix.range[0]) + 1, result.indexOf('\n', fix.range[0] + fix.text.length) >>> 0);
        console.log(`${file} ${finding.ruleId}: ${problems.map((p) => `[${p.kind}] ${p.detail}`).join('; ')}\n    → ${line.trim()}`);
      }
    }
  }
  const share = applied === 0 ? 0 : (100 * broken) / applied;
  console.log(`${language}${legacy ? ' (legacy splice)' : ''}: ${files.length} drafts, ${applied} preferred fixes applied, ${broken} visibly broken (${share.toFixed(1)}%)`);
}
