import assert from 'node:assert/strict';
import { Debouncer, Generations, type Timers } from '../../../src/extension/debounce.js';

/** Timers driven by the test: `tick(ms)` runs what is due. */
function fakeTimers(): Timers & { tick(ms: number): void } {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    set(callback, ms) {
      const id = ++next;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
    tick(ms) {
      now += ms;
      for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.callback();
        }
      }
    },
  };
}

describe('debounce and generations', () => {
  it('runs once on the trailing edge, per key', () => {
    const timers = fakeTimers();
    const debouncer = new Debouncer<string>(timers);
    const runs: string[] = [];
    debouncer.trigger('a', 300, () => runs.push('a1'));
    timers.tick(200);
    debouncer.trigger('a', 300, () => runs.push('a2'));
    debouncer.trigger('b', 300, () => runs.push('b1'));
    timers.tick(200);
    assert.deepEqual(runs, []);
    assert.ok(debouncer.isPending('a'));
    timers.tick(100);
    assert.deepEqual(runs, ['a2', 'b1']);
    assert.ok(!debouncer.isPending('a'));
  });

  it('cancels and disposes', () => {
    const timers = fakeTimers();
    const debouncer = new Debouncer<string>(timers);
    const runs: string[] = [];
    debouncer.trigger('a', 10, () => runs.push('a'));
    debouncer.trigger('b', 10, () => runs.push('b'));
    debouncer.cancel('a');
    timers.tick(10);
    debouncer.trigger('c', 10, () => runs.push('c'));
    debouncer.dispose();
    timers.tick(10);
    assert.deepEqual(runs, ['b']);
  });

  it('drops results of an older request', async () => {
    const generations = new Generations<string>();
    const published: string[] = [];
    const work = async (key: string, text: string) => {
      const ticket = generations.next(key);
      await new Promise((resolve) => setTimeout(resolve, text.length));
      if (generations.isCurrent(key, ticket)) published.push(text);
    };
    await Promise.all([work('doc', 'slow old version'), work('doc', 'new')]);
    assert.deepEqual(published, ['new']);
    const pending = work('doc', 'closed meanwhile');
    generations.forget('doc');
    await pending;
    assert.deepEqual(published, ['new']);
  });
});
