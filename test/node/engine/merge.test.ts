import assert from 'node:assert/strict';
import { lint, mergeFindings, MISSING_PARTS_RULE } from '../../../src/engine/index.js';

describe('one finding per place (mergeFindings)', () => {
  it('merges tone findings on overlapping words: the strongest message, the best suggestions, the other rule ids', () => {
    const text = 'It was just a small bug caused by your old browser.';
    const all = lint(text, { language: 'en', structure: false });
    assert.ok(all.length >= 2, `several rules on one phrase: ${all.map((f) => f.ruleId).join(', ')}`);
    const merged = mergeFindings(all);
    assert.equal(merged.length, 1);
    const [one] = merged as [(typeof merged)[0]];
    assert.ok(one.expected.length <= 3 && one.expected.length > 0);
    assert.equal(one.fixes?.length, one.expected.length);
    assert.deepEqual(new Set([one.ruleId, ...(one.also ?? [])]), new Set(all.map((f) => f.ruleId)));
    assert.equal(one.offset, Math.min(...all.map((f) => f.offset)));
    assert.equal(one.endOffset, Math.max(...all.map((f) => f.endOffset)));
  });

  it('keeps findings on separate words apart', () => {
    const all = lint('We did our best. Calm down.', { language: 'en', structure: false });
    assert.equal(mergeFindings(all).length, all.length);
  });

  it('lists the missing parts of a reply in one finding on the greeting', () => {
    // «Your parcel»: a greeting and a sign-off alone no longer make a text a reply; a reference to the reader's order does.
    const text = 'Hi Anna,\n\nYour parcel left our warehouse on Monday.\n\nBest,\nJo\n';
    const all = lint(text, { language: 'en' });
    const missing = all.filter((f) => f.ruleId.startsWith('missing-'));
    assert.ok(missing.length >= 2, `several missing parts: ${missing.map((f) => f.ruleId).join(', ')}`);
    const merged = mergeFindings(all).filter((f) => f.category === 'structure' && f.ruleId.startsWith('missing-'));
    assert.equal(merged.length, 1);
    assert.equal(merged[0]!.ruleId, MISSING_PARTS_RULE);
    assert.deepEqual(new Set(merged[0]!.also), new Set(missing.map((f) => f.ruleId)));
    assert.match(merged[0]!.message, /^The reply is missing parts: /);
    assert.equal(merged[0]!.offset, missing[0]!.offset);
  });
});
