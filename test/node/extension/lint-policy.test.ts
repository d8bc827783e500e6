/** When a document is linted: the triggers `sincerely.run` allows, and the size limit for typing. */
import assert from 'node:assert/strict';
import {
  lintAllowed,
  overTypingLimit,
  resumedTrigger,
  runAllows,
  surelyOverTypingLimit,
  utf8Length,
  type Trigger,
} from '../../../src/extension/lint-policy.js';
import { RUNS } from '../../../src/extension/settings-model.js';

const TRIGGERS: Trigger[] = ['open', 'change', 'save', 'config', 'optIn', 'command'];

describe('lint policy', () => {
  it('sincerely.run: onType lints on open, typing and settings changes; onSave on save; manual on demand only', () => {
    const allowed = (run: (typeof RUNS)[number]) => TRIGGERS.filter((t) => runAllows(run, t));
    assert.deepEqual(allowed('onType'), ['open', 'change', 'config', 'optIn', 'command']);
    assert.deepEqual(allowed('onSave'), ['open', 'save', 'config', 'optIn', 'command']);
    assert.deepEqual(allowed('manual'), ['optIn', 'command']);
  });

  it('a document under the limit follows sincerely.run', () => {
    for (const run of RUNS) for (const trigger of TRIGGERS) assert.equal(lintAllowed(run, trigger, false), runAllows(run, trigger), `${run} ${trigger}`);
  });

  it('a document over the limit is linted on save and on demand only, whatever sincerely.run says (manual: on demand only)', () => {
    const allowed = (run: (typeof RUNS)[number]) => TRIGGERS.filter((t) => lintAllowed(run, t, true));
    assert.deepEqual(allowed('onType'), ['save', 'optIn', 'command']);
    assert.deepEqual(allowed('onSave'), ['save', 'optIn', 'command']);
    assert.deepEqual(allowed('manual'), ['optIn', 'command']);
  });

  it("a settings change or a tab shown again takes over a save, command or opt-in lint it interrupts, a save takes over an edit's; nothing else does", () => {
    for (const trigger of TRIGGERS) {
      for (const interrupted of [undefined, ...TRIGGERS]) {
        const takesOver =
          ((trigger === 'config' || trigger === 'open') && (interrupted === 'save' || interrupted === 'command' || interrupted === 'optIn')) ||
          (trigger === 'save' && interrupted === 'change');
        assert.equal(resumedTrigger(trigger, interrupted, true), takesOver ? interrupted : trigger, `${trigger} interrupting ${interrupted}`);
        assert.equal(resumedTrigger(trigger, interrupted, false), trigger, `${trigger} interrupting ${interrupted}, linting turned off`);
        // With run = onSave the save lints by itself: it keeps its own trigger.
        if (trigger === 'save') assert.equal(resumedTrigger(trigger, interrupted, true, 'onSave'), 'save', `save interrupting ${interrupted}, run onSave`);
        // A document over the typing limit is never linted by an edit: its save lints it.
        if (trigger === 'save')
          assert.equal(resumedTrigger(trigger, interrupted, true, 'onType', true), 'save', `save interrupting ${interrupted}, over the typing limit`);
      }
    }
  });

  it('measures the size in UTF-8 bytes, like an encoder', () => {
    for (const text of ['', 'plain ascii', 'Здравствуйте, Анна!', 'emoji 👍 and € sign', '\ud800 lone surrogate', 'x'.repeat(1000)]) {
      assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text.slice(0, 20)));
    }
  });

  it('the limit is in KB of 1024 bytes; over it means strictly larger (default 2048 KB = 2 MB)', () => {
    assert.equal(overTypingLimit(2048 * 1024, 2048), false);
    assert.equal(overTypingLimit(2048 * 1024 + 1, 2048), true);
    assert.equal(overTypingLimit(1, 0), true, '0: every non-empty document is linted on save only');
    assert.equal(overTypingLimit(0, 0), false);
  });

  it('the keystroke test on the length never says "over" for a document whose bytes are under the limit', () => {
    const russian = 'Я'.repeat(1500);
    assert.equal(utf8Length(russian), 3000);
    assert.equal(surelyOverTypingLimit(russian.length, 2), false, '1500 characters: measure the bytes later');
    assert.equal(overTypingLimit(utf8Length(russian), 2), true, '3000 bytes > 2 KB');
    assert.equal(surelyOverTypingLimit(2049, 2), true);
  });
});
