import assert from 'node:assert/strict';
import {
  buildActions,
  fixAllEdits,
  ignoreEdit,
  phraseOf,
  replacementText,
  snippetParts,
  suppressionLine,
  type ActionContext,
  type ActionTarget,
} from '../../../src/extension/actions-model.js';
import { lint } from '../../../src/engine/index.js';
import { COMMANDS } from '../../../src/extension/constants.js';
import { english } from '../../../src/extension/translate.js';

const range = (line: number, start: number, end: number, endLine = line) => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

function target(overrides: Partial<ActionTarget> = {}): ActionTarget {
  return {
    ruleId: 'did-our-best',
    range: range(2, 0, 15),
    text: 'We did our best',
    expected: ['We did not deliver what we promised, and that is our responsibility.', 'that was our mistake'],
    after: ' to deliver on time.',
    ...overrides,
  };
}

function context(overrides: Partial<ActionContext> = {}): ActionContext {
  const t = target();
  return {
    uri: 'untitled:Untitled-1',
    languageId: 'plaintext',
    lineText: 'We did our best to deliver on time.',
    previousLineText: '',
    eol: '\n',
    sameRule: [t],
    ...overrides,
  };
}

describe('code actions model', () => {
  describe('replacements', () => {
    it('match the capitalisation of the original', () => {
      assert.equal(replacementText({ text: 'We did our best', after: '' }, 'that was our mistake'), 'That was our mistake');
      assert.equal(replacementText({ text: 'we did our best', after: '' }, 'That was our mistake'), 'that was our mistake');
      assert.equal(replacementText({ text: 'we did our best', after: '' }, 'I was wrong'), 'I was wrong');
      assert.equal(replacementText({ text: 'мы старались', after: '' }, 'Мы ошиблись'), 'мы ошиблись');
      assert.equal(replacementText({ text: 'Мы старались', after: '' }, 'мы ошиблись'), 'Мы ошиблись');
    });

    it('keep the closing punctuation only where the sentence ends', () => {
      const suggestion = 'It was my mistake.';
      assert.equal(replacementText({ text: 'We did our best', after: '' }, suggestion), 'It was my mistake.');
      assert.equal(replacementText({ text: 'We did our best', after: ' Next time I will ask.' }, suggestion), 'It was my mistake.');
      assert.equal(replacementText({ text: 'We did our best', after: '.' }, suggestion), 'It was my mistake');
      assert.equal(replacementText({ text: 'We did our best', after: '!' }, 'It was my mistake!'), 'It was my mistake');
      assert.equal(replacementText({ text: 'We did our best', after: ', honestly.' }, suggestion), 'It was my mistake');
      assert.equal(replacementText({ text: 'We did our best', after: ' to deliver on time.' }, suggestion), 'It was my mistake');
      assert.equal(replacementText({ text: 'мы старались', after: ' успеть к сроку.' }, 'Мы ошиблись.'), 'мы ошиблись');
      assert.equal(replacementText({ text: 'We did our best', after: ' ' }, 'It was my mistake'), 'It was my mistake');
    });
  });

  it('offers one replacement per suggestion, the first preferred, then fix all, ignore, disable, allow', () => {
    const other = target({ range: range(5, 0, 15) });
    const actions = buildActions(target(), context({ sameRule: [target(), other] }), english);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [
        ['Replace with «We did not deliver what we promised, and that is our responsibility»', true],
        ['Replace with «That was our mistake»', false],
        ['Fix all «did-our-best» in this document', false],
        ['Ignore «did-our-best» here', false],
        ['Disable rule «did-our-best»', false],
        ['Allow this phrase', false],
      ],
    );
    assert.deepEqual(actions[1]!.edits, [{ range: range(2, 0, 15), newText: 'That was our mistake' }]);
    assert.deepEqual(actions[4]!.command, {
      command: COMMANDS.disableRule,
      title: 'Disable rule «did-our-best»',
      arguments: ['did-our-best', 'untitled:Untitled-1'],
    });
    assert.deepEqual(actions[5]!.command?.command, COMMANDS.allowPhrase);
    assert.deepEqual(actions[5]!.command?.arguments, ['We did our best', 'untitled:Untitled-1']);
  });

  it('without suggestions offers no replacement and no fix all', () => {
    const t = target({ expected: [] });
    const actions = buildActions(t, context({ sameRule: [t] }), english);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore «did-our-best» here', 'Disable rule «did-our-best»', 'Allow this phrase'],
    );
    assert.ok(actions.every((a) => !a.isPreferred));
  });

  it('fix all applies the first suggestion to every finding of the rule, in order, without overlaps', () => {
    const a = target({ range: range(4, 0, 15), text: 'we did our best', after: '.' });
    const atEnd = target({ range: range(8, 0, 15), after: '' });
    const b = target({ range: range(1, 3, 18) });
    const overlapping = target({ range: range(1, 10, 20) });
    const none = target({ range: range(6, 0, 5), expected: [] });
    assert.deepEqual(fixAllEdits([atEnd, a, b, overlapping, none]), [
      { range: range(1, 3, 18), newText: 'We did not deliver what we promised, and that is our responsibility' },
      { range: range(4, 0, 15), newText: 'we did not deliver what we promised, and that is our responsibility' },
      { range: range(8, 0, 15), newText: 'We did not deliver what we promised, and that is our responsibility.' },
    ]);
  });

  describe('ignore here', () => {
    it('inserts a comment above the line in Markdown, a plain line in plain text, with the same indentation', () => {
      assert.equal(suppressionLine('markdown', ['did-our-best']), '<!-- sincerely-ignore-next-line did-our-best -->');
      assert.equal(suppressionLine('plaintext', ['did-our-best']), 'sincerely-ignore-next-line did-our-best');
      assert.deepEqual(ignoreEdit(target({ range: range(3, 6, 21) }), context({ languageId: 'markdown', lineText: '    - We did our best', eol: '\r\n' })), {
        range: range(3, 0, 0),
        newText: '    <!-- sincerely-ignore-next-line did-our-best -->\r\n',
      });
      assert.deepEqual(ignoreEdit(target({ range: range(0, 1, 16) }), context({ lineText: '\tWe did our best' })), {
        range: range(0, 0, 0),
        newText: '\tsincerely-ignore-next-line did-our-best\n',
      });
    });

    it('adds the rule id to a suppression line that is already above', () => {
      assert.deepEqual(ignoreEdit(target(), context({ previousLineText: '  sincerely-ignore-next-line other-rule' })), {
        range: range(1, 0, 39),
        newText: '  sincerely-ignore-next-line other-rule did-our-best',
      });
      assert.deepEqual(ignoreEdit(target(), context({ languageId: 'markdown', previousLineText: '<!-- sincerely-ignore-next-line other-rule -->' })), {
        range: range(1, 0, 46),
        newText: '<!-- sincerely-ignore-next-line other-rule did-our-best -->',
      });
    });

    it('the inserted line makes the engine skip the finding', () => {
      const text = 'Hello,\nWe did our best to deliver on time.';
      const finding = lint(text).find((f) => f.ruleId === 'did-our-best');
      assert.ok(finding, 'the fixture is flagged');
      for (const languageId of ['plaintext', 'markdown']) {
        const edit = ignoreEdit(target({ range: range(1, 0, 15) }), context({ languageId, lineText: 'We did our best to deliver on time.' }));
        const lines = text.split('\n');
        lines.splice(1, 0, edit.newText.replace(/\n$/, ''));
        assert.deepEqual(
          lint(lines.join('\n')).filter((f) => f.ruleId === 'did-our-best'),
          [],
          languageId,
        );
      }
    });
  });

  it('marks replacements with [placeholders] to be inserted as snippets', () => {
    assert.deepEqual(snippetParts('We will fix [the layout] by [date].'), [
      { text: 'We will fix ', placeholder: false },
      { text: '[the layout]', placeholder: true },
      { text: ' by ', placeholder: false },
      { text: '[date]', placeholder: true },
      { text: '.', placeholder: false },
    ]);
    assert.deepEqual(snippetParts('Costs $5 {a}'), [{ text: 'Costs $5 {a}', placeholder: false }]);
    const t = target({ expected: ['We will redo it by [date].', 'It was my mistake.'] });
    const [withPlaceholder, plain] = buildActions(t, context({ sameRule: [t] }), english);
    assert.equal(withPlaceholder!.snippet, true);
    assert.deepEqual(withPlaceholder!.edits, [{ range: t.range, newText: 'We will redo it by [date]' }]);
    assert.equal(plain!.snippet, undefined);
  });

  it('allow this phrase takes the flagged text on one line', () => {
    assert.equal(phraseOf('  we did\n  our best '), 'we did our best');
  });

  it("applies the engine's exact edit when the finding has one (a sentence-level rewrite)", () => {
    const sentence = { range: range(2, 0, 35), newText: 'We did not deliver what we promised.' };
    const t = target({ expected: ['We did not deliver what we promised.'], fixes: [sentence] });
    const [first] = buildActions(t, context({ sameRule: [t] }), english);
    assert.deepEqual(first?.edits, [sentence]);
    assert.equal(first?.title, 'Replace with «We did not deliver what we promised.»');
  });

  it('keeps the menu at six entries at most, the preferred first', () => {
    const t = target({ expected: ['One fix.', 'Two fix.', 'Three fix.'] });
    const other = target({ range: range(5, 0, 15), expected: ['One fix.'] });
    const actions = buildActions(t, context({ sameRule: [t, other] }), english);
    assert.equal(actions.length, 6);
    assert.equal(actions[0]?.isPreferred, true);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
  });

  it('a merged missing-parts finding offers one insert action per part, the first preferred, at most six', () => {
    const parts = [
      'missing-acknowledge',
      'missing-empathy',
      'missing-apology',
      'missing-responsibility',
      'missing-remedy',
      'missing-follow-up',
      'missing-thanks',
    ];
    const t = target({ ruleId: 'missing-parts', text: 'Hi Anna,', expected: [], language: 'en', also: parts });
    const actions = buildActions(t, context({ sameRule: [t] }), english);
    assert.equal(actions.length, 6);
    assert.deepEqual(
      actions.map((a) => a.command?.arguments[1]),
      ['acknowledge', 'empathy', 'apology', 'responsibility', 'remedy', 'follow-up'],
    );
    assert.deepEqual(
      actions.map((a) => a.isPreferred),
      [true, false, false, false, false, false],
    );
  });
});
