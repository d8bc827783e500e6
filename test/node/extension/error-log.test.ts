import assert from 'node:assert/strict';
import { describeError, ErrorLog, type LogSink } from '../../../src/extension/error-log.js';

const AT = new Date('2024-05-01T12:00:00.000Z');

function recordingLog(): { log: ErrorLog; lines: string[]; opened: () => number } {
  const lines: string[] = [];
  let opened = 0;
  const log = new ErrorLog((): LogSink => {
    opened++;
    return { appendLine: (line) => lines.push(line) };
  });
  return { log, lines, opened: () => opened };
}

/** Lets pending promise reactions run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('error log (errors caught in the event handlers)', () => {
  it('describeError: the context, the time, and the stack of an Error', () => {
    const error = new TypeError('boom');
    const line = describeError('lint on open', error, AT);
    assert.ok(line.startsWith('[2024-05-01T12:00:00.000Z] Sincerely: error in lint on open: TypeError: boom'), line);
    assert.ok(line.includes('error-log.test'), 'the stack is kept');
  });

  it('describeError: an Error without a stack, and values that are not errors', () => {
    const error = new Error('no stack');
    error.stack = '';
    assert.equal(describeError('save', error, AT), '[2024-05-01T12:00:00.000Z] Sincerely: error in save: Error: no stack');
    assert.equal(describeError('save', 'text', AT), '[2024-05-01T12:00:00.000Z] Sincerely: error in save: text');
    assert.equal(describeError('save', undefined, AT), '[2024-05-01T12:00:00.000Z] Sincerely: error in save: undefined');
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    assert.equal(describeError('save', hostile, AT), '[2024-05-01T12:00:00.000Z] Sincerely: error in save: [object Object]');
  });

  it('counts nothing and opens no channel while nothing fails', async () => {
    const { log, lines, opened } = recordingLog();
    log.run('ok', () => 1);
    log.run('ok async', async () => 1);
    await settle();
    assert.equal(log.count, 0);
    assert.equal(opened(), 0, 'the output channel is created on the first error only');
    assert.deepEqual(lines, []);
  });

  it('run: a synchronous throw and a rejection are reported, counted, and never rethrown', async () => {
    const { log, lines, opened } = recordingLog();
    log.run('edit', () => {
      throw new Error('sync');
    });
    log.run('lint on save', () => Promise.reject(new Error('async')));
    log.run('lint on change', async () => {
      throw 'a string';
    });
    await settle();
    assert.equal(log.count, 3);
    assert.equal(opened(), 1, 'one channel for every error');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /error in edit: Error: sync/);
    assert.match(lines[1]!, /error in lint on save: Error: async/);
    assert.match(lines[2]!, /error in lint on change: a string$/);
  });

  it('a failing channel does not make report throw, and the error is still counted', () => {
    const log = new ErrorLog(() => {
      throw new Error('no channel');
    });
    log.report('close', new Error('x'));
    assert.equal(log.count, 1);
  });
});
