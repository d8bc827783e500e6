import assert from 'node:assert/strict';
import { isValidGlob, matchesAnyGlob } from '../../../src/extension/glob.js';
import { EDITOR_DEFAULTS } from '../../../src/extension/settings-model.js';

describe('draft globs', () => {
  const defaults = EDITOR_DEFAULTS.draftGlobs;
  const cases: Array<[string, boolean]> = [
    ['letter.reply.md', true],
    ['clients/acme/letter.reply.txt', true],
    ['replies/acme.md', true],
    ['work/replies/2026/acme.txt', true],
    ['ответы/клиент.txt', true],
    ['проекты/ответы/клиент.md', true],
    ['README.md', false],
    ['docs/reply.md', false],
    ['repliesx/a.md', false],
    ['letter.reply.md.bak', false],
  ];
  for (const [path, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(matchesAnyGlob(defaults, path), expected));
  }

  it('matches absolute paths, with either separator', () => {
    assert.equal(matchesAnyGlob(defaults, undefined, '/home/anna/replies/acme.md'), true);
    assert.equal(matchesAnyGlob(defaults, undefined, 'C:\\Users\\anna\\replies\\acme.md'), true);
    assert.equal(matchesAnyGlob(defaults, undefined, '/home/anna/notes/acme.md'), false);
  });

  it('compares Unicode paths in NFC (macOS gives NFD file names)', () => {
    assert.equal(matchesAnyGlob(['**/объём/**'], 'объём/a.txt'.normalize('NFD')), true);
  });

  it('matches a pattern without a slash against the file name', () => {
    assert.equal(matchesAnyGlob(['*.letter'], 'a/b/c.letter'), true);
    assert.equal(matchesAnyGlob(['a/*.letter'], 'a/b/c.letter'), false);
  });

  it('supports *, ?, {a,b} and [classes]', () => {
    const matches = (glob: string, path: string) => matchesAnyGlob([glob], path);
    assert.ok(matches('*.{md,txt}', 'a.txt'));
    assert.ok(!matches('*.{md,txt}', 'a.doc'));
    assert.ok(matches('draft-?.md', 'draft-1.md'));
    assert.ok(!matches('x/*.md', 'x/a/b.md'));
    assert.ok(matches('draft-[0-9].md', 'draft-7.md'));
    assert.ok(!matches('draft-[!0-9].md', 'draft-7.md'));
    assert.ok(matches('a/**/b.md', 'a/b.md'));
    assert.ok(matches('a/**/b.md', 'a/x/y/b.md'));
    assert.ok(matches('**/replies/**', '.hidden/replies/a.md'), 'dot folders are matched too');
  });

  it('rejects patterns that cannot be compiled', () => {
    assert.equal(isValidGlob('{a,b'), false);
    assert.equal(isValidGlob('draft-[0-9.md'), false);
    assert.equal(isValidGlob(''), false);
    assert.equal(isValidGlob('**/*.md'), true);
  });
});
