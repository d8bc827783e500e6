import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, closeAllEditors, lintAndListTone, openUntitled } from './helpers';
import { SNIPPETS } from './templates';

describe('snippets', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('both languages contribute snippets', () => {
    assert.ok(SNIPPETS.en.length >= 10, `${SNIPPETS.en.length} English snippets`);
    assert.ok(SNIPPETS.ru.length >= 10, `${SNIPPETS.ru.length} Russian snippets`);
  });

  for (const language of ['en', 'ru'] as const) {
    for (const snippet of SNIPPETS[language]) {
      it(`${snippet.prefix}: inserted with editor.insertSnippet, no tone findings`, async () => {
        const editor = await openUntitled('', 'markdown');
        assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippet.body)), 'inserted');
        assert.ok(editor.document.getText().trim().length > 0, 'the snippet wrote text');
        const { tone } = await lintAndListTone(editor.document);
        assert.deepStrictEqual(tone, [], `tone findings in «${snippet.name}»`);
      });
    }
  }
});
