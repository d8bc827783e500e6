/** When a document is linted: the triggers `sincerely.run` allows, and the size limit for typing. */
import assert from 'node:assert/strict';
import {
  lintAllowed,
  overTypingLimit,
  refreshedTrigger,
  resumedTrigger,
  runAllows,
  surelyOverTypingLimit,
  utf8Length,
  type Trigger,
} from '../../../src/extension/lint-policy.js';
import { RUNS, type Run } from '../../../src/extension/settings-model.js';

const TRIGGERS: Trigger[] = ['open', 'change', 'save', 'config', 'optIn', 'command'];
const REQUESTED: Trigger[] = ['save', 'command', 'optIn'];

/**
 * Whether a trigger lints a document, as the controller decides (linter-controller.ts
 * lintDocument): the command whatever the scope, the other triggers within it when the policy
 * allows them.
 */
const lints = (trigger: Trigger, run: Run, large: boolean, inScope: boolean) => trigger === 'command' || (inScope && lintAllowed(run, trigger, large));

/**
 * What a settings change does to a document, composed as the controller composes the policy:
 * the lint in flight (`interrupted`) resumed, else the lint whose diagnostics it shows run again.
 */
function onSettingsChange(o: { run: Run; large: boolean; inScope: boolean; interrupted?: Trigger; shown?: { trigger: Trigger; manual: boolean } }) {
  const resumed = resumedTrigger('config', o.interrupted, true, o.run, o.large);
  const trigger = refreshedTrigger(resumed, o.shown, true, o.run, o.large, o.inScope);
  return { trigger, lints: lints(trigger, o.run, o.large, o.inScope) };
}

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

  it('a settings change runs again the save, command or opt-in lint whose diagnostics a document over the limit shows', () => {
    for (const run of ['onType', 'onSave'] as const) {
      for (const shown of REQUESTED) {
        assert.equal(refreshedTrigger('config', { trigger: shown, manual: false }, true, run, true, true), shown, `${run}, shown by ${shown}`);
      }
    }
    // run: manual: the save would not lint it now, the command and an opt-in would.
    assert.equal(refreshedTrigger('config', { trigger: 'save', manual: false }, true, 'manual', true, true), 'config');
    assert.equal(refreshedTrigger('config', { trigger: 'command', manual: false }, true, 'manual', true, true), 'command');
    assert.equal(refreshedTrigger('config', { trigger: 'optIn', manual: false }, true, 'manual', false, true), 'optIn');
  });

  it('nothing else is run again: not when the settings change lints by itself, not for automatic lints, not when linting is off or the document left the scope', () => {
    for (const shown of TRIGGERS) {
      // Under the limit with run onType a settings change lints by itself.
      assert.equal(refreshedTrigger('config', { trigger: shown, manual: false }, true, 'onType', false, true), 'config', `shown by ${shown}, under the limit`);
      assert.equal(refreshedTrigger('config', { trigger: shown, manual: false }, false, 'onType', true, true), 'config', `shown by ${shown}, linting off`);
    }
    for (const shown of ['open', 'change', 'config'] as const) {
      assert.equal(refreshedTrigger('config', { trigger: shown, manual: false }, true, 'onType', true, true), 'config', `shown by ${shown}`);
    }
    assert.equal(refreshedTrigger('config', undefined, true, 'onType', true, true), 'config', 'nothing shown');
    for (const trigger of TRIGGERS.filter((t) => t !== 'config')) {
      assert.equal(refreshedTrigger(trigger, { trigger: 'save', manual: false }, true, 'onType', true, true), trigger, `${trigger} is no settings change`);
    }
    // Out of scope: the save's and the in-scope command's diagnostics are cleared, those of the command out of scope kept and run again.
    assert.equal(refreshedTrigger('config', { trigger: 'save', manual: false }, true, 'onType', true, false), 'config');
    assert.equal(refreshedTrigger('config', { trigger: 'command', manual: false }, true, 'onType', false, false), 'config');
    assert.equal(refreshedTrigger('config', { trigger: 'command', manual: true }, true, 'onType', false, false), 'command');
  });

  it('a lint that was asked for follows a settings change, whether the change comes while it runs or after it is over', () => {
    for (const run of RUNS) {
      for (const large of [false, true]) {
        for (const inScope of [false, true]) {
          for (const requested of REQUESTED) {
            if (!lints(requested, run, large, inScope)) continue;
            const where = `${requested}, run ${run}, ${large ? 'over' : 'under'} the limit, ${inScope ? 'in' : 'out of'} scope`;
            assert.ok(onSettingsChange({ run, large, inScope, interrupted: requested }).lints, `changed while it runs: ${where}`);
            const shown = { trigger: requested, manual: requested === 'command' && !inScope };
            assert.ok(onSettingsChange({ run, large, inScope, shown }).lints, `changed after it is over: ${where}`);
          }
        }
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
