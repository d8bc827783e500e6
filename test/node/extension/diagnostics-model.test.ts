import assert from 'node:assert/strict';
import { lint, type Finding } from '../../../src/engine/index.js';
import { SOURCE } from '../../../src/extension/constants.js';
import { findingForDiagnostic, findingRange, rangeContains, toDiagnosticData } from '../../../src/extension/diagnostics-model.js';

const finding: Finding = {
  ruleId: 'did-our-best',
  category: 'excuse',
  severity: 'warning',
  message: 'Effort is not a result; the client hears an excuse.',
  note: 'Name what went wrong and own it.',
  actual: 'we did\nour best',
  expected: ['We did not deliver what we promised.'],
  offset: 10,
  endOffset: 25,
  line: 2,
  column: 5,
  endLine: 3,
  endColumn: 9,
  language: 'en',
};

describe('findings to diagnostics', () => {
  it('maps range, message, severity, source and a code linking to the rule', () => {
    assert.deepEqual(toDiagnosticData(finding), {
      range: { start: { line: 1, character: 4 }, end: { line: 2, character: 8 } },
      message: 'Effort is not a result; the client hears an excuse.',
      severity: 1,
      source: SOURCE,
      code: { value: 'did-our-best', target: 'sincerely-rule:/did-our-best.md' },
    });
  });

  it('maps every severity to the vscode.DiagnosticSeverity value', () => {
    const severities = (['error', 'warning', 'information', 'hint'] as const).map((severity) => toDiagnosticData({ ...finding, severity }).severity);
    assert.deepEqual(severities, [0, 1, 2, 3]);
  });

  it('gives ranges that cover exactly the flagged text of a real draft', () => {
    const text = 'Hello Anna,\r\n\r\nI know. We did our best, honestly.\nМы старались изо всех сил.';
    const findings = lint(text);
    assert.ok(findings.length >= 1);
    const lines = text.split(/\r\n|\n/);
    for (const f of findings) {
      const { start, end } = toDiagnosticData(f).range;
      assert.equal(start.line, end.line);
      assert.equal(lines[start.line]!.slice(start.character, end.character), f.actual);
    }
  });

  it('finds the finding behind a diagnostic by rule and range, and positions inside a range', () => {
    const range = findingRange(finding);
    assert.equal(findingForDiagnostic([finding], 'did-our-best', range), finding);
    assert.equal(findingForDiagnostic([finding], 'other', range), undefined);
    assert.equal(findingForDiagnostic([finding], 'did-our-best', { ...range, end: { line: 2, character: 7 } }), undefined);
    assert.ok(rangeContains(range, { line: 1, character: 4 }));
    assert.ok(rangeContains(range, { line: 2, character: 8 }));
    assert.ok(rangeContains(range, { line: 1, character: 80 }));
    assert.ok(!rangeContains(range, { line: 1, character: 3 }));
    assert.ok(!rangeContains(range, { line: 2, character: 9 }));
  });
});
