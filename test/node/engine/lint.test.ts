/** The public API: findings field by field, quoting, suppression, options, languages, positions. */
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../../src/engine/index.js';
import { RULES } from '../../../src/engine/rules/data.generated.js';

const rule = (id: string, language: 'en' | 'ru') => {
  const found = RULES.find((r) => r.id === id && r.language === language);
  assert.ok(found, `rule ${id} (${language}) exists`);
  return found;
};
const ids = (findings: Finding[]) => findings.filter((f) => f.category !== 'structure').map((f) => f.ruleId);

describe('lint()', () => {
  it('returns a whole finding, field by field', () => {
    const text = 'Hello Anna,\r\n\r\nHonestly, we did our best.\n';
    const findings = lint(text).filter((f) => f.category !== 'structure');
    const data = rule('did-our-best', 'en');
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.equal(text.slice(f.offset, f.endOffset), f.actual);
    assert.deepEqual(f, {
      ruleId: 'did-our-best',
      category: 'excuse',
      severity: 'warning',
      message: data.message,
      note: data.note,
      actual: f.actual,
      expected: data.suggestions.map((s) => s.text),
      offset: 25,
      endOffset: 25 + f.actual.length,
      line: 3,
      column: 11,
      endLine: 3,
      endColumn: 11 + f.actual.length,
      language: 'en',
      reach: ['sentence', 'sentence'],
      sentenceOffset: 15,
      sentenceEndOffset: 41,
      fixes: data.suggestions.map((s) => ({ range: [15, 41], text: s.text })),
    });
    assert.match(f.actual, /^we did our best/);
  });

  it('detects the language per paragraph and answers in it', () => {
    const findings = lint('We did our best.\n\nМы старались изо всех сил.').filter((f) => f.ruleId === 'did-our-best');
    assert.deepEqual(
      findings.map((f) => f.language),
      ['en', 'ru'],
    );
    assert.equal(findings[1]!.message, rule('did-our-best', 'ru').message);
  });

  it('lets the language be forced', () => {
    assert.deepEqual(ids(lint('We did our best.', { language: 'ru' })), []);
    assert.deepEqual(ids(lint('We did our best.', { language: 'en' })), ['did-our-best']);
  });

  it('finds a phrase wrapped over two lines, with lines and columns of both ends', () => {
    const [f] = lint('Hi,\n\nwe did our\r\nbest.').filter((x) => x.ruleId === 'did-our-best');
    assert.ok(f);
    assert.equal(f.actual, 'we did our\r\nbest');
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 1, 4, 5]);
  });

  it('counts columns in UTF-16 code units after emoji and surrogate pairs', () => {
    const text = '😀😀 we did our best';
    const [f] = lint(text).filter((x) => x.ruleId === 'did-our-best');
    assert.ok(f);
    assert.equal(f.column, 6);
    assert.equal(text.slice(f.offset, f.endOffset), f.actual);
  });

  describe('quoted client text is never flagged', () => {
    for (const text of [
      '> We did our best, they said.',
      'You wrote: "we did our best" — and you were right to be upset.',
      'Вы процитировали наше письмо: «мы старались изо всех сил» — и вы правы.',
      'You quoted our old email, “we did our best”, and that was fair.',
    ]) {
      it(text, () => assert.deepEqual(ids(lint(text)), []));
    }
    it('but an unclosed quotation mark does not hide the rest of the line', () => {
      assert.deepEqual(ids(lint('He said " we did our best.')), ['did-our-best']);
    });
  });

  describe('suppression', () => {
    it('ignores the next line (HTML comment and plain line)', () => {
      assert.deepEqual(ids(lint('<!-- sincerely-ignore-next-line -->\nWe did our best.\nWe did our best.')), ['did-our-best']);
      assert.deepEqual(
        lint('sincerely-ignore-next-line did-our-best\nWe did our best.').filter((f) => f.ruleId === 'did-our-best'),
        [],
      );
    });
    it('ignores only the named rules', () => {
      assert.deepEqual(ids(lint('<!-- sincerely-ignore-next-line some-other-rule -->\nWe did our best.')), ['did-our-best']);
    });
    it('disables a region until enabled again', () => {
      const text = 'We did our best.\n\n<!-- sincerely-disable did-our-best -->\n\nWe did our best.\n\n<!-- sincerely-enable -->\n\nWe did our best.';
      assert.deepEqual(
        lint(text)
          .filter((f) => f.ruleId === 'did-our-best')
          .map((f) => f.line),
        [1, 9],
      );
    });
    it('disables everything to the end without an id', () => {
      assert.deepEqual(ids(lint('sincerely-disable\n\nWe did our best.')), []);
    });
  });

  describe('options', () => {
    it('disables rules', () => assert.deepEqual(ids(lint('We did our best.', { disabledRules: ['did-our-best'] })), []));
    it('allows phrases, ignoring case and ё', () => {
      assert.deepEqual(ids(lint('We did our best.', { allowedPhrases: ['WE DID OUR BEST'] })), []);
      assert.deepEqual(ids(lint('Мы старались изо всех сил.', { allowedPhrases: ['мы старались изо всех сил'] })), []);
    });
    it('sets severity per category, or turns a category off', () => {
      assert.equal(lint('We did our best.', { severity: { excuse: 'error' } })[0]?.severity, 'error');
      assert.deepEqual(ids(lint('We did our best.', { severity: { excuse: 'off' } })), []);
    });
  });

  it('returns nothing for empty and letter-less text', () => {
    for (const text of ['', '   \n\n', '12345 !!! ???', '```\nwe did our best\n```']) assert.deepEqual(ids(lint(text)), [], JSON.stringify(text));
  });

  it('is deterministic and sorted', () => {
    const text = 'We did our best. We did our best.\n\nМы старались изо всех сил.';
    const a = lint(text);
    assert.deepEqual(a, lint(text));
    for (let i = 1; i < a.length; i++) assert.ok(a[i - 1]!.offset <= a[i]!.offset);
  });
});

describe('lint() on sentences retext does not split', () => {
  it('finds a phrase before a full stop followed by a lower-case word', () => {
    assert.deepEqual(
      lint('we did our best. ok', { language: 'en' }).map((f) => f.actual),
      ['we did our best'],
    );
    assert.deepEqual(
      lint('we did our best. we did our best.', { language: 'en' }).map((f) => [f.offset, f.actual]),
      [
        [0, 'we did our best'],
        [17, 'we did our best'],
      ],
    );
  });
});
