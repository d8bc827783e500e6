import assert from 'node:assert/strict';
import { decideScope, readsLikeDraft, type ScopeInput } from '../../../src/extension/scope.js';
import { EDITOR_DEFAULTS } from '../../../src/extension/settings-model.js';

function input(overrides: Partial<ScopeInput> = {}): ScopeInput {
  return {
    enabled: true,
    scope: 'drafts',
    scheme: 'file',
    languageId: 'markdown',
    languages: EDITOR_DEFAULTS.languages,
    draftGlobs: EDITOR_DEFAULTS.draftGlobs,
    relativePath: 'README.md',
    absolutePath: '/work/project/README.md',
    optedIn: false,
    looksLikeReply: () => false,
    ...overrides,
  };
}

describe('scope decisions', () => {
  it('does not lint a project README in the default drafts scope', () => {
    assert.deepEqual(decideScope(input()), { lint: false, reason: 'notDraft' });
  });

  it('lints untitled drafts, draft globs, opted-in files and replies, saying why', () => {
    assert.deepEqual(decideScope(input({ scheme: 'untitled', relativePath: undefined, absolutePath: 'Untitled-1' })), { lint: true, reason: 'untitled' });
    assert.deepEqual(decideScope(input({ relativePath: 'replies/acme.md' })), { lint: true, reason: 'glob' });
    assert.deepEqual(decideScope(input({ relativePath: undefined, absolutePath: '/tmp/acme.reply.txt' })), { lint: true, reason: 'glob' });
    assert.deepEqual(decideScope(input({ optedIn: true })), { lint: true, reason: 'optedIn' });
    assert.deepEqual(decideScope(input({ looksLikeReply: () => true })), { lint: true, reason: 'reply' });
  });

  it('reads the text only when nothing else decides', () => {
    let read = 0;
    const looksLikeReply = () => {
      read++;
      return true;
    };
    decideScope(input({ relativePath: 'replies/a.md', looksLikeReply }));
    decideScope(input({ scope: 'all', looksLikeReply }));
    decideScope(input({ languageId: 'javascript', looksLikeReply }));
    assert.equal(read, 0);
    decideScope(input({ looksLikeReply }));
    assert.equal(read, 1);
  });

  it('scope "all" lints every document of the languages; "manual" none of them', () => {
    assert.deepEqual(decideScope(input({ scope: 'all' })), { lint: true, reason: 'all' });
    assert.deepEqual(decideScope(input({ scope: 'manual', scheme: 'untitled' })), { lint: false, reason: 'manual' });
    assert.deepEqual(decideScope(input({ scope: 'manual', relativePath: 'replies/a.md' })), { lint: false, reason: 'manual' });
  });

  it('lints an untitled draft that reads like a reply whatever language VS Code guessed for it', () => {
    const guessed = input({ languageId: 'ini', scheme: 'untitled', relativePath: undefined, absolutePath: 'Untitled-1', looksLikeReply: () => true });
    assert.deepEqual(decideScope(guessed), { lint: true, reason: 'guessed' });
    assert.deepEqual(decideScope({ ...guessed, looksLikeReply: () => false }), { lint: false, reason: 'language' });
    assert.deepEqual(decideScope({ ...guessed, scheme: 'file' }), { lint: false, reason: 'language' });
    assert.deepEqual(decideScope({ ...guessed, scope: 'manual' }), { lint: false, reason: 'language' });
    assert.deepEqual(decideScope({ ...guessed, looksLikeReply: () => false, readsLikeDraft: () => true }), { lint: true, reason: 'guessed' });
  });

  it('reads a letter or prose as a draft, settings and code not', () => {
    assert.equal(readsLikeDraft('Здравствуйте, Марк!\n\nМы старались изо всех сил.\n\nС уважением,\nАнна'), true);
    assert.equal(readsLikeDraft('Мы старались изо всех сил, но курьер опоздал на два дня.'), true);
    assert.equal(readsLikeDraft('[server]\nport = 8080\nname = Мы старались изо всех сил.'), false);
    assert.equal(readsLikeDraft('x = 1\ny = 2'), false);
  });

  it('skips other languages, unless the file was opted in', () => {
    assert.deepEqual(decideScope(input({ languageId: 'typescript', scope: 'all' })), { lint: false, reason: 'language' });
    assert.deepEqual(decideScope(input({ languageId: 'typescript', scheme: 'untitled' })), { lint: false, reason: 'language' });
    assert.deepEqual(decideScope(input({ languageId: 'latex', languages: ['latex'], scope: 'all' })), { lint: true, reason: 'all' });
    assert.deepEqual(decideScope(input({ languageId: 'typescript', optedIn: true })), { lint: true, reason: 'optedIn' });
  });

  it('opted-in files are linted in the manual scope too', () => {
    assert.deepEqual(decideScope(input({ scope: 'manual', optedIn: true })), { lint: true, reason: 'optedIn' });
  });

  it('lints nothing when disabled, and never output panes or git views', () => {
    assert.deepEqual(decideScope(input({ enabled: false, optedIn: true, scheme: 'untitled' })), { lint: false, reason: 'disabled' });
    assert.deepEqual(decideScope(input({ scheme: 'output', scope: 'all', languageId: 'plaintext' })), { lint: false, reason: 'scheme' });
    assert.deepEqual(decideScope(input({ scheme: 'git', relativePath: 'replies/a.md' })), { lint: false, reason: 'scheme' });
  });

  it('works in virtual workspaces (any scheme with a path)', () => {
    assert.deepEqual(decideScope(input({ scheme: 'vscode-vfs', relativePath: 'replies/a.md', absolutePath: '/owner/repo/replies/a.md' })), {
      lint: true,
      reason: 'glob',
    });
  });
});
