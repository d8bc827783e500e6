/** The CLI, spawned as a process: output formats, exit codes, config files and bad input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../engine/fixtures.js';

const CLI = join(FIXTURES, '..', '..', 'dist', 'cli.cjs');
const fixture = (name: string) => join(FIXTURES, 'cli', name);

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const JSON_FIELDS = ['ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected'];

describe('sincerely CLI', () => {
  it('prints the JSON interface with exactly the documented fields first', () => {
    const { code, stdout, stderr } = run(['--format', 'json', fixture('excuse.en.txt')]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.length, 1);
    assert.equal(report[0].file, fixture('excuse.en.txt'));
    const message = report[0].messages.find((m: { ruleId: string }) => m.ruleId === 'did-our-best');
    assert.ok(message);
    assert.deepEqual(Object.keys(message).slice(0, JSON_FIELDS.length), JSON_FIELDS);
    assert.equal(message.category, 'excuse');
    assert.equal(message.line, 3);
    assert.equal(message.column, 1);
    assert.match(message.actual, /^We did our best/);
    assert.ok(message.expected.length >= 1);
  });

  it('gives per message one fix per suggestion: the exact edit, which leaves a whole sentence', () => {
    const input = 'Hi Anna,\n\nSorry, the delay was not my fault. We will send it ASAP.\n';
    const { stdout } = run(['--format', 'json'], { input });
    const [file] = JSON.parse(stdout);
    for (const m of file.messages) assert.equal(m.fixes.length, m.expected.length, m.ruleId);
    const apply = (fix: { range: [number, number]; text: string }) => input.slice(0, fix.range[0]) + fix.text + input.slice(fix.range[1]);
    const fault = file.messages.find((m: { ruleId: string }) => m.ruleId === 'not-our-fault');
    assert.equal(apply(fault.fixes[0]), 'Hi Anna,\n\nThis is our responsibility, and we will fix it by [date]. We will send it ASAP.\n');
    const asap = file.messages.find((m: { ruleId: string }) => m.ruleId === 'asap');
    assert.equal(apply(asap.fixes[0]), 'Hi Anna,\n\nSorry, the delay was not my fault. We will send it by [date and time].\n');
  });

  it('prints a stylish report naming the file, the position and the rule', () => {
    const { code, stdout } = run([fixture('excuse.ru.txt')]);
    assert.equal(code, 1);
    assert.match(stdout, /excuse\.ru\.txt/);
    assert.match(stdout, /3:1-3:\d+\s+warning\s+.*did-our-best/);
  });

  it('reads standard input when no file is given', () => {
    const { code, stdout } = run(['--format', 'json'], { input: 'We did our best.' });
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout)[0].file, '<stdin>');
  });

  it('exits 0 when nothing at warning level is found', () => {
    const { code, stdout } = run(['--format', 'json', fixture('clean.en.txt')]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout)[0].messages, []);
  });

  it('--quiet keeps errors only', () => {
    const { code, stdout } = run(['--quiet', '--format', 'json', fixture('excuse.en.txt')]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout)[0].messages, []);
  });

  it('--lang forces the language', () => {
    const { stdout } = run(['--lang', 'ru', '--format', 'json'], { input: 'We did our best.' });
    assert.equal(JSON.parse(stdout)[0].messages.filter((m: { category: string }) => m.category !== 'structure').length, 0);
  });

  describe('exit 2 with one clear line and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-cli-'));
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'We did our best. '));
    const cases: Array<[string, string[], RegExp]> = [
      ['a 50 MB file', [huge], /huge\.txt: too large \(50\.0 MB; the limit is 10 MB/],
      ['a bad --max-size', ['--max-size', 'lots'], /--max-size must be a positive number/],
      ['a missing file', [join(dir, 'missing.txt')], /missing\.txt: no such file/],
      ['a directory', [dir], /is a directory/],
      ['a binary file', [binary], /binary file/],
      ['invalid UTF-8', [latin1], /not valid UTF-8/],
      ['an unknown option', ['--frobnicate'], /Unknown option '--frobnicate'/],
      ['an unknown format', ['--format', 'xml'], /unknown format "xml"/],
      ['an unknown language', ['--lang', 'de'], /unknown language "de"/],
    ];
    for (const [name, args, pattern] of cases) {
      it(name, () => {
        const { code, stderr } = run(args);
        assert.equal(code, 2);
        assert.match(stderr, pattern);
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
        assert.doesNotMatch(stderr, /\n\s+at /);
      });
    }
  });

  describe('.sincerelyrc.json', () => {
    it('is read from the working directory upwards', () => {
      const dir = mkdtempSync(join(tmpdir(), 'sincerely-rc-'));
      writeFileSync(join(dir, '.sincerelyrc.json'), JSON.stringify({ disabledRules: ['did-our-best'] }));
      mkdirSync(join(dir, 'drafts'));
      const { stdout } = run(['--format', 'json'], { input: 'We did our best.', cwd: join(dir, 'drafts') });
      assert.deepEqual(
        JSON.parse(stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'did-our-best'),
        [],
      );
    });

    it("is read from the draft's folder upwards, whatever the working directory, once per file", () => {
      const dir = mkdtempSync(join(tmpdir(), 'sincerely-rc-'));
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      mkdirSync(join(dir, 'c'));
      writeFileSync(join(dir, '.sincerelyrc.json'), JSON.stringify({ disabledRules: ['did-our-best'], severity: { loud: 'error' } }));
      writeFileSync(join(dir, 'a', '.sincerelyrc.json'), JSON.stringify({ severity: { excuse: 'error' } }));
      for (const draft of [join(dir, 'a', 'b', 'x.txt'), join(dir, 'c', 'y.txt'), join(dir, 'c', 'z.txt')]) writeFileSync(draft, 'We did our best.');
      const { code, stdout, stderr } = run(['--format', 'json', join(dir, 'a', 'b', 'x.txt'), join(dir, 'c', 'y.txt'), join(dir, 'c', 'z.txt')], {
        cwd: tmpdir(),
      });
      const [nested, top, again] = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>;
      // a/.sincerelyrc.json is the nearest for a/b/x.txt: its severity applies, and the top file's list does not.
      assert.equal(nested!.messages.find((m) => m.ruleId === 'did-our-best')?.severity, 'error');
      assert.deepEqual(
        top!.messages.filter((m) => m.ruleId === 'did-our-best'),
        [],
      );
      assert.deepEqual(
        again!.messages.filter((m) => m.ruleId === 'did-our-best'),
        [],
      );
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, `the top file's problem once: ${stderr}`);
      assert.match(stderr, /"severity\.loud" unknown category/);
    });

    it('reports a bad key in one line naming the file and the key, exits 2 and uses defaults for the rest', () => {
      const dir = mkdtempSync(join(tmpdir(), 'sincerely-rc-'));
      writeFileSync(join(dir, '.sincerelyrc.json'), JSON.stringify({ severity: { excuse: 'loud' }, language: 'en' }));
      const { code, stdout, stderr } = run(['--format', 'json'], { input: 'We did our best.', cwd: dir });
      assert.equal(code, 2);
      assert.match(stderr, /\.sincerelyrc\.json: "severity\.excuse" must be one of .*; using the default$/m);
      assert.equal(stderr.trim().split('\n').length, 1);
      assert.equal(JSON.parse(stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'did-our-best')?.severity, 'warning');
    });

    it('reports malformed JSON', () => {
      const dir = mkdtempSync(join(tmpdir(), 'sincerely-rc-'));
      writeFileSync(join(dir, '.sincerelyrc.json'), '{ "language": ');
      const { code, stderr } = run([], { input: 'hello', cwd: dir });
      assert.equal(code, 2);
      assert.match(stderr, /\.sincerelyrc\.json: not valid JSON/);
    });
  });

  it('skips the tone of a long text that is not a reply, and says so; --any-text checks it', () => {
    const section =
      'The exporter reads its settings from a file in the project folder. Each section names one target, the tables it copies, the schedule it follows and the folder it writes to. Large tables are copied in batches, and the batch size can be set per target.';
    const manual = `${Array.from({ length: 8 }, () => section).join('\n\n')}\n\nThe export failed because the weather was bad.\n`;
    const quiet = run([], { input: manual });
    assert.equal(quiet.code, 0);
    assert.match(quiet.stdout, /does not read as a reply to a complaint; tone not checked \(--any-text/);
    const json = JSON.parse(run(['--format', 'json'], { input: manual }).stdout);
    assert.deepEqual(json[0].messages, []);
    assert.equal(json[0].toneChecked, false);
    const asked = run(['--any-text', '--format', 'json'], { input: manual });
    assert.equal(asked.code, 1);
    const report = JSON.parse(asked.stdout);
    assert.equal(report[0].toneChecked, true);
    assert.ok(
      report[0].messages.some((m: { category: string }) => m.category === 'excuse'),
      asked.stdout,
    );
  });

  it('stops quietly when its output is piped into a closed reader', function () {
    // 80 000 words to lint: a behaviour test, not a timing one; a loaded machine must not fail it.
    this.timeout(120_000);
    const big = 'We did our best. '.repeat(20000);
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} --format json | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`], {
      input: big,
      encoding: 'utf8',
    });
    assert.doesNotMatch(result.stderr, /EPIPE|Error/);
    assert.ok(['0', '1'].includes(result.stdout.trim()), `exit ${result.stdout}`);
  });
});
