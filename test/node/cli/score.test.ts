/** The CLI's reply score: `--format json` adds score, parts and losses; stylish prints a summary line. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../engine/fixtures.js';

const ROOT = join(FIXTURES, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const fixture = (name: string) => join(FIXTURES, 'cli', name);

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sincerely CLI: reply score', () => {
  before(function () {
    this.timeout(120_000);
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });

  it('--format json adds score, parts and losses after the messages, for good and bad replies in both languages', () => {
    const files = ['reply-good.en.txt', 'reply-bad.en.txt', 'reply-good.ru.txt', 'reply-bad.ru.txt'].map(fixture);
    const { code, stdout, stderr } = run(['--format', 'json', ...files]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as Array<Record<string, any>>;
    for (const entry of report) assert.deepEqual(Object.keys(entry), ['file', 'messages', 'score', 'parts', 'losses', 'structure', 'toneChecked']);
    for (const entry of report) assert.equal(entry.toneChecked, true);
    const [goodEn, badEn, goodRu, badRu] = report;
    for (const good of [goodEn!, goodRu!]) {
      assert.equal(good.score, 10);
      assert.deepEqual(good.parts.missing, []);
      assert.ok(good.parts.present.includes('apology') && good.parts.present.includes('deadline'));
      assert.deepEqual(good.messages, []);
      assert.deepEqual(good.structure, []);
      assert.deepEqual(good.losses, []);
    }
    for (const bad of [badEn!, badRu!]) {
      assert.equal(bad.score, 0);
      // "Sorry …, but" is either a tone finding (sorry-but, and then not an apology) or apology-but: never both.
      // Naming what went wrong («не тот шаблон», "the wrong template") acknowledges the problem.
      assert.ok(
        bad.parts.present.every((p: string) => p === 'apology' || p === 'acknowledge'),
        bad.parts.present.join(', '),
      );
      assert.ok(bad.parts.missing.includes('remedy') && bad.parts.missing.includes('responsibility'));
      assert.equal(
        bad.losses.reduce((n: number, l: { points: number }) => n + l.points, 0),
        10,
      );
      // Tone findings stay in `messages`; the whole-reply structure findings are in `structure`.
      assert.ok(bad.messages.every((m: { category: string }) => m.category !== 'structure'));
      assert.ok(bad.structure.every((m: { category: string }) => m.category === 'structure'));
      const ids = [...bad.messages, ...bad.structure].map((m: { ruleId: string }) => m.ruleId);
      for (const id of ['missing-remedy', 'exclamation-run', 'did-our-best']) assert.ok(ids.includes(id), id);
      assert.equal(ids.filter((id: string) => id === 'apology-but' || id === 'sorry-but').length, 1, ids.join(', '));
      const missing = bad.structure.find((m: { ruleId: string }) => m.ruleId === 'missing-remedy');
      assert.deepEqual([missing.category, missing.severity, missing.line, missing.column, missing.expected], ['structure', 'information', 1, 1, []]);
    }
  });

  it('--format json gives score and parts null for a text that is not a reply', () => {
    const { code, stdout } = run(['--format', 'json'], 'The parcel left our warehouse on Monday.');
    assert.equal(code, 0);
    const [entry] = JSON.parse(stdout);
    assert.deepEqual(entry, { file: '<stdin>', messages: [], score: null, parts: null, losses: [], structure: [], toneChecked: true });
  });

  it('stylish prints a one-line summary per reply', () => {
    const { stdout } = run([fixture('reply-good.en.txt'), fixture('reply-bad.ru.txt')]);
    assert.match(stdout, /reply-good\.en\.txt: Reply score 10\/10 — all parts present\n/);
    assert.match(
      stdout,
      /reply-bad\.ru\.txt: Reply score 0\/10 — missing: (acknowledge, )?empathy, (apology, )?responsibility, remedy, compensation, follow-up, thanks(; findings −[\d.]+)?\n/,
    );
    const deadline = run(
      [],
      'Hello Anna,\n\nI am sorry, this was my mistake. Thank you for writing, I have received your message, and I understand how frustrating this is. I will resend the files. I am adding a 10% discount. Please tell me whether this works for you. Thanks for your patience.',
    );
    assert.match(deadline.stdout, /<stdin>: Reply score 9\.5\/10 — missing: deadline\n?$/);
  });

  it('the structure setting in .sincerelyrc.json turns the checks and the score off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-rc-'));
    writeFileSync(join(dir, '.sincerelyrc.json'), '{"structure": false}');
    copyFileSync(fixture('reply-bad.en.txt'), join(dir, 'reply-bad.en.txt'));
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', join(dir, 'reply-bad.en.txt')], { encoding: 'utf8' });
    const [entry] = JSON.parse(result.stdout);
    assert.equal(entry.score, null);
    assert.deepEqual(entry.structure, []);
  });
});
