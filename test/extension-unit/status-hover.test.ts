import assert from 'node:assert/strict';
import { COMMANDS, RULES_DOC_URL } from '../../src/extension/constants.js';
import { escapeMarkdown, hoverMarkdown } from '../../src/extension/hover-model.js';
import { composeStatus } from '../../src/extension/status-model.js';
import { english } from '../../src/extension/translate.js';

describe('status bar text', () => {
  it('shows a check for a clean draft and the count otherwise, and lints on click', () => {
    assert.deepEqual(composeStatus({ reason: 'untitled', linted: true, count: 0 }, english), {
      visible: true,
      text: '$(check) Sincerely',
      tooltip: 'Linted: an untitled draft.\nNo findings.',
      command: COMMANDS.lint,
    });
    const view = composeStatus({ reason: 'glob', linted: true, count: 3 }, english);
    assert.equal(view.text, '$(warning) Sincerely: 3');
    assert.equal(view.tooltip, 'Linted: the file matches sincerely.draftGlobs.\nFindings: 3.');
  });

  it('says why a document is not linted, and a click opts it in', () => {
    const view = composeStatus({ reason: 'notDraft', linted: false, count: undefined }, english);
    assert.equal(view.text, '$(eye-closed) Sincerely');
    assert.equal(view.tooltip, 'Not a draft: not linted. Click to lint this document always.');
    assert.equal(view.command, COMMANDS.lintAlways);
    assert.equal(composeStatus({ reason: 'disabled', linted: false, count: undefined }, english).command, COMMANDS.toggle);
    assert.equal(composeStatus({ reason: 'manual', linted: false, count: undefined }, english).command, COMMANDS.lint);
  });

  it('shows the results of a lint on demand even out of scope', () => {
    assert.equal(composeStatus({ reason: 'notDraft', linted: false, count: 2 }, english).text, '$(warning) Sincerely: 2');
  });

  it('hides itself for other languages and editor views', () => {
    assert.equal(composeStatus({ reason: 'language', linted: false, count: undefined }, english).visible, false);
    assert.equal(composeStatus({ reason: 'scheme', linted: false, count: undefined }, english).visible, false);
    assert.equal(composeStatus({ reason: 'language', linted: false, count: 1 }, english).visible, true);
  });

  it('has room for the reply score', () => {
    const view = composeStatus({ reason: 'reply', linted: true, count: 1, score: 72 }, english);
    assert.equal(view.text, '$(warning) Sincerely: 1 · 72');
    assert.match(view.tooltip, /Reply score: 72\/100\./);
  });
});

describe('hover text', () => {
  it('gives the message, the note, the suggestions and the rule id with its link', () => {
    const markdown = hoverMarkdown(
      { ruleId: 'did-our-best', message: 'Effort is not a result.', note: 'Own it.', expected: ['It was my mistake.', 'I [missed] it'] },
      english,
    );
    assert.equal(
      markdown,
      [
        '**Effort is not a result\\.**',
        'Own it\\.',
        'Try instead:\n\n- «It was my mistake\\.»\n- «I \\[missed\\] it»',
        `Sincerely rule [\`did-our-best\`](${RULES_DOC_URL}#did-our-best)`,
      ].join('\n\n'),
    );
  });

  it('leaves out the suggestions when there are none', () => {
    assert.doesNotMatch(hoverMarkdown({ ruleId: 'r', message: 'm', note: '', expected: [] }, english), /Try instead/);
  });

  it('escapes Markdown in the rule texts', () => {
    assert.equal(escapeMarkdown('*a* _b_ <c> `d`'), '\\*a\\* \\_b\\_ \\<c\\> \\`d\\`');
  });
});
