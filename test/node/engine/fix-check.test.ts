/**
 * Every fix leaves a correct sentence: each suggestion of each rule, applied to each of the rule's
 * positive examples (test/fixtures/rules/<lang>.tsv), passes the checks of fix-quality.ts.
 */
import assert from 'node:assert/strict';
import { lint, LANGUAGES } from '../../../src/engine/index.js';
import { fixProblems } from './fix-quality.js';
import { ruleExamples } from './fixtures.js';

describe('fix check: every suggestion of every rule leaves a correct sentence', () => {
  let checked = 0;
  after(() => console.log(`      fix check: ${checked} applied suggestions checked`));

  for (const language of LANGUAGES) {
    it(`${language}: over every positive rule example`, () => {
      const failures: string[] = [];
      for (const example of ruleExamples(language).filter((e) => !e.negative)) {
        const findings = lint(example.text, { language, structure: false }).filter((f) => f.ruleId === example.ruleId);
        for (const finding of findings) {
          assert.equal(finding.fixes?.length, finding.expected.length, `${example.ruleId}: one fix per suggestion`);
          finding.expected.forEach((suggestion, i) => {
            checked++;
            const { result, problems } = fixProblems(example.text, finding, finding.fixes![i]!, suggestion);
            for (const p of problems)
              failures.push(`${language}.tsv:${example.line} ${example.ruleId} [${p.kind}] ${p.detail}\n      ${example.text}\n    → ${result}`);
          });
        }
      }
      assert.equal(failures.length, 0, `${failures.length} broken fixes:\n${failures.join('\n')}`);
    });
  }
});
