import assert from 'node:assert/strict';
import { COMMANDS } from '../../../src/extension/constants.js';
import { escapeMarkdown, hoverMarkdown } from '../../../src/extension/hover-model.js';
import { PARTS } from '../../../src/engine/index.js';
import { composeStatus, MAX_LISTED_LOSSES, partName, replyMarkdown, type ReplyStatus } from '../../../src/extension/status-model.js';
import { english } from '../../../src/extension/translate.js';

describe('status bar text', () => {
  it('shows a check for a clean draft and the count otherwise, and lints on click', () => {
    assert.deepEqual(composeStatus({ reason: 'untitled', linted: true, count: 0 }, english), {
      visible: true,
      text: '$(check) Sincerely',
      tooltip: 'Linted: an untitled draft\\.\n\nNo findings\\.',
      command: COMMANDS.lint,
    });
    const view = composeStatus({ reason: 'glob', linted: true, count: 3 }, english);
    assert.equal(view.text, '$(warning) Sincerely: 3');
    assert.equal(view.tooltip, 'Linted: the file matches sincerely\\.draftGlobs\\.\n\nFindings: 3\\.');
  });

  it('says why a document is not linted, and a click opts it in', () => {
    const view = composeStatus({ reason: 'notDraft', linted: false, count: undefined }, english);
    assert.equal(view.text, '$(eye-closed) Sincerely');
    assert.equal(view.tooltip, 'Not a draft: not linted\\. Click to lint this document always\\.');
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
    const guessed = composeStatus({ reason: 'guessed', linted: true, count: 2, languageId: 'ini' }, english);
    assert.equal(guessed.visible, true);
    assert.match(guessed.tooltip, /VS Code guessed its language as "ini"/);
  });
});

describe('status bar: the reply score', () => {
  const reply: ReplyStatus = {
    score: 7,
    present: ['acknowledge', 'empathy', 'apology', 'responsibility', 'remedy', 'thanks'],
    missing: ['deadline', 'compensation', 'follow-up'],
    losses: [
      { points: 1, ruleId: 'missing-deadline', part: 'deadline', reason: 'The fix has no deadline: … (snippet reply-fix).' },
      { points: 1, ruleId: 'missing-compensation', part: 'compensation', reason: 'No compensation yet: …' },
      { points: 1, ruleId: 'missing-follow-up', part: 'follow-up', reason: 'No follow-up: …' },
    ],
  };

  it('shows "Reply n/10" with a pass icon, and the finding count after a dot when there are findings', () => {
    assert.equal(
      composeStatus({ reason: 'untitled', linted: true, count: 0, reply: { ...reply, score: 10, missing: [], losses: [] } }, english).text,
      '$(pass) Reply 10/10',
    );
    assert.equal(composeStatus({ reason: 'untitled', linted: true, count: 3, reply }, english).text, '$(warning) Reply 7/10 · 3');
    assert.equal(composeStatus({ reason: 'reply', linted: true, count: 3, reply }, english).command, COMMANDS.lint);
  });

  it('not a reply (no score): the count only, as before', () => {
    assert.equal(composeStatus({ reason: 'untitled', linted: true, count: 3 }, english).text, '$(warning) Sincerely: 3');
  });

  it('no score before the document has results', () => {
    assert.equal(composeStatus({ reason: 'untitled', linted: true, count: undefined, reply }, english).text, '$(check) Sincerely');
  });

  it('the tooltip gives the score, the parts present and missing by name, and each point lost', () => {
    const { tooltip } = composeStatus(
      {
        reason: 'untitled',
        linted: true,
        count: 4,
        reply: { ...reply, losses: [...reply.losses, { points: 1, ruleId: 'did-our-best', reason: 'Effort is not a result. «We did our best»' }], score: 6 },
      },
      english,
    );
    assert.equal(
      tooltip,
      [
        '**Reply score: 6/10**',
        'Present: acknowledgement, empathy, apology, ownership, fix, thanks',
        'Missing: deadline, compensation, follow\\-up',
        'Points lost:\n\n- −1 missing deadline\n- −1 missing compensation\n- −1 missing follow\\-up\n- −1 Effort is not a result\\. «We did our best»',
        'Linted: an untitled draft\\.',
        'Findings: 4\\.',
      ].join('\n\n'),
    );
  });

  it('a perfect reply: every part there, no points lost', () => {
    const markdown = replyMarkdown({ score: 10, present: ['acknowledge', 'apology'], missing: [], losses: [] }, english);
    assert.equal(markdown, '**Reply score: 10/10**\n\nPresent: acknowledgement, apology\n\nEvery part is there\\.');
  });

  it('lists at most MAX_LISTED_LOSSES points lost, then how many more; points past 0 are not listed', () => {
    const losses = Array.from({ length: 12 }, (_, i) => ({ points: i < 10 ? 1 : 0, ruleId: 'did-our-best', reason: `finding ${i}` }));
    const markdown = replyMarkdown({ score: 0, present: [], missing: [], losses }, english);
    assert.equal((markdown.match(/^- −1 /gm) ?? []).length, MAX_LISTED_LOSSES);
    assert.match(markdown, /^- …and 2 more\\.$/m);
    assert.match(markdown, /No part of a reply yet/);
  });

  it('names every part', () => {
    const names = PARTS.map((p) => partName(p, english));
    assert.equal(new Set(names).size, PARTS.length);
    assert.deepEqual(names, [
      'acknowledgement',
      'empathy',
      'apology',
      'ownership',
      'clarifying question',
      'fix',
      'deadline',
      'compensation',
      'follow-up',
      'thanks',
    ]);
  });

  it('says once, in the tooltip, that a document over the size limit is linted on save only', () => {
    const view = composeStatus({ reason: 'glob', linted: true, count: 2, typingLimitKB: 2048 }, english);
    assert.equal(view.text, '$(warning) Sincerely: 2');
    const note = 'This document is larger than sincerely\\.maxTypingSizeKB \\(2048 KB\\): it is linted when saved, not as you type\\.';
    assert.equal(view.tooltip.split(note).length, 2, view.tooltip);
    assert.ok(!composeStatus({ reason: 'glob', linted: true, count: 2 }, english).tooltip.includes('maxTypingSizeKB'));
    // Not linted yet (opened, not saved): not shown as clean.
    const waiting = composeStatus({ reason: 'glob', linted: true, count: undefined, typingLimitKB: 2048 }, english);
    assert.equal(waiting.text, '$(eye-closed) Sincerely');
    assert.equal(waiting.tooltip.split(note).length, 2);
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
        `Sincerely rule [\`did-our-best\`](command:sincerely.openRule?${encodeURIComponent('["did-our-best"]')})`,
      ].join('\n\n'),
    );
  });

  it('names the rules merged into the finding, each linked to its page', () => {
    const markdown = hoverMarkdown({ ruleId: 'a', message: 'm', note: '', expected: [], also: ['b-rule'] }, english);
    assert.match(markdown, /Also flagged by: \[`b-rule`\]\(command:sincerely\.openRule\?%5B%22b-rule%22%5D\)/);
  });

  it('links to no web site', () => {
    assert.doesNotMatch(hoverMarkdown({ ruleId: 'r', message: 'm', note: '', expected: [] }, english), /https?:/);
  });

  it('leaves out the suggestions when there are none', () => {
    assert.doesNotMatch(hoverMarkdown({ ruleId: 'r', message: 'm', note: '', expected: [] }, english), /Try instead/);
  });

  it('escapes Markdown in the rule texts', () => {
    assert.equal(escapeMarkdown('*a* _b_ <c> `d`'), '\\*a\\* \\_b\\_ \\<c\\> \\`d\\`');
  });
});
