import assert from 'node:assert/strict';
import { lint } from '../../../src/engine/index.js';
import { RULES } from '../../../src/engine/rules/data.generated.js';
import { LANGUAGES } from '../../../src/engine/types.js';
import { ruleExamples } from './fixtures.js';

for (const language of LANGUAGES) {
  describe(`rules (${language}): every rule through its examples (YAML examples and fixtures)`, () => {
    const examples = ruleExamples(language);
    const ids = new Set(RULES.filter((r) => r.language === language).map((r) => r.id));

    it('every rule has a positive and a negative example, and every example names a rule', () => {
      for (const id of ids) {
        assert.ok(
          examples.some((e) => e.ruleId === id && !e.negative),
          `${id} has no positive example`,
        );
        assert.ok(
          examples.some((e) => e.ruleId === id && e.negative),
          `${id} has no negative example`,
        );
      }
      for (const e of examples) assert.ok(ids.has(e.ruleId), `${e.source}:${e.line}: unknown rule ${e.ruleId}`);
    });

    for (const e of examples) {
      it(`${e.negative ? 'passes' : 'flags'} ${e.ruleId}: ${e.text}`, () => {
        const findings = lint(e.text, { language, structure: false });
        if (e.negative) {
          assert.deepEqual(
            findings.map((f) => `${f.ruleId}: ${f.actual}`),
            [],
            `${e.source}:${e.line}`,
          );
        } else {
          const hit = findings.find((f) => f.ruleId === e.ruleId);
          assert.ok(hit, `${e.source}:${e.line}: expected ${e.ruleId}, got [${findings.map((f) => f.ruleId).join(', ')}]`);
          if (e.marked !== undefined) assert.equal(hit.actual, e.marked, `${e.source}:${e.line}: range`);
        }
      });
    }
  });
}
